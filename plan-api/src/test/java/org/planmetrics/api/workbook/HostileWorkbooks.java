package org.planmetrics.api.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hostile workbooks for tests, in this package and over HTTP: a zip bomb, with or without a lie. */
public final class HostileWorkbooks {

  /** The part the bomb inflates: the first data sheet of a small workbook. */
  public static final String SHEET = "xl/worksheets/sheet2.xml";

  private HostileWorkbooks() {}

  /**
   * A small workbook with one more worksheet part of {@code size} bytes of spaces, deflated to a
   * thousandth.
   */
  public static byte[] zipBomb(long size) {
    Map<String, byte[]> parts = WorkbookLimitsTest.parts(TestWorkbook.asOf("2024-06-30").bytes());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        if (part.getKey().equals(SHEET)) {
          continue;
        }
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue());
        zip.closeEntry();
      }
      zip.setLevel(Deflater.BEST_COMPRESSION);
      zip.putNextEntry(new ZipEntry(SHEET));
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (long written = 0; written < size; written += spaces.length) {
        zip.write(spaces);
      }
      zip.closeEntry();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toByteArray();
  }

  /** {@code bomb} with its central directory saying the sheet unzips to 100 bytes. */
  public static byte[] lying(byte[] bomb) {
    byte[] lying = bomb.clone();
    byte[] name = SHEET.getBytes(StandardCharsets.UTF_8);
    // The sheet's entry is the last of the central directory: find it and shrink its size.
    for (int at = lying.length - 46 - name.length; at >= 0; at--) {
      if (lying[at] == 0x50 && lying[at + 1] == 0x4B && lying[at + 2] == 1 && lying[at + 3] == 2
          && Arrays.equals(lying, at + 46, at + 46 + name.length, name, 0, name.length)) {
        lying[at + 24] = 100;
        lying[at + 25] = 0;
        lying[at + 26] = 0;
        lying[at + 27] = 0;
        return lying;
      }
    }
    throw new AssertionError("no directory entry for " + SHEET);
  }
}
