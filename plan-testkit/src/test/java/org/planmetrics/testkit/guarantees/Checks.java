package org.planmetrics.testkit.guarantees;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.planmetrics.testkit.Guarantee;

/**
 * The promise of {@link Guarantee} that a property test checks, for example {@code
 * @Checks(Guarantee.GROWTH_INVERTS_COMPOUNDING)}. {@link GuaranteeListTest} holds every promise
 * to a test and the README's table to both.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Checks {

  Guarantee value();
}
