/**
 * The REST facade: a Javalin 7 server offering the plans and the target assessments over HTTP,
 * with RFC 9457 problem responses and a hand-written OpenAPI 3.1 document. Start it with {@link
 * org.planmetrics.api.PlanServer}; {@link org.planmetrics.api.PlanApi#create} wires the
 * application, whose work is done by one package-private class per job: the routes ({@code
 * PlanRoutes}, {@code AssessmentRoutes}, {@code CalculatorRoutes}, {@code ApiDocs}), reading a
 * body ({@code ObservationsReader}, {@code ReadLimits}), turning failures into problems ({@code
 * BodyProblems}, {@code ProblemResponses}, {@code ProblemBody}) and Jetty's limits ({@code
 * RequestBodyGate}, {@code ProblemErrorHandler}). Excel in and out (the observations template,
 * reading a filled one, the scorecard as a workbook) is {@link org.planmetrics.api.workbook},
 * which knows nothing of HTTP.
 */
package org.planmetrics.api;
