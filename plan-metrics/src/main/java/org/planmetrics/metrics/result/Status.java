package org.planmetrics.metrics.result;

import java.util.Collection;
import java.util.Comparator;

/**
 * How a target stands, for example {@code BEHIND}: the year-to-date growth is below the target
 * rate, or the cumulative completion lags the time progress.
 *
 * <p>Constants are declared best first; {@link #worst} picks the most serious, in the order
 * MISSED, BEHIND, NOT_ASSESSABLE, ON_TRACK, MET.
 */
public enum Status {
  /** The target is reached: a finished year passed, or a cumulative total is already enough. */
  MET("达标", "met"),
  /** Not finished, and on pace: year-to-date figures or progress satisfy the rule so far. */
  ON_TRACK("进度正常", "on track"),
  /** The data needed is missing or unusable; the reason says which input. */
  NOT_ASSESSABLE("无法评估", "not assessable"),
  /** Not finished, and off pace: year-to-date figures or progress fall short so far. */
  BEHIND("落后", "behind"),
  /** The target failed: a finished year fell short, or the window ended short of the total. */
  MISSED("未达标", "missed");

  private final String chineseName;
  private final String englishName;

  Status(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  public String chineseName() {
    return chineseName;
  }

  public String englishName() {
    return englishName;
  }

  /** Orders statuses from best (MET) to worst (MISSED). */
  public static final Comparator<Status> BEST_FIRST = Comparator.comparingInt(Status::severity);

  /** How serious the status is: 0 for MET up to 4 for MISSED. */
  public int severity() {
    return ordinal();
  }

  /** The more serious of two statuses. */
  public Status worse(Status other) {
    return other.severity() > severity() ? other : this;
  }

  /** The most serious status of {@code statuses}; MET for none. */
  public static Status worst(Collection<Status> statuses) {
    return statuses.stream().max(BEST_FIRST).orElse(MET);
  }

  /** Whether this status fails a binding commitment: MISSED or BEHIND. */
  public boolean isShortfall() {
    return this == MISSED || this == BEHIND;
  }
}
