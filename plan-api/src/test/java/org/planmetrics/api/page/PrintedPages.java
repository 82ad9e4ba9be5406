package org.planmetrics.api.page;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A page printed to PDF ({@link Chromium#print}), read with PDFBox: how many sheets, their size,
 * the text on each, and a picture of any of them. Pages are numbered from 1, as a reader counts
 * them.
 */
public final class PrintedPages {

  /** A4 in PDF points (1/72 inch): 210 × 297 mm. */
  public static final double A4_WIDTH = 595.28;
  public static final double A4_HEIGHT = 841.89;
  /** Rendering resolution of {@link #savePng}: readable text at a modest file size. */
  public static final int PNG_DPI = 110;

  /** Whitespace of any kind, including no-break and ideographic spaces. */
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u3000]+");

  private final byte[] pdf;
  private final List<String> texts;
  private final List<PDRectangle> sizes;

  private PrintedPages(byte[] pdf, List<String> texts, List<PDRectangle> sizes) {
    this.pdf = pdf;
    this.texts = texts;
    this.sizes = sizes;
  }

  /** Reads {@code pdf}; fails if it is not a PDF. */
  public static PrintedPages of(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> texts = new ArrayList<>();
      List<PDRectangle> sizes = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        texts.add(stripper.getText(document));
        sizes.add(document.getPage(page - 1).getMediaBox());
      }
      return new PrintedPages(pdf.clone(), List.copyOf(texts), List.copyOf(sizes));
    } catch (IOException e) {
      throw new UncheckedIOException("not a readable PDF", e);
    }
  }

  public int pageCount() {
    return texts.size();
  }

  /** The text of page {@code page} (from 1) as PDFBox extracts it, line breaks included. */
  public String text(int page) {
    return texts.get(index(page));
  }

  /**
   * The pages (from 1) whose text contains {@code text}, whitespace ignored on both sides: the
   * extraction breaks lines where the layout wrapped, also inside a Chinese phrase.
   */
  public List<Integer> pageOf(String text) {
    String wanted = SPACE.matcher(text).replaceAll("");
    return IntStream.rangeClosed(1, pageCount())
        .filter(page -> SPACE.matcher(text(page)).replaceAll("").contains(wanted))
        .boxed().toList();
  }

  /** Width × height of page {@code page} (from 1), in PDF points. */
  public String size(int page) {
    PDRectangle box = sizes.get(index(page));
    return String.format("%.2f × %.2f pt", box.getWidth(), box.getHeight());
  }

  /** Whether page {@code page} (from 1) is A4 portrait, within 1 pt. */
  public boolean isA4Portrait(int page) {
    PDRectangle box = sizes.get(index(page));
    return Math.abs(box.getWidth() - A4_WIDTH) <= 1 && Math.abs(box.getHeight() - A4_HEIGHT) <= 1;
  }

  /** The pages (from 1) that are not A4 portrait, each with its size, for an assertion. */
  public List<String> pagesNotA4() {
    return IntStream.rangeClosed(1, pageCount()).filter(page -> !isA4Portrait(page))
        .mapToObj(page -> "page " + page + ": " + size(page)).toList();
  }

  /** Renders page {@code page} (from 1) at {@value #PNG_DPI} dpi to target/screenshots/NAME.png. */
  public Path savePng(int page, String name) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(index(page), PNG_DPI);
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(image, "png", png);
      return BuildFiles.saveScreenshot(name, "png", png.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render page " + page, e);
    }
  }

  /** Saves the PDF itself to target/screenshots/NAME.pdf. */
  public Path savePdf(String name) {
    return BuildFiles.saveScreenshot(name, "pdf", pdf);
  }

  /** The PDF's bytes. */
  public byte[] bytes() {
    return pdf.clone();
  }

  private int index(int page) {
    if (page < 1 || page > pageCount()) {
      throw new IndexOutOfBoundsException("page " + page + " of " + pageCount());
    }
    return page - 1;
  }

  @Override
  public String toString() {
    return pageCount() + " printed page(s)";
  }
}
