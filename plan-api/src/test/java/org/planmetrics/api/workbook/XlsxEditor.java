package org.planmetrics.api.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Fills in an .xlsx workbook as a person typing into Excel would, for tests: {@code new
 * XlsxEditor(template).sheet("项目台账").set(2, "A", "P-1")}. It edits the worksheet XML inside the
 * archive: text goes in as inline strings, numbers and dates (as Excel's day numbers) as
 * numbers, with the column's style where the template gives one, as Excel applies it.
 */
final class XlsxEditor {

  private static final String MAIN =
      "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private final Map<String, byte[]> parts = new LinkedHashMap<>();
  private final Map<String, Document> edited = new HashMap<>();
  private final List<String> sharedStrings = new ArrayList<>();
  private final Map<String, String> sheetPaths = new LinkedHashMap<>();

  XlsxEditor(byte[] xlsx) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        parts.put(entry.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (parts.containsKey("xl/sharedStrings.xml")) {
      NodeList items = parse(parts.get("xl/sharedStrings.xml")).getElementsByTagNameNS(MAIN,
          "si");
      for (int i = 0; i < items.getLength(); i++) {
        sharedStrings.add(items.item(i).getTextContent());
      }
    }
    Document workbook = parse(parts.get("xl/workbook.xml"));
    Document rels = parse(parts.get("xl/_rels/workbook.xml.rels"));
    Map<String, String> targets = new HashMap<>();
    NodeList relations = rels.getElementsByTagName("Relationship");
    for (int i = 0; i < relations.getLength(); i++) {
      Element relation = (Element) relations.item(i);
      targets.put(relation.getAttribute("Id"), relation.getAttribute("Target"));
    }
    NodeList sheets = workbook.getElementsByTagNameNS(MAIN, "sheet");
    for (int i = 0; i < sheets.getLength(); i++) {
      Element sheet = (Element) sheets.item(i);
      String target = targets.get(sheet.getAttributeNS(
          "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id"));
      sheetPaths.put(sheet.getAttribute("name"), target.startsWith("/") ? target.substring(1)
          : "xl/" + target);
    }
  }

  /** The sheet of this name. */
  Sheet sheet(String name) {
    String path = sheetPaths.get(name);
    if (path == null) {
      throw new IllegalArgumentException("no sheet '" + name + "' but " + sheetPaths.keySet());
    }
    return new Sheet(edited.computeIfAbsent(path, p -> parse(parts.get(p))));
  }

  /** The workbook with the edits. */
  byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        ZipEntry entry = new ZipEntry(part.getKey());
        // A fixed time, so that the same edits give the same bytes.
        entry.setTimeLocal(java.time.LocalDateTime.of(2024, 6, 30, 0, 0));
        zip.putNextEntry(entry);
        Document document = edited.get(part.getKey());
        zip.write(document == null ? part.getValue() : serialize(document));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** One worksheet being edited. */
  final class Sheet {
    private final Document document;
    private final Element data;

    Sheet(Document document) {
      this.document = document;
      this.data = (Element) document.getElementsByTagNameNS(MAIN, "sheetData").item(0);
    }

    /** Sets the cell at {@code row} (as Excel numbers it) and {@code column} (its letters). */
    Sheet set(int row, String column, Object value) {
      Element cell = cell(row, column);
      while (cell.hasChildNodes()) {
        cell.removeChild(cell.getFirstChild());
      }
      cell.removeAttribute("t");
      if (value == null) {
        return this;
      }
      String number = value instanceof LocalDate date
          ? String.valueOf(ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), date))
          : value instanceof BigDecimal decimal ? decimal.toPlainString()
          : value instanceof Number n ? n.toString() : null;
      if (number != null) {
        Element v = document.createElementNS(MAIN, "v");
        v.setTextContent(number);
        cell.appendChild(v);
      } else if (value instanceof Boolean truth) {
        cell.setAttribute("t", "b");
        Element v = document.createElementNS(MAIN, "v");
        v.setTextContent(truth ? "1" : "0");
        cell.appendChild(v);
      } else {
        cell.setAttribute("t", "inlineStr");
        Element is = document.createElementNS(MAIN, "is");
        Element t = document.createElementNS(MAIN, "t");
        t.setTextContent(value.toString());
        is.appendChild(t);
        cell.appendChild(is);
      }
      return this;
    }

    /** Sets the cell to an error value, such as {@code #N/A}, as Excel stores one. */
    Sheet error(int row, String column, String error) {
      Element cell = cell(row, column);
      while (cell.hasChildNodes()) {
        cell.removeChild(cell.getFirstChild());
      }
      cell.setAttribute("t", "e");
      Element v = document.createElementNS(MAIN, "v");
      v.setTextContent(error);
      cell.appendChild(v);
      return this;
    }

    /** The text of a cell, shared string or inline, or null. */
    String text(int row, String column) {
      Element cell = find(row, column);
      if (cell == null) {
        return null;
      }
      String v = cell.getElementsByTagNameNS(MAIN, "v").getLength() > 0
          ? cell.getElementsByTagNameNS(MAIN, "v").item(0).getTextContent() : null;
      return switch (cell.getAttribute("t")) {
        case "s" -> sharedStrings.get(Integer.parseInt(v));
        case "inlineStr" -> cell.getTextContent();
        default -> v;
      };
    }

    /** The first row, from 2, whose cells in column A and B are {@code a} and {@code b}. */
    int rowOf(String a, String b) {
      NodeList rows = data.getElementsByTagNameNS(MAIN, "row");
      for (int i = 0; i < rows.getLength(); i++) {
        int r = Integer.parseInt(((Element) rows.item(i)).getAttribute("r"));
        if (r > 1 && a.equals(text(r, "A")) && b.equals(text(r, "B"))) {
          return r;
        }
      }
      throw new IllegalArgumentException("no row with " + a + " and " + b);
    }

    private Element find(int row, String column) {
      Element rowElement = row(row, false);
      if (rowElement == null) {
        return null;
      }
      NodeList cells = rowElement.getElementsByTagNameNS(MAIN, "c");
      for (int i = 0; i < cells.getLength(); i++) {
        if (((Element) cells.item(i)).getAttribute("r").equals(column + row)) {
          return (Element) cells.item(i);
        }
      }
      return null;
    }

    private Element cell(int row, String column) {
      Element existing = find(row, column);
      if (existing != null) {
        return existing;
      }
      Element rowElement = row(row, true);
      Element cell = document.createElementNS(MAIN, "c");
      cell.setAttribute("r", column + row);
      String style = columnStyle(index(column));
      if (style != null) {
        cell.setAttribute("s", style);
      }
      Node before = null;
      NodeList cells = rowElement.getElementsByTagNameNS(MAIN, "c");
      for (int i = 0; i < cells.getLength(); i++) {
        String r = ((Element) cells.item(i)).getAttribute("r");
        if (index(r.replaceAll("[0-9]", "")) > index(column)) {
          before = cells.item(i);
          break;
        }
      }
      rowElement.insertBefore(cell, before);
      return cell;
    }

    private Element row(int number, boolean create) {
      NodeList rows = data.getElementsByTagNameNS(MAIN, "row");
      Node before = null;
      for (int i = 0; i < rows.getLength(); i++) {
        Element row = (Element) rows.item(i);
        int r = Integer.parseInt(row.getAttribute("r"));
        if (r == number) {
          return row;
        }
        if (r > number) {
          before = row;
          break;
        }
      }
      if (!create) {
        return null;
      }
      Element row = document.createElementNS(MAIN, "row");
      row.setAttribute("r", String.valueOf(number));
      data.insertBefore(row, before);
      return row;
    }

    /** The style the template gives the column, as Excel gives a cell typed into it. */
    private String columnStyle(int column) {
      NodeList cols = document.getElementsByTagNameNS(MAIN, "col");
      for (int i = 0; i < cols.getLength(); i++) {
        Element col = (Element) cols.item(i);
        if (Integer.parseInt(col.getAttribute("min")) <= column
            && Integer.parseInt(col.getAttribute("max")) >= column && col.hasAttribute("style")) {
          return col.getAttribute("style");
        }
      }
      return null;
    }
  }

  /** 1 for A, 27 for AA. */
  static int index(String column) {
    int index = 0;
    for (char c : column.toCharArray()) {
      index = index * 26 + (c - 'A' + 1);
    }
    return index;
  }

  private static Document parse(byte[] xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (Exception e) {
      throw new IllegalStateException("cannot parse " + new String(xml, 0,
          Math.min(100, xml.length), StandardCharsets.UTF_8), e);
    }
  }

  private static byte[] serialize(Document document) {
    try {
      var transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      transformer.transform(new DOMSource(document), new StreamResult(out));
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
