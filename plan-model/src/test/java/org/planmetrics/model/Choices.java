package org.planmetrics.model;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.quicktheories.core.RandomnessSource;

/**
 * The choices a test generator makes, for example {@code nextInt(3)}, each drawn from
 * QuickTheories' randomness source rather than from a {@link java.util.Random}. A generator
 * written as {@code in -> build(new Choices(in))} therefore shrinks: QuickTheories replays it
 * with smaller draws, so a failure comes down to fewer and simpler parts, and it prints the
 * built value rather than a seed.
 */
public final class Choices {

  private final RandomnessSource in;

  public Choices(RandomnessSource in) {
    this.in = in;
  }

  /** A number from 0 to {@code bound − 1}; shrinks towards 0. */
  public int nextInt(int bound) {
    return integers().between(0, bound - 1).generate(in);
  }

  /** A number from {@code min} to {@code max}; shrinks towards {@code min}. */
  public long between(long min, long max) {
    return longs().between(min, max).generate(in);
  }

  /** Shrinks towards false. */
  public boolean nextBoolean() {
    return booleans().all().generate(in);
  }

  /** One of {@code values}; shrinks towards the first. */
  @SafeVarargs
  public final <T> T pick(T... values) {
    return values[nextInt(values.length)];
  }
}
