package org.planmetrics.api.workbook;

import java.io.IOException;
import java.io.InputStream;
import org.planmetrics.metrics.observation.ObservationChecks;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.model.Plan;

/**
 * Reads a workbook of observations, as {@link ObservationsTemplate} lays it out and a county
 * statistician fills it in, back into {@link Observations}, for example the sample figures of
 * {@code samples/gongqingcheng-sample.json} typed into the template for the bundled plan.
 *
 * <p>Reading is forgiving where the meaning is certain and strict where it is not:
 *
 * <ul>
 *   <li>headers may be Chinese, English or both ({@code 投资额(亿元)}, {@code investment}, {@code
 *       投资额(亿元) investment}), in any order, and sheets may be named in either language;
 *       columns headed 备注 are notes and are not read; empty rows are skipped;
 *   <li>numbers may be Excel numbers or text such as {@code 1,120.5}; rates (增幅) may be {@code
 *       12.5%} or {@code 0.125}, but a bare 12.5 in a rate column is refused as ambiguous, and a
 *       percentage in an amount column is refused;
 *   <li>dates may be Excel dates or text such as {@code 2022-03-15}, {@code 2022/3/15} or {@code
 *       2022年3月15日}; a day-first or month-first date is refused;
 *   <li>ids may be written as the drop-down lists offer them ({@code TEAM_MEETING
 *       招商组团小分队会议}), as the id or as the Chinese name.
 * </ul>
 *
 * <p>Every problem is reported at once, never only the first: each cell that cannot be read,
 * and then every problem {@link ObservationChecks} finds in what could be read, with its JSON
 * Pointer turned back into the sheet, row and header it came from. Each is a {@code Violation}
 * at {@code /<sheet>/<row>/<header>} with its message in Chinese and English, for example {@code
 * 项目台账 第5行 投资额(亿元):'abc'不是数字,应填写如 12.5 的数字}.
 *
 * <p>The file is checked within {@link WorkbookLimits} before it is parsed (see {@code
 * WorkbookPackage}): a zip bomb costs at most the unzipped limit's worth of work.
 */
public final class ObservationsWorkbook {

  /** The media type of an .xlsx workbook. */
  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private ObservationsWorkbook() {}

  /**
   * The observations in {@code workbook} for {@code plan}, within the default limits.
   *
   * @throws InvalidWorkbookException listing every problem found
   */
  public static Observations read(byte[] workbook, Plan plan) {
    return read(workbook, plan, WorkbookLimits.defaults());
  }

  /**
   * The observations in {@code workbook} for {@code plan}, within {@code limits}.
   *
   * @throws InvalidWorkbookException listing every problem found: {@code UNREADABLE} for a file
   *     that is not an .xlsx workbook, {@code LIMIT_EXCEEDED} beyond a limit, {@code INVALID}
   *     for cells or observations that break the rules
   */
  public static Observations read(byte[] workbook, Plan plan, WorkbookLimits limits) {
    byte[] checked = WorkbookPackage.checked(workbook, limits);
    return new WorkbookReading(plan, limits).read(checked);
  }

  /**
   * The observations in the workbook {@code in} holds, reading at most one byte more than {@code
   * limits.maxUploadBytes()}, for example from a file.
   *
   * @throws InvalidWorkbookException listing every problem found
   * @throws IOException if {@code in} cannot be read
   */
  public static Observations read(InputStream in, Plan plan, WorkbookLimits limits)
      throws IOException {
    long most = Math.min(limits.maxUploadBytes() + 1, Integer.MAX_VALUE - 8);
    return read(in.readNBytes((int) most), plan, limits);
  }
}
