package org.planmetrics.metrics.observation;

import com.google.common.collect.ForwardingMap;
import com.google.common.collect.ImmutableMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.planmetrics.model.json.JsonPointers;

/**
 * Copies of the inner maps of a map of maps, for the {@code @Value.Check} of an input value.
 * Immutables copies only the outer map, so a map a caller passed in would stay shared, and
 * changing it later would change a value already built. The copies keep the caller's key order,
 * and refuse a null value as Immutables refuses a null field, naming where it is.
 */
final class InnerMapCopies {

  private InnerMapCopies() {}

  /** Whether no inner map of {@code outer} can still be changed by a caller. */
  static boolean allCopied(Map<String, ? extends Map<String, ?>> outer) {
    return outer.values().stream().allMatch(InnerMapCopies::isCopied);
  }

  /**
   * {@code outer} with each inner map a caller could still change replaced by a copy.
   *
   * @param name the field that holds {@code outer}, for example {@code series}
   * @throws NullPointerException for a null inner value, naming it, for example "'series/gdp/2022'
   *     must not be null"
   */
  static <V> Map<String, Map<String, V>> withInnerCopies(String name,
      Map<String, Map<String, V>> outer) {
    Map<String, Map<String, V>> copies = new LinkedHashMap<>();
    outer.forEach((key, inner) -> copies.put(key, isCopied(inner) ? inner
        : new InnerCopy<>(name + "/" + JsonPointers.segment(key), inner)));
    return copies;
  }

  /** Whether nobody can change {@code inner}: a Guava immutable map or one copied here. */
  private static boolean isCopied(Map<String, ?> inner) {
    return inner instanceof ImmutableMap || inner instanceof InnerCopy;
  }

  /**
   * An unmodifiable copy of a caller's inner map, in its key order, without null values: the
   * readers never make one (JSON refuses a null), and every rule of a value reads its figures.
   */
  private static final class InnerCopy<V> extends ForwardingMap<String, V> {
    private final Map<String, V> entries;

    InnerCopy(String at, Map<String, V> source) {
      source.forEach((key, value) -> Objects.requireNonNull(value, () -> "'" + at + "/"
          + JsonPointers.segment(key) + "' must not be null; leave it out instead"));
      this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(source));
    }

    @Override
    protected Map<String, V> delegate() {
      return entries;
    }
  }
}
