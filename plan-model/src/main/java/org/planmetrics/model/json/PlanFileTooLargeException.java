package org.planmetrics.model.json;

import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Thrown when a plan file has more bytes than the reader allows, for example a 49 MB file read
 * with the default limit of {@link PlanFiles#DEFAULT_MAX_BYTES} (4 MiB): "plan file big.json has
 * more than 4194304 bytes (its size on disk is 51380224); the limit is 4194304".
 *
 * <p>Only the limit plus one byte is ever read, so the true size may be unknown; {@link
 * #sizeOnDisk()} gives the size the file system reports, when that is over the limit too.
 */
public final class PlanFileTooLargeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final Path file;
  private final long limit;
  private final long sizeOnDisk;

  PlanFileTooLargeException(Path file, long limit, OptionalLong sizeOnDisk) {
    super("plan file " + file + " has more than " + limit + " bytes"
        + (sizeOnDisk.isPresent() ? " (its size on disk is " + sizeOnDisk.getAsLong() + ")" : "")
        + "; the limit is " + limit);
    this.file = file;
    this.limit = limit;
    this.sizeOnDisk = sizeOnDisk.orElse(-1);
  }

  /** The plan file, as given. */
  public Path file() {
    return file;
  }

  /** The most bytes the reader allowed. */
  public long limit() {
    return limit;
  }

  /**
   * The size the file system reports, when it is over the limit; empty when it is not (a file
   * under {@code /proc}, or one that grew while it was read).
   */
  public OptionalLong sizeOnDisk() {
    return sizeOnDisk < 0 ? OptionalLong.empty() : OptionalLong.of(sizeOnDisk);
  }
}
