/** The REST facade: Javalin routes over plan-model and plan-metrics. */
package org.planmetrics.api;
