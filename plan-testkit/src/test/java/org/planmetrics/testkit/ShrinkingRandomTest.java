package org.planmetrics.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.InvalidArgumentException;
import org.planmetrics.testkit.quicktheories.ShrinkingRandom;
import org.quicktheories.core.DetatchedRandomnessSource;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/** What {@link ShrinkingRandom} asks of QuickTheories' source, and what it refuses. */
class ShrinkingRandomTest {

  /** A source that answers every draw with the same value and records how many it was asked. */
  private static final class Fixed implements RandomnessSource {
    private final long value;
    private final List<Constraint> asked = new ArrayList<>();

    Fixed(long value) {
      this.value = value;
    }

    @Override
    public long next(Constraint constraint) {
      asked.add(constraint);
      return value;
    }

    @Override
    public DetatchedRandomnessSource detach() {
      throw new UnsupportedOperationException("not needed by ShrinkingRandom");
    }

    @Override
    public void registerFailedAssumption() {}
  }

  @Test
  void eachBoundedDrawIsOneDrawOfTheSourceWithinItsRange() {
    Fixed source = new Fixed(3);
    ShrinkingRandom random = new ShrinkingRandom(source);

    assertThat(random.nextInt(10)).isEqualTo(3);
    assertThat(random.nextInt(2, 9)).isEqualTo(3);
    assertThat(random.nextLong(-5, 10)).isEqualTo(3);
    assertThat(random.nextLong(4)).isEqualTo(3);
    assertThat(source.asked).hasSize(4).allSatisfy(c -> assertThat(c.allowed(3)).isTrue());
    // The ranges are the draws' own: 0 to 9, 2 to 8, -5 to 9, 0 to 3.
    assertThat(source.asked.get(0).allowed(9)).isTrue();
    assertThat(source.asked.get(0).allowed(10)).isFalse();
    assertThat(source.asked.get(1).allowed(1)).isFalse();
    assertThat(source.asked.get(2).allowed(-5)).isTrue();
    assertThat(source.asked.get(3).allowed(4)).isFalse();
  }

  @Test
  void booleansAndFractionsComeFromTheirDraws() {
    assertThat(new ShrinkingRandom(new Fixed(0)).nextBoolean()).isFalse();
    assertThat(new ShrinkingRandom(new Fixed(1)).nextBoolean()).isTrue();
    assertThat(new ShrinkingRandom(new Fixed(0)).nextDouble()).isZero();
    assertThat(new ShrinkingRandom(new Fixed(1L << 52)).nextDouble()).isEqualTo(0.5);
  }

  @Test
  void emptyRangesAreRefusedAsTheContractSays() {
    ShrinkingRandom random = new ShrinkingRandom(new Fixed(0));

    assertThatThrownBy(() -> random.nextInt(0)).isInstanceOf(IllegalArgumentException.class)
        .isInstanceOfSatisfying(InvalidArgumentException.class,
            e -> assertThat(e.argument()).isEqualTo("bound"));
    assertThatThrownBy(() -> random.nextLong(5, 5))
        .isInstanceOfSatisfying(InvalidArgumentException.class,
            e -> assertThat(e.argument()).isEqualTo("origin"));
  }
}
