package org.planmetrics.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.planmetrics.model.InvalidArgumentException;

/**
 * Makes one random value of {@code T} from the draws of a {@link RandomGenerator}, for example
 * {@code Plans.valid().next(new SplittableRandom(42))}, a valid plan.
 *
 * <p>Every generator of the kit is one of these, and draws only through the bounded methods of
 * {@code RandomGenerator} ({@code nextInt(bound)}, {@code nextInt(origin, bound)}, {@code
 * nextLong(origin, bound)}, {@code nextBoolean()}), so that it works with any source of
 * randomness: a {@code SplittableRandom} in a plain loop, a {@code java.util.Random} handed over
 * by a property-testing library, or {@link
 * org.planmetrics.testkit.quicktheories.ShrinkingRandom}, whose draws QuickTheories records and
 * shrinks. The same draws give the same value, so a seed replays a failure.
 *
 * @param <T> what it makes
 */
@FunctionalInterface
public interface Generator<T> {

  /**
   * How often {@link #withEdgeCases} draws an edge case: one draw in 4. Random draws over a wide
   * range almost never hit a tier's bound, a rate of 0 or 29 February; one in four hits them often
   * enough that a hundred examples try each several times, and leaves three in four to explore
   * the rest of the range.
   */
  int EDGE_CASE_ONE_IN = 4;

  /** One value, made from the draws of {@code random}. */
  T next(RandomGenerator random);

  /** The values of this generator passed through {@code mapper}. */
  default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
    Objects.requireNonNull(mapper, "'mapper' must not be null");
    return random -> mapper.apply(next(random));
  }

  /**
   * This generator's values, but one draw in {@link #EDGE_CASE_ONE_IN} a value of {@code edges}
   * instead. The first draw decides which: its highest value means an edge case, so that a
   * shrinking source, which shrinks each draw towards 0, leaves an edge case for an ordinary value
   * whenever a simpler ordinary value fails as well.
   */
  default Generator<T> withEdgeCases(Generator<? extends T> edges) {
    Objects.requireNonNull(edges, "'edges' must not be null");
    return random -> random.nextInt(EDGE_CASE_ONE_IN) == EDGE_CASE_ONE_IN - 1
        ? edges.next(random) : next(random);
  }

  /**
   * Lists of {@code min} to {@code max} values of {@code element}, drawn one by one.
   *
   * @throws InvalidArgumentException if {@code min} is negative or {@code max} below {@code min}
   */
  static <T> Generator<List<T>> listOf(Generator<? extends T> element, int min, int max) {
    Objects.requireNonNull(element, "'element' must not be null");
    if (min < 0) {
      throw new InvalidArgumentException("min", "must be at least 0", "须至少为0", min);
    }
    if (max < min) {
      throw new InvalidArgumentException("max", "must be at least 'min' (" + min + ")",
          "须不小于'min'(" + min + ")", max);
    }
    return random -> {
      int size = random.nextInt(min, max + 1);
      List<T> values = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        values.add(element.next(random));
      }
      return List.copyOf(values);
    };
  }

  /**
   * One of {@code values}, each as likely; a shrinking source tries the first one first.
   *
   * @throws InvalidArgumentException if {@code values} is empty
   */
  static <T> Generator<T> oneOf(List<? extends T> values) {
    List<? extends T> choices = List.copyOf(values);
    if (choices.isEmpty()) {
      throw new InvalidArgumentException("values", "must not be empty", "不得为空", "[]");
    }
    return random -> choices.get(random.nextInt(choices.size()));
  }
}
