package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The explicit numerator and denominator of a share target, counted in projects. For
 * "新引进主导工业项目占比高于70%" the denominator is {@code {"industrial": true}} and the numerator
 * {@code {"leadingIndustry": true}}.
 *
 * <p>The numerator is counted <em>among the denominator's projects</em>: a project counts in the
 * numerator only if it matches both. A share therefore always lies in [0, 1].
 *
 * <p>With {@code "measure": "INVESTMENT"} each side adds up its projects' total investment
 * instead of counting them: for "主导产业项目投资额占比70%以上", 3 leading-industry projects of 20,
 * 30 and 40 亿元 among industrial projects of 150 亿元 in all give 90 ÷ 150 = 0.6.
 */
@Value.Immutable
@JsonSerialize(as = ShareDefinition.class)
@JsonDeserialize(as = ShareDefinition.class)
public abstract class AbstractShareDefinition {

  public abstract ProjectCriteria numerator();

  public abstract ProjectCriteria denominator();

  /** What each side adds up; absent means {@link ShareMeasure#COUNT}. */
  public abstract Optional<ShareMeasure> measure();

  /** The measure in force: the given one, or {@link ShareMeasure#COUNT}. */
  public ShareMeasure measureOrCount() {
    return measure().orElse(ShareMeasure.COUNT);
  }
}
