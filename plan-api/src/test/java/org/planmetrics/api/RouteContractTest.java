package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The routes Javalin registers and the operations the OpenAPI document describes are the same
 * set, both ways. HEAD (each GET's handler, answering as the GET does) and OPTIONS, webjar and
 * static handlers and the page at {@code /} with its files (a client of the API, not part of it)
 * are not API operations and are left out.
 */
class RouteContractTest {

  private static Set<String> registeredRoutes() {
    Javalin app = PlanApi.create(PlanCatalog.bundled(),
        ServerSettings.defaults().withCorsOrigins(java.util.List.of("https://county.example")));
    Set<String> routes = new TreeSet<>();
    for (ParsedEndpoint parsed : app.unsafe.internalRouter.allHttpHandlers()) {
      HandlerType method = parsed.endpoint.method;
      String path = parsed.endpoint.path;
      if (method == HandlerType.HEAD || method == HandlerType.OPTIONS
          || path.startsWith("/webjars") || path.equals("*") || path.equals("/*")
          || path.equals("/") || path.startsWith("/page/") || path.startsWith("/docs/")) {
        continue;
      }
      routes.add(method.name() + " " + path);
    }
    return routes;
  }

  @Test
  void theRoutesAndTheDocumentsOperationsAreTheSameTwentyFour() {
    // With GET /api/v1/plans/{planId}/readings, the choices the plan file makes, the team,
    // project and bulletin reports, the observations template (.xlsx), POST
    // /api/v1/plan-drafts, a draft plan file from a plan's text, and POST
    // /api/v1/plans/{planId}/quotas/report, the units' quotas.
    assertThat(registeredRoutes()).hasSize(24)
        .isEqualTo(new TreeSet<>(OpenApiContract.load().operations()));
  }
}
