package org.planmetrics.api.page;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The two things every browser test class needs, started once before its tests and closed after
 * them: a headless Chromium and the server on a free port.
 *
 * <pre>{@code
 * @RegisterExtension static final BrowserTestSetup PAGE = new BrowserTestSetup();
 * ... PAGE.chromium().open(PAGE.server().url("/")) ...
 * }</pre>
 */
public final class BrowserTestSetup implements BeforeAllCallback, AfterAllCallback {

  private Chromium chromium;
  private PlanApiServer server;

  /** The browser first: without one, the class is skipped, or fails under CI, at once. */
  @Override
  public void beforeAll(ExtensionContext context) {
    chromium = Chromium.start();
    server = PlanApiServer.start();
  }

  /** Closes both, whatever the other does. */
  @Override
  public void afterAll(ExtensionContext context) {
    try {
      if (chromium != null) {
        chromium.close();
      }
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  public Chromium chromium() {
    return chromium;
  }

  public PlanApiServer server() {
    return server;
  }
}
