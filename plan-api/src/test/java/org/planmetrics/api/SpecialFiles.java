package org.planmetrics.api;

import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Files that are no plan, for the start-up tests: a named pipe (reading it waits for a writer), a
 * link to {@code /dev/zero} (it never ends) and a large sparse file (49 MiB of zeros that take no
 * disk). A test that needs one is skipped where the system cannot make it.
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

  /** A sparse file at {@code path} of {@code bytes} zero bytes. */
  static Path sparseFile(Path path, long bytes) throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
      file.setLength(bytes);
    }
    return path;
  }
}
