/**
 * The REST facade: a Javalin 7 server offering the plans and the target assessments over HTTP,
 * with RFC 9457 problem responses and a hand-written OpenAPI 3.1 document. Start it with {@link
 * org.planmetrics.api.PlanServer}.
 */
package org.planmetrics.api;
