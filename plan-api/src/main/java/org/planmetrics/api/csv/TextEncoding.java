package org.planmetrics.api.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.planmetrics.model.LocalizedText;

/**
 * The encoding a CSV file was saved in, as found from its bytes, for example {@code GB18030}
 * for a file Excel saved as “CSV (逗号分隔)” on a Chinese Windows. UTF-8, with or without the byte
 * order mark Excel writes for “CSV UTF-8”, is tried first; then GB18030, which reads GBK and
 * GB2312 too; and UTF-16 when its byte order mark says so. A file that is none of these is
 * refused with the first byte that cannot be read.
 */
public enum TextEncoding {
  UTF_8("UTF-8", "UTF-8"),
  UTF_8_BOM("UTF-8,带BOM", "UTF-8 with byte order mark"),
  GB18030("GBK/GB18030", "GBK/GB18030"),
  UTF_16LE("UTF-16LE", "UTF-16LE"),
  UTF_16BE("UTF-16BE", "UTF-16BE");

  private static final Charset GB = Charset.forName("GB18030");

  private final LocalizedText label;

  TextEncoding(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** How a message names the encoding: UTF-8,带BOM / UTF-8 with byte order mark. */
  public LocalizedText label() {
    return label;
  }

  /** The text of a file and the encoding it was read in. */
  public record Decoded(String text, TextEncoding encoding) {}

  /**
   * Where the bytes stop being text in any encoding tried: the byte offset and line of the first
   * byte that UTF-8 cannot read, and that byte.
   */
  public record NotText(long offset, int line, int value) {}

  /** The text of {@code bytes}, or where they stop being text. */
  public static Decoded decode(byte[] bytes) throws NotTextException {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(strict(StandardCharsets.UTF_8, bytes, 3), UTF_8_BOM);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(strict(StandardCharsets.UTF_16LE, bytes, 2), UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(strict(StandardCharsets.UTF_16BE, bytes, 2), UTF_16BE);
    }
    Optional<String> utf8 = tryDecode(StandardCharsets.UTF_8, bytes);
    if (utf8.isPresent()) {
      return new Decoded(utf8.get(), UTF_8);
    }
    Optional<String> gb = tryDecode(GB, bytes);
    if (gb.isPresent()) {
      return new Decoded(gb.get(), GB18030);
    }
    throw new NotTextException(firstBadByte(bytes));
  }

  private static String strict(Charset charset, byte[] bytes, int skip) throws NotTextException {
    CharsetDecoder decoder = decoder(charset);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
    } catch (CharacterCodingException e) {
      throw new NotTextException(firstBadByte(bytes));
    }
  }

  private static Optional<String> tryDecode(Charset charset, byte[] bytes) {
    try {
      return Optional.of(decoder(charset).decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static CharsetDecoder decoder(Charset charset) {
    return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The first byte UTF-8 cannot read (skipping a byte order mark), with its line. */
  private static NotText firstBadByte(byte[] bytes) {
    CharsetDecoder decoder = decoder(StandardCharsets.UTF_8);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
    CoderResult result = decoder.decode(in, out, true);
    int offset = result.isError() ? in.position() : 0;
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return new NotText(offset, line, offset < bytes.length ? bytes[offset] & 0xFF : 0);
  }

  /** Whether {@code bytes} begin with {@code prefix}, each given as an unsigned byte value. */
  static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Bytes that are text in none of the encodings tried. */
  public static final class NotTextException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient NotText where;

    NotTextException(NotText where) {
      super("not text at byte offset " + where.offset());
      this.where = where;
    }

    public NotText where() {
      return where;
    }
  }
}
