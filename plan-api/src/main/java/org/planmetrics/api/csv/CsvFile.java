package org.planmetrics.api.csv;

import static java.util.Objects.requireNonNull;

/**
 * A CSV file held in memory, for example one a page sent: its name, which picks its table as a
 * file name in a folder does ({@code series.csv} or {@code 指标数据.csv}), and its bytes as sent,
 * in whatever encoding ({@link ObservationsCsv} finds it).
 *
 * <p>The bytes are not copied: a body of several files would otherwise be held twice more while
 * it is read. Whoever makes a {@code CsvFile} leaves the array alone afterwards.
 *
 * @param name the file's name without its folder, as errors name it: {@code series.csv}
 * @param bytes the file's content
 */
public record CsvFile(String name, byte[] bytes) {

  public CsvFile {
    requireNonNull(name, "'name' must not be null");
    requireNonNull(bytes, "'bytes' must not be null");
  }
}
