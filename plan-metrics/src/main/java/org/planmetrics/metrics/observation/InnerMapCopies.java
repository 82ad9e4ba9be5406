package org.planmetrics.metrics.observation;

import com.google.common.collect.ForwardingMap;
import com.google.common.collect.ImmutableMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Copies of the inner maps of a map of maps, for the {@code @Value.Check} of an input value.
 * Immutables copies only the outer map, so a map a caller passed in would stay shared, and
 * changing it later would change a value already built. The copies keep the caller's key order and
 * null values, which {@link ObservationChecks} reports as missing.
 */
final class InnerMapCopies {

  private InnerMapCopies() {}

  /** Whether no inner map of {@code outer} can still be changed by a caller. */
  static boolean allCopied(Map<String, ? extends Map<String, ?>> outer) {
    return outer.values().stream().allMatch(InnerMapCopies::isCopied);
  }

  /** {@code outer} with each inner map a caller could still change replaced by a copy. */
  static <V> Map<String, Map<String, V>> withInnerCopies(Map<String, Map<String, V>> outer) {
    Map<String, Map<String, V>> copies = new LinkedHashMap<>();
    outer.forEach((key, inner) -> copies.put(key, isCopied(inner) ? inner
        : new InnerCopy<>(inner)));
    return copies;
  }

  /** Whether nobody can change {@code inner}: a Guava immutable map or one copied here. */
  private static boolean isCopied(Map<String, ?> inner) {
    return inner instanceof ImmutableMap || inner instanceof InnerCopy;
  }

  /**
   * An unmodifiable copy of a caller's inner map, in its key order. Guava's ImmutableMap would
   * refuse the null values a Java caller may pass, which the checks must still see.
   */
  private static final class InnerCopy<V> extends ForwardingMap<String, V> {
    private final Map<String, V> entries;

    InnerCopy(Map<String, V> source) {
      this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(source));
    }

    @Override
    protected Map<String, V> delegate() {
      return entries;
    }
  }
}
