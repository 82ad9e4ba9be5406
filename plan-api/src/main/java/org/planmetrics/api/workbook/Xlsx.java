package org.planmetrics.api.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;

/**
 * Writes .xlsx files with FastExcel, and makes them the same bytes for the same content: the
 * writer stamps each file with the moment it was made (the core properties' {@code created} and
 * every zip entry's time), which this project, where nothing reads the clock, takes out again.
 * The same plan gives the same template, and the same scorecard the same workbook, byte for
 * byte, so a response cache and a test can compare them.
 */
final class Xlsx {

  /** What fills a workbook; FastExcel's calls throw IOException. */
  @FunctionalInterface
  interface Content {
    void write(Workbook workbook) throws IOException;
  }

  /** The time every entry is stamped with: the earliest a zip file can hold. */
  private static final LocalDateTime ZIP_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);
  private static final Pattern CREATED =
      Pattern.compile("<dcterms:created[^>]*>[^<]*</dcterms:created>");
  private static final String APPLICATION = "plan-metrics";
  /** FastExcel wants a version of the form major.minor, which Excel shows as the app version. */
  private static final String VERSION = "1.0";

  private Xlsx() {}

  /** The bytes of a workbook {@code content} fills. */
  static byte[] write(Content content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    try {
      Workbook workbook = new Workbook(out, APPLICATION, VERSION);
      content.write(workbook);
      workbook.finish();
    } catch (IOException e) {
      // Writing to memory fails only if FastExcel itself does.
      throw new UncheckedIOException(e);
    }
    return withoutTimestamps(out.toByteArray());
  }

  /** {@code xlsx} zipped again with fixed entry times and without its creation time. */
  static byte[] withoutTimestamps(byte[] xlsx) {
    ByteArrayOutputStream packed = new ByteArrayOutputStream(xlsx.length);
    // Our own output, read whole: the limits only guard against a bug.
    List<ZipParts.Part> parts = ZipParts.read(xlsx, 10_000, Integer.MAX_VALUE - 8,
        Long.MAX_VALUE, name -> true);
    try (ZipOutputStream out = new ZipOutputStream(packed)) {
      for (ZipParts.Part part : parts) {
        byte[] bytes = part.bytes();
        if (part.name().equals("docProps/core.xml")) {
          bytes = CREATED.matcher(new String(bytes, StandardCharsets.UTF_8)).replaceAll("")
              .getBytes(StandardCharsets.UTF_8);
        }
        ZipEntry copy = new ZipEntry(part.name());
        copy.setTimeLocal(ZIP_EPOCH);
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return packed.toByteArray();
  }
}
