package org.planmetrics.api;

import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Files that are no plan, for the start-up tests: a named pipe (reading it waits for a writer), a
 * link to {@code /dev/zero} (it never ends), a large sparse file (49 MiB of zeros that take no
 * disk) and a file of empty goals (each missing five fields). A test that needs one is skipped
 * where the system cannot make it.
 */
final class SpecialFiles {

  private SpecialFiles() {}

  /** A named pipe (FIFO) at {@code path}, made with {@code mkfifo}. */
  static Path namedPipe(Path path) throws IOException, InterruptedException {
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    } catch (IOException e) {
      return abort("needs mkfifo: " + e.getMessage());
    }
    assumeTrue(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0,
        "mkfifo " + path + " failed");
    return path;
  }

  /** A symbolic link at {@code path} to {@code /dev/zero}. */
  static Path linkToDevZero(Path path) throws IOException {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "needs /dev/zero");
    return Files.createSymbolicLink(path, zero);
  }

  /**
   * {@code {"goals":[{},{},…]}} at {@code path} with {@code goals} empty goals, padded with
   * spaces to {@code bytes}: for example 50,001 goals in 150,014 bytes, 250,020 violations.
   */
  static Path emptyGoals(Path path, int goals, int bytes) throws IOException {
    StringBuilder json = new StringBuilder(bytes).append("{\"goals\":[");
    for (int i = 0; i < goals; i++) {
      json.append(i == 0 ? "{}" : ",{}");
    }
    json.append("]}");
    if (json.length() > bytes) {
      throw new IllegalArgumentException(goals + " goals do not fit in " + bytes + " bytes");
    }
    json.append(" ".repeat(bytes - json.length()));
    return Files.writeString(path, json, StandardCharsets.US_ASCII);
  }

  /** A sparse file at {@code path} of {@code bytes} zero bytes. */
  static Path sparseFile(Path path, long bytes) throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
      file.setLength(bytes);
    }
    return path;
  }
}
