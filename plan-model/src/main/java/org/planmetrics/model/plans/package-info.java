/**
 * The plans shipped with the library, for example {@link
 * org.planmetrics.model.plans.BundledPlans#gongqingcheng2022()}, and their plan files.
 */
package org.planmetrics.model.plans;
