package org.planmetrics.api.workbook;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The parts of a zip archive held in memory, read from its central directory and unzipped with
 * {@code java.util.zip.Inflater} through a counter, for example the 13 parts of an .xlsx
 * workbook. Each part is unzipped until it ends or passes a limit, whichever comes first, so a
 * part that would inflate to gigabytes costs only the limit's worth of work.
 *
 * <p>The archive is read as readers of .xlsx files read it: by its central directory, the list
 * at the end of the file. {@code ZipInputStream}, which reads the parts' own headers in order,
 * cannot read the archives FastExcel writes on Java 17 (their parts end with 64-bit size records
 * it does not expect), and it cannot see a part that only the directory lists.
 */
final class ZipParts {

  /** One part: its name, and its bytes if it was kept. */
  record Part(String name, byte[] bytes) {}

  /** Why an archive was refused: damaged, or beyond a limit. */
  static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    enum Reason { DAMAGED, TOO_MANY_PARTS, PART_TOO_LARGE, TOTAL_TOO_LARGE }

    final Reason reason;
    final String part;
    final long size;

    Refusal(Reason reason, String part, long size) {
      super(reason + " " + part, null, false, false);
      this.reason = reason;
      this.part = part;
      this.size = size;
    }
  }

  private static final int END_OF_DIRECTORY = 0x06054b50;
  private static final int ZIP64_END_LOCATOR = 0x07064b50;
  private static final int ZIP64_END_OF_DIRECTORY = 0x06064b50;
  private static final int DIRECTORY_ENTRY = 0x02014b50;
  private static final int LOCAL_HEADER = 0x04034b50;
  private static final int STORED = 0;
  private static final int DEFLATED = 8;
  private static final long MARKED_ZIP64 = 0xFFFFFFFFL;

  private ZipParts() {}

  /**
   * Every part of {@code zip} in directory order, unzipped within the limits; the bytes of those
   * {@code keep} accepts, the others only counted.
   *
   * @throws Refusal if the archive is damaged, encrypted or uses another compression than
   *     deflate, has more than {@code maxParts} parts or two of one name, or a part or all of
   *     them unzip to more than their limit
   */
  static List<Part> read(byte[] zip, int maxParts, long maxPartBytes, long maxTotalBytes,
      Predicate<String> keep) {
    int end = endOfDirectory(zip);
    long entries = u16(zip, end + 10);
    long directorySize = u32(zip, end + 12);
    long directoryOffset = u32(zip, end + 16);
    if (entries == 0xFFFF || directorySize == MARKED_ZIP64 || directoryOffset == MARKED_ZIP64) {
      int locator = end - 20;
      require(locator >= 0 && u32(zip, locator) == ZIP64_END_LOCATOR);
      long record = u64(zip, locator + 8);
      require(record >= 0 && record + 56 <= locator && u32(zip, (int) record)
          == ZIP64_END_OF_DIRECTORY);
      entries = u64(zip, (int) record + 32);
      directorySize = u64(zip, (int) record + 40);
      directoryOffset = u64(zip, (int) record + 48);
    }
    if (entries > maxParts) {
      throw new Refusal(Refusal.Reason.TOO_MANY_PARTS, "", entries);
    }
    require(directoryOffset >= 0 && directorySize >= 0
        && directoryOffset + directorySize <= zip.length);
    List<Part> parts = new ArrayList<>();
    Set<String> names = new HashSet<>();
    long total = 0;
    int at = (int) directoryOffset;
    for (long i = 0; i < entries; i++) {
      require(at + 46 <= zip.length && u32(zip, at) == DIRECTORY_ENTRY);
      int flags = u16(zip, at + 8);
      int method = u16(zip, at + 10);
      long compressed = u32(zip, at + 20);
      long size = u32(zip, at + 24);
      int nameLength = u16(zip, at + 28);
      int extraLength = u16(zip, at + 30);
      int commentLength = u16(zip, at + 32);
      long offset = u32(zip, at + 42);
      require(at + 46L + nameLength + extraLength + commentLength <= zip.length);
      String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
      // Sizes and offset too large for 32 bits are in the zip64 extra field, in this order.
      int extra = at + 46 + nameLength;
      int extraEnd = extra + extraLength;
      while (extra + 4 <= extraEnd) {
        int id = u16(zip, extra);
        int length = u16(zip, extra + 2);
        require(extra + 4L + length <= extraEnd);
        if (id == 0x0001) {
          int field = extra + 4;
          if (size == MARKED_ZIP64) {
            require(field + 8 <= extra + 4 + length);
            size = u64(zip, field);
            field += 8;
          }
          if (compressed == MARKED_ZIP64) {
            require(field + 8 <= extra + 4 + length);
            compressed = u64(zip, field);
            field += 8;
          }
          if (offset == MARKED_ZIP64) {
            require(field + 8 <= extra + 4 + length);
            offset = u64(zip, field);
          }
        }
        extra += 4 + length;
      }
      at += 46 + nameLength + extraLength + commentLength;
      // Encrypted parts cannot be read; a part named twice would be read differently by
      // different readers.
      require((flags & 1) == 0 && names.add(name));
      require(method == STORED || method == DEFLATED);
      if (size > maxPartBytes) {
        throw new Refusal(Refusal.Reason.PART_TOO_LARGE, name, size);
      }
      require(offset >= 0 && offset + 30 <= zip.length && u32(zip, (int) offset)
          == LOCAL_HEADER);
      long data = offset + 30 + u16(zip, (int) offset + 26) + u16(zip, (int) offset + 28);
      require(compressed >= 0 && data + compressed <= zip.length);
      ByteArrayOutputStream out = keep.test(name) && !name.endsWith("/")
          ? new ByteArrayOutputStream() : null;
      long unzipped = method == STORED
          ? copy(zip, (int) data, (int) compressed, out, name, maxPartBytes, maxTotalBytes - total)
          : inflate(zip, (int) data, (int) compressed, out, name, maxPartBytes,
              maxTotalBytes - total);
      total += unzipped;
      parts.add(new Part(name, out == null ? null : out.toByteArray()));
    }
    return parts;
  }

  private static long copy(byte[] zip, int from, int length, ByteArrayOutputStream out,
      String name, long maxPart, long totalLeft) {
    checkSize(name, length, maxPart, totalLeft);
    if (out != null) {
      out.write(zip, from, length);
    }
    return length;
  }

  private static long inflate(byte[] zip, int from, int length, ByteArrayOutputStream out,
      String name, long maxPart, long totalLeft) {
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(zip, from, length);
      byte[] buffer = new byte[16 * 1024];
      long size = 0;
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0) {
          // Input used up (or a dictionary asked for) before the stream ended: damaged.
          require(!inflater.needsInput() && !inflater.needsDictionary());
        }
        size += n;
        checkSize(name, size, maxPart, totalLeft);
        if (out != null) {
          out.write(buffer, 0, n);
        }
      }
      return size;
    } catch (DataFormatException e) {
      throw new Refusal(Refusal.Reason.DAMAGED, name, 0);
    } finally {
      inflater.end();
    }
  }

  private static void checkSize(String name, long size, long maxPart, long totalLeft) {
    if (size > maxPart) {
      throw new Refusal(Refusal.Reason.PART_TOO_LARGE, name, size);
    }
    if (size > totalLeft) {
      throw new Refusal(Refusal.Reason.TOTAL_TOO_LARGE, name, size);
    }
  }

  /** Where the end-of-directory record starts: searched from the end, past any comment. */
  private static int endOfDirectory(byte[] zip) {
    int last = zip.length - 22;
    int first = Math.max(0, last - 0xFFFF);
    for (int at = last; at >= first; at--) {
      if (u32(zip, at) == END_OF_DIRECTORY && at + 22 + u16(zip, at + 20) == zip.length) {
        return at;
      }
    }
    throw new Refusal(Refusal.Reason.DAMAGED, "", 0);
  }

  private static void require(boolean sound) {
    if (!sound) {
      throw new Refusal(Refusal.Reason.DAMAGED, "", 0);
    }
  }

  private static int u16(byte[] b, int at) {
    require(at >= 0 && at + 2 <= b.length);
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  private static long u32(byte[] b, int at) {
    require(at >= 0 && at + 4 <= b.length);
    return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16
        | (b[at + 3] & 0xFFL) << 24;
  }

  /** An unsigned 64-bit field; beyond a long it is damaged (no archive held in memory is). */
  private static long u64(byte[] b, int at) {
    long low = u32(b, at);
    long high = u32(b, at + 4);
    require(high < 0x7FFFFFFFL);
    return high << 32 | low;
  }
}
