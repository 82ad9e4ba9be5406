package org.planmetrics.api;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.io.Content;
import org.planmetrics.api.csv.CsvFile;
import org.planmetrics.model.LocalizedText;

/**
 * The files of a {@code multipart/form-data} body, as a page's file input or {@code curl -F
 * file=@series.csv} sends the CSV files of observations, read by Jetty's multipart parser from
 * the bytes {@link RequestBodyGate} has already gathered (and held to the body limit).
 *
 * <p>Each part with a file name is a file, named by the last segment of that name (old browsers
 * send {@code C:\fakepath\series.csv}); the part's own name is not read, so {@code file} and
 * {@code files} both do. A part without a file name is a form field and is not read: the date
 * comes from the {@code asOf} query parameter. More than {@link #MAX_PARTS} parts is a 413
 * {@code too-many-items}; a body that is not complete multipart, or a Content-Type without its
 * boundary, a 400 {@code invalid-body}.
 */
final class MultipartFiles {

  static final String MEDIA_TYPE = "multipart/form-data";

  /**
   * The most parts in one body: 16, room for the seven tables twice over. Parts are counted as
   * they are parsed, and the content of those beyond is not kept.
   */
  static final int MAX_PARTS = 16;

  private MultipartFiles() {}

  /** The boundary that {@code contentType} names, or a 400 problem without one. */
  static String boundary(String contentType) {
    String boundary = MultiPart.extractBoundary(contentType);
    if (boundary == null || boundary.isEmpty()) {
      throw ApiProblem.of(400, "invalid-body", "Invalid request body", "/headers/Content-Type",
          "missing-boundary", LocalizedText.of("Content-Type为" + MEDIA_TYPE
              + "时须带boundary参数,例如 " + MEDIA_TYPE + "; boundary=x", "a Content-Type of "
              + MEDIA_TYPE + " needs its boundary parameter, for example " + MEDIA_TYPE
              + "; boundary=x"), contentType);
    }
    return boundary;
  }

  /** The files of {@code body}, whose parts {@code boundary} separates, or a problem. */
  static List<CsvFile> read(String boundary, byte[] body) {
    Parts parts = new Parts();
    MultiPart.Parser parser = new MultiPart.Parser(boundary, parts);
    // Counted by Parts instead, so that too many parts is told from a malformed body.
    parser.setMaxParts(-1);
    parser.parse(Content.Chunk.from(ByteBuffer.wrap(body), true));
    if (parts.count > MAX_PARTS) {
      throw ApiProblem.of(413, "too-many-items", "Too many items", "", "too-many-parts",
          LocalizedText.of("请求内容有" + parts.count + "个部分,一次请求最多接受" + MAX_PARTS
              + "个(每张表一个CSV文件)", "the body has " + parts.count + " parts but at most "
              + MAX_PARTS + " are accepted in one request (one CSV file a table)"),
          String.valueOf(parts.count));
    }
    if (!parts.complete) {
      throw ApiProblem.of(400, "invalid-body", "Invalid request body", "",
          "malformed-multipart", LocalizedText.of("请求内容不是完整的" + MEDIA_TYPE
              + ":各部分须以Content-Type所给的boundary分隔,并以“--boundary--”结束", "the body is not "
              + "complete " + MEDIA_TYPE + ": its parts must be separated by the Content-Type's "
              + "boundary, and it must end with '--boundary--'"), null);
    }
    return parts.files;
  }

  /** The last segment of a file name a browser sends, which may hold a folder. */
  private static String baseName(String fileName) {
    int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
    return fileName.substring(slash + 1).strip();
  }

  /** Gathers the parser's events into files: the content of each part, then its names. */
  private static final class Parts extends MultiPart.AbstractPartsListener {
    final List<CsvFile> files = new ArrayList<>();
    int count;
    boolean complete;
    private ByteArrayOutputStream content = new ByteArrayOutputStream();

    @Override
    public void onPartBegin() {
      count++;
      content = new ByteArrayOutputStream();
    }

    @Override
    public void onPartContent(Content.Chunk chunk) {
      if (count <= MAX_PARTS) {
        ByteBuffer bytes = chunk.getByteBuffer().duplicate();
        byte[] copy = new byte[bytes.remaining()];
        bytes.get(copy);
        content.writeBytes(copy);
      }
    }

    @Override
    public void onPart(String name, String fileName, HttpFields headers) {
      if (count <= MAX_PARTS && fileName != null && !baseName(fileName).isEmpty()) {
        files.add(new CsvFile(baseName(fileName), content.toByteArray()));
      }
    }

    @Override
    public void onComplete() {
      complete = true;
    }
  }
}
