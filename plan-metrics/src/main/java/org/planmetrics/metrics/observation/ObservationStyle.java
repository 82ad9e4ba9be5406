package org.planmetrics.metrics.observation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The project's Immutables style ({@link org.planmetrics.model.PlanStyle}) for observations, with
 * one difference: builders collect into JDK collections, so that putting a key again replaces its
 * value. Observations are the values callers edit most, often as {@code
 * Observations.builder().from(last).putSeries("fdi", newFigures)}; with Guava's collections
 * that builder failed at {@code build()} with "Multiple entries with same key" (immutables issue
 * 1194, whose suggested remedy this is). The maps built keep their keys' order.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = true)
@interface ObservationStyle {}
