package org.planmetrics.api.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Files the browser tests leave for a person to look at, under Maven's build directory: {@code
 * target/screenshots/<name>.png} and so on. The directory comes from the system property {@code
 * buildDirectory} that the module's Surefire configuration sets; tests run from the module
 * directory, so {@code target} is the fallback (for example when run from an IDE).
 */
public final class BuildFiles {

  /** A file name without a directory: letters, digits, '.', '_' and '-', not starting with '.'. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");

  private BuildFiles() {}

  /** Maven's build directory ({@code plan-api/target}). */
  public static Path buildDirectory() {
    return Path.of(System.getProperty("buildDirectory", "target")).toAbsolutePath();
  }

  /** {@code target/screenshots/<name>.<extension>}, its directory created. */
  public static Path screenshot(String name, String extension) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a plain file name: " + name);
    }
    Path dir = buildDirectory().resolve("screenshots");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
    return dir.resolve(name + "." + extension);
  }

  /** Writes {@code bytes} to {@code target/screenshots/<name>.<extension>}; returns the file. */
  public static Path saveScreenshot(String name, String extension, byte[] bytes) {
    Path file = screenshot(name, extension);
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }
}
