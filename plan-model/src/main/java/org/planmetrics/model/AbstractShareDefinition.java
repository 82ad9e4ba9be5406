package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The explicit numerator and denominator of a share target, counted in projects. For
 * "新引进主导工业项目占比高于70%" the denominator is {@code {"industrial": true}} and the numerator
 * {@code {"leadingIndustry": true}}.
 *
 * <p>The numerator is counted <em>among the denominator's projects</em>: a project counts in the
 * numerator only if it matches both. A share therefore always lies in [0, 1].
 */
@Value.Immutable
@JsonSerialize(as = ShareDefinition.class)
@JsonDeserialize(as = ShareDefinition.class)
public abstract class AbstractShareDefinition {

  public abstract ProjectCriteria numerator();

  public abstract ProjectCriteria denominator();
}
