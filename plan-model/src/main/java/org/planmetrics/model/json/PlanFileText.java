package org.planmetrics.model.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.OptionalLong;
import org.planmetrics.model.InvalidPlanException;

/**
 * The text of a plan file, read safely, for {@link PlanFiles}: only a regular file (a named pipe
 * or a device such as {@code /dev/zero} is refused unopened), at most a given number of bytes
 * whatever size the file claims, and strict UTF-8, for example {@code the plan file is not UTF-8
 * text (invalid byte 0xE9 at byte offset 123, line 5)}. A leading UTF-8 byte order mark, as older
 * Windows Notepad writes, is skipped.
 */
final class PlanFileText {

  private static final byte[] UTF_8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private PlanFileText() {}

  /**
   * The text of the plan file at {@code path}, of at most {@code maxBytes} bytes.
   *
   * @throws PlanFileTooLargeException if the file has more than {@code maxBytes} bytes
   * @throws InvalidPlanException if the file is not UTF-8 text
   * @throws UncheckedIOException if the file does not exist, is not a regular file, or cannot be
   *     read
   */
  static String of(Path path, long maxBytes) {
    return decode(bytes(path, maxBytes), path.toString());
  }

  /**
   * The bytes of the regular file at {@code path}, at most {@code maxBytes} of them. Only its
   * attributes are read before it is checked: opening a named pipe waits for a writer, and a
   * device such as {@code /dev/zero} never ends. (A file swapped for a pipe between the check and
   * the opening would still be opened; plan files are named by the operator, not by a caller.)
   */
  private static byte[] bytes(Path path, long maxBytes) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException e) {
      throw unreadable(path, e);
    }
    if (!attributes.isRegularFile()) {
      String kind = attributes.isDirectory() ? "a folder" : "a device, named pipe or socket";
      throw new UncheckedIOException("plan file " + path + " is not a regular file but " + kind
          + "; only regular files are read", new FileSystemException(path.toString(), null,
              "not a regular file"));
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      // readNBytes grows its buffer as bytes arrive, so a small file costs little whatever the
      // limit is; LARGEST_MAX_BYTES keeps the limit plus one within an int.
      bytes = in.readNBytes(Math.toIntExact(maxBytes + 1));
    } catch (IOException e) {
      throw unreadable(path, e);
    }
    if (bytes.length > maxBytes) {
      throw new PlanFileTooLargeException(path, maxBytes,
          attributes.size() > maxBytes ? OptionalLong.of(attributes.size()) : OptionalLong.empty());
    }
    return bytes;
  }

  private static UncheckedIOException unreadable(Path path, IOException e) {
    String why;
    if (e instanceof NoSuchFileException) {
      why = Files.isSymbolicLink(path) ? "is a symbolic link to a file that does not exist"
          : "does not exist";
    } else if (e instanceof AccessDeniedException) {
      why = "cannot be read: permission denied";
    } else if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      why = "cannot be read: " + ((FileSystemException) e).getReason();
    } else {
      why = "cannot be read: " + e.getMessage();
    }
    return new UncheckedIOException("plan file " + path + " " + why, e);
  }

  /**
   * {@code bytes} decoded strictly as UTF-8, without a leading byte order mark.
   *
   * @throws InvalidPlanException with a {@link PlanFiles#NOT_UTF_8} violation naming the first bad byte,
   *     its offset and its line, for example a Latin-1 {@code é} (0xE9)
   */
  static String decode(byte[] bytes, String source) {
    int start = startsWith(bytes, UTF_8_BOM) ? UTF_8_BOM.length : 0;
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    // UTF-8 never gives more chars than it has bytes, so the output cannot overflow.
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isUnderflow()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new InvalidPlanException(source, List.of(
          JsonSyntax.notUtf8(bytes, in.position(), PlanFiles.PLAN_FILE)));
    }
    if (!result.isUnderflow()) {
      throw new IllegalStateException("UTF-8 decoded to more chars than bytes in " + source);
    }
    return out.flip().toString();
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
}
