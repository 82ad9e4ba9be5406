package org.planmetrics.api.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.planmetrics.api.workbook.InvalidWorkbookException.Kind;
import org.planmetrics.model.Violation;

/**
 * The first step of reading a workbook: the archive is checked within the {@link WorkbookLimits}
 * with {@code java.util.zip}, before any spreadsheet code sees it, and what passes is packed
 * again, so that the reader sees exactly the parts that were measured.
 *
 * <ol>
 *   <li>the upload is at most {@code maxUploadBytes}, and starts as a zip archive does (an old
 *       .xls file is named as such);
 *   <li>every part is unzipped ({@link ZipParts}, with {@code java.util.zip.Inflater}) through a
 *       counter that stops past {@code maxPartBytes}, or past {@code maxTotalBytes} for all of
 *       them: a few KB that would inflate to gigabytes cost at most the limit's worth of
 *       inflating before they are refused; more than {@code maxParts} parts are refused unread;
 *   <li>only the parts a worksheet reader needs are kept ({@code [Content_Types].xml}, the
 *       relationships, the workbook, styles, shared strings and worksheets), each parsed as XML
 *       with DTDs refused; every cell reference of a worksheet must be within {@code maxColumns}
 *       and Excel's rows, and the cells of all sheets at most {@code maxCells};
 *   <li>the parts kept are zipped again, so that the spreadsheet reader sees exactly the parts
 *       measured here and nothing else a crafted archive might hold.
 * </ol>
 */
final class WorkbookPackage {

  /** The four bytes every zip archive starts with: "PK\3\4". */
  private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
  /** The eight bytes an old binary Office file (.xls) starts with. */
  private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
      (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

  private static final Set<String> KEPT = Set.of("[Content_Types].xml", "_rels/.rels",
      "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml");
  private static final Pattern WORKSHEET = Pattern.compile("xl/worksheets/[^/]+\\.xml");
  /** A cell reference: optional $, 1 to 3 letters, optional $, a row number. */
  private static final Pattern CELL_REFERENCE =
      Pattern.compile("\\$?([A-Za-z]{1,3})\\$?([1-9][0-9]{0,6})");
  private static final Pattern ROW_NUMBER = Pattern.compile("[1-9][0-9]{0,6}");

  private WorkbookPackage() {}

  /**
   * The archive {@code upload}, checked and packed again.
   *
   * @throws InvalidWorkbookException {@link Kind#UNREADABLE} for a file that is not an .xlsx
   *     archive or whose XML is broken, {@link Kind#LIMIT_EXCEEDED} for one beyond a limit
   */
  static byte[] checked(byte[] upload, WorkbookLimits limits) {
    if (upload.length > limits.maxUploadBytes()) {
      throw limit("upload-too-large", "", String.valueOf(upload.length),
          "the file has " + upload.length + " bytes but at most " + limits.maxUploadBytes()
              + " are read",
          "文件大小为" + upload.length + "字节,超过上限" + limits.maxUploadBytes() + "字节");
    }
    if (startsWith(upload, OLE2_MAGIC)) {
      throw unreadable("old-excel-format", "the file is an old Excel workbook (.xls); save it as "
          + "an Excel workbook (.xlsx) and send it again",
          "文件为旧版Excel格式(.xls),请在Excel中另存为“Excel工作簿(.xlsx)”后重新提交");
    }
    if (!startsWith(upload, ZIP_MAGIC)) {
      throw unreadable("not-a-workbook", "the file is not an Excel workbook (.xlsx)",
          "文件不是Excel工作簿(.xlsx)");
    }
    List<ZipParts.Part> parts;
    try {
      parts = ZipParts.read(upload, limits.maxParts(), limits.maxPartBytes(),
          limits.maxTotalBytes(), name -> KEPT.contains(name)
              || WORKSHEET.matcher(name).matches());
    } catch (ZipParts.Refusal refusal) {
      throw refused(refusal, limits);
    }
    ByteArrayOutputStream packed = new ByteArrayOutputStream(upload.length + 1024);
    long cells = 0;
    List<String> kept = new ArrayList<>();
    try (ZipOutputStream out = new ZipOutputStream(packed)) {
      // Fast to pack: the archive lives only until the reader has gone through it.
      out.setLevel(Deflater.BEST_SPEED);
      for (ZipParts.Part part : parts) {
        if (part.bytes() == null) {
          continue;
        }
        String name = part.name();
        if (WORKSHEET.matcher(name).matches()) {
          cells += scanWorksheet(name, part.bytes(), limits, limits.maxCells() - cells);
        } else {
          scanXml(name, part.bytes());
        }
        out.putNextEntry(new ZipEntry(name));
        out.write(part.bytes());
        out.closeEntry();
        kept.add(name);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!kept.contains("xl/workbook.xml") || !kept.contains("[Content_Types].xml")) {
      throw unreadable("not-a-workbook", "the file is a zip archive but not an Excel workbook "
          + "(.xlsx): it has no workbook part", "文件是压缩包,但不是Excel工作簿(.xlsx)");
    }
    return packed.toByteArray();
  }

  private static InvalidWorkbookException refused(ZipParts.Refusal refusal,
      WorkbookLimits limits) {
    return switch (refusal.reason) {
      case DAMAGED -> unreadable("damaged-workbook", "the workbook is damaged and cannot be "
          + "unzipped", "工作簿文件已损坏,无法解压");
      case TOO_MANY_PARTS -> limit("too-many-parts", "", String.valueOf(refusal.size),
          "the workbook has more than " + limits.maxParts() + " parts (files inside the archive)",
          "工作簿内含文件超过" + limits.maxParts() + "个");
      case PART_TOO_LARGE -> partTooLarge(refusal.part, refusal.size, limits);
      case TOTAL_TOO_LARGE -> limit("workbook-too-large", "", null, "the workbook unzips to "
          + "more than " + limits.maxTotalBytes() + " bytes",
          "工作簿解压后超过" + limits.maxTotalBytes() + "字节");
    };
  }

  /**
   * Parses worksheet {@code name} as XML and checks every cell reference ({@code <c r="B5">})
   * and row number; returns how many cells it has.
   */
  private static long scanWorksheet(String name, byte[] xml, WorkbookLimits limits,
      long cellsLeft) {
    long cells = 0;
    XMLStreamReader reader = null;
    try {
      reader = xmlFactory().createXMLStreamReader(new ByteArrayInputStream(xml));
      while (reader.hasNext()) {
        if (reader.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String element = reader.getLocalName();
        if (element.equals("c")) {
          cells++;
          if (cells > cellsLeft) {
            throw limit("too-many-cells", "", null, "the workbook has more than "
                + limits.maxCells() + " cells", "工作簿单元格总数超过" + limits.maxCells() + "个");
          }
          String reference = reader.getAttributeValue(null, "r");
          if (reference != null) {
            checkCellReference(reference, limits);
          }
        } else if (element.equals("row")) {
          String row = reader.getAttributeValue(null, "r");
          if (row != null && (!ROW_NUMBER.matcher(row).matches()
              || Integer.parseInt(row) > WorkbookLimits.EXCEL_MAX_ROWS)) {
            throw unreadable("bad-cell-reference", "a worksheet has a row numbered '"
                + shortened(row) + "', which Excel does not have",
                "工作表中有行号“" + shortened(row) + "”,不是Excel的行号");
          }
        }
      }
    } catch (XMLStreamException e) {
      throw brokenXml(name);
    } finally {
      close(reader);
    }
    return cells;
  }

  private static void checkCellReference(String reference, WorkbookLimits limits) {
    var parts = CELL_REFERENCE.matcher(reference);
    if (!parts.matches()) {
      throw unreadable("bad-cell-reference", "a worksheet has a cell at '" + shortened(reference)
          + "', which is not a cell of Excel", "工作表中有单元格位置“" + shortened(reference)
          + "”,不是Excel的单元格");
    }
    int column = 0;
    for (char letter : parts.group(1).toUpperCase(Locale.ROOT).toCharArray()) {
      column = column * 26 + (letter - 'A' + 1);
    }
    int row = Integer.parseInt(parts.group(2));
    if (row > WorkbookLimits.EXCEL_MAX_ROWS) {
      throw unreadable("bad-cell-reference", "a worksheet has a cell at '" + reference
          + "', below Excel's last row", "工作表中有单元格位置“" + reference + "”,超出Excel的行数");
    }
    if (column > limits.maxColumns()) {
      String last = columnName(limits.maxColumns());
      throw limit("too-many-columns", "", reference, "a worksheet has a cell at " + reference
          + ", right of column " + last + "; at most " + limits.maxColumns()
          + " columns are read", "工作表中有单元格位于" + reference + ",超出第" + limits.maxColumns()
          + "列(" + last + "列);请删除或移到" + last + "列以内");
    }
  }

  /** Parses a part that is not a worksheet as XML, with DTDs refused. */
  private static void scanXml(String name, byte[] xml) {
    XMLStreamReader reader = null;
    try {
      reader = xmlFactory().createXMLStreamReader(new ByteArrayInputStream(xml));
      while (reader.hasNext()) {
        reader.next();
      }
    } catch (XMLStreamException e) {
      throw brokenXml(name);
    } finally {
      close(reader);
    }
  }

  /** The column's letters as Excel writes them: 1 is A, 27 is AA, 64 is BL. */
  static String columnName(int column) {
    StringBuilder letters = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      letters.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return letters.toString();
  }

  private static InvalidWorkbookException partTooLarge(String name, long size,
      WorkbookLimits limits) {
    String shown = shortened(name);
    return limit("part-too-large", "", String.valueOf(size), "the part '" + shown + "' of the "
        + "workbook unzips to more than " + limits.maxPartBytes() + " bytes",
        "工作簿内的文件“" + shown + "”解压后超过" + limits.maxPartBytes() + "字节");
  }

  private static InvalidWorkbookException brokenXml(String name) {
    String shown = shortened(name);
    return unreadable("damaged-workbook", "the workbook is damaged: its part '" + shown
        + "' is not well-formed", "工作簿文件已损坏:其中的“" + shown + "”无法读取");
  }

  static InvalidWorkbookException limit(String rule, String path, String value, String en,
      String zh) {
    return new InvalidWorkbookException(Kind.LIMIT_EXCEEDED, List.of(violation(path, rule, en,
        zh, value)));
  }

  static InvalidWorkbookException unreadable(String rule, String en, String zh) {
    return new InvalidWorkbookException(Kind.UNREADABLE, List.of(violation("", rule, en, zh,
        null)));
  }

  private static Violation violation(String path, String rule, String en, String zh,
      String value) {
    return Violation.builder().path(path).rule(rule).message(en).messageZh(zh)
        .value(Optional.ofNullable(value)).build();
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String shortened(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  private static void close(XMLStreamReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (XMLStreamException ignored) {
        // Closing a reader over a byte array releases nothing that matters.
      }
    }
  }

  /**
   * The JDK's own StAX parser, with DTDs and external entities refused; a new factory for each
   * part, since StAX does not promise that a factory may be shared between threads.
   */
  private static XMLInputFactory xmlFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory;
  }
}
