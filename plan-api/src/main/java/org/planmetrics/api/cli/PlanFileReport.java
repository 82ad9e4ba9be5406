package org.planmetrics.api.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.planmetrics.model.InvalidPlanException;
import org.planmetrics.model.Language;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Violation;
import org.planmetrics.model.json.PlanFileTooLargeException;
import org.planmetrics.model.json.PlanFiles;

/**
 * Loads a plan file and, if it cannot be used, prints every error of it, each with its JSON
 * Pointer, rule and message, for example:
 *
 * <pre>
 * 方案文件 plans/my-county.json 无效,共3处错误:
 *   /goals/0/targets/0/indicator [unknown-reference] 'indicator' must name an indicator …
 * </pre>
 */
final class PlanFileReport {

  private PlanFileReport() {}

  /** The plan in {@code file}, or empty after its errors were printed to {@code err}. */
  static Optional<Plan> load(Path file, Language lang, PrintStream err) {
    boolean zh = lang == Language.ZH;
    if (!Files.exists(file)) {
      err.println(zh ? "方案文件 " + file + " 不存在" : "plan file " + file + " does not exist");
      return Optional.empty();
    }
    try {
      return Optional.of(PlanFiles.load(file));
    } catch (InvalidPlanException e) {
      long count = e.violationCount();
      err.println(zh ? "方案文件 " + file + " 无效,共" + count + (e.isComplete() ? "" : "余") + "处错误:"
          : "plan file " + file + " is invalid: " + count + (e.isComplete() ? "" : " or more")
              + " error" + (count == 1 ? "" : "s") + ":");
      for (Violation v : e.violations()) {
        err.println("  " + (v.path().isEmpty() ? "/" : v.path()) + " [" + v.rule() + "] "
            + v.messages().in(lang));
      }
      long rest = count - e.violations().size();
      if (rest > 0 || !e.isComplete()) {
        err.println(zh ? "  ……另有" + (rest > 0 ? rest + "处" : "更多") + "错误"
            : "  …and " + (rest > 0 ? rest + " " : "") + "more");
      }
    } catch (PlanFileTooLargeException e) {
      err.println(zh ? "方案文件 " + file + " 超过" + e.limit() + "字节,不像是方案文件"
          : "plan file " + file + " is larger than " + e.limit() + " bytes, which no plan is");
    } catch (UncheckedIOException e) {
      err.println((zh ? "无法读取方案文件:" : "cannot read the plan file: ") + e.getMessage());
    }
    return Optional.empty();
  }
}
