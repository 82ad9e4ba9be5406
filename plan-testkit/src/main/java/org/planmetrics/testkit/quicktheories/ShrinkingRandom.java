package org.planmetrics.testkit.quicktheories;

import java.util.Objects;
import java.util.random.RandomGenerator;
import org.planmetrics.model.InvalidArgumentException;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * A {@link RandomGenerator} whose every draw comes from QuickTheories' {@link RandomnessSource}
 * with its range, for example {@code nextInt(6)} as a draw from 0 to 5. QuickTheories records
 * each draw, so a failing example shrinks: it is made again with smaller draws, and a plan of 8
 * targets comes down to the fewest targets and the simplest values that still fail.
 *
 * <p>A draw shrinks towards 0 when its range holds 0, else towards the bound nearest 0: {@code
 * nextInt(bound)} and {@code nextBoolean()} towards their first value (0, false), {@code
 * nextLong(-5, 10)} towards 0. The bounded draws are the ones to use: an unbounded {@code
 * nextLong()} shrinks towards 0 too, but a value made from its bits by hand would not shrink
 * towards anything simple.
 */
public final class ShrinkingRandom implements RandomGenerator {

  private final RandomnessSource source;

  /** A generator drawing from {@code source}, the argument of {@code Gen.generate}. */
  public ShrinkingRandom(RandomnessSource source) {
    this.source = Objects.requireNonNull(source, "'source' must not be null");
  }

  @Override
  public long nextLong() {
    return source.next(Constraint.none());
  }

  @Override
  public int nextInt() {
    return (int) draw(Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidArgumentException (an {@code IllegalArgumentException}, as the contract says)
   *     if {@code bound} is not positive
   */
  @Override
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new InvalidArgumentException("bound", "must be above 0", "须大于0", bound);
    }
    return (int) draw(0, bound - 1L);
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidArgumentException if {@code origin} is not below {@code bound}
   */
  @Override
  public int nextInt(int origin, int bound) {
    checkRange(origin, bound);
    return (int) draw(origin, bound - 1L);
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidArgumentException if {@code bound} is not positive
   */
  @Override
  public long nextLong(long bound) {
    if (bound <= 0) {
      throw new InvalidArgumentException("bound", "must be above 0", "须大于0", bound);
    }
    return draw(0, bound - 1);
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidArgumentException if {@code origin} is not below {@code bound}
   */
  @Override
  public long nextLong(long origin, long bound) {
    checkRange(origin, bound);
    return draw(origin, bound - 1);
  }

  /** False or true; shrinks towards false. */
  @Override
  public boolean nextBoolean() {
    return draw(0, 1) == 1;
  }

  /** One of the 2^53 evenly spaced doubles from 0 (inclusive) to 1; shrinks towards 0. */
  @Override
  public double nextDouble() {
    return draw(0, (1L << 53) - 1) * 0x1.0p-53;
  }

  /** One of the 2^24 evenly spaced floats from 0 (inclusive) to 1; shrinks towards 0. */
  @Override
  public float nextFloat() {
    return draw(0, (1 << 24) - 1) * 0x1.0p-24f;
  }

  private long draw(long min, long max) {
    return source.next(Constraint.between(min, max));
  }

  private static void checkRange(long origin, long bound) {
    if (origin >= bound) {
      throw new InvalidArgumentException("origin", "must be below 'bound' (" + bound + ")",
          "须小于'bound'(" + bound + ")",
          origin);
    }
  }
}
