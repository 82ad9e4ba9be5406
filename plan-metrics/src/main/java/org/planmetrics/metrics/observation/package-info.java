/**
 * What happened, as a county system hands it over: the inputs of an assessment. {@link
 * org.planmetrics.metrics.observation.Observations} holds the statistical series, the project
 * ledger, peer figures, published ranks and the meeting log as of one date; {@link
 * org.planmetrics.metrics.observation.ObservationChecks} lists every problem they have for a plan,
 * each with its JSON Pointer. A builder started {@code from} a value replaces a key put again
 * ({@code ObservationStyle}).
 */
@ObservationStyle
package org.planmetrics.metrics.observation;
