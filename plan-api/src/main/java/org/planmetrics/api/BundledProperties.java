package org.planmetrics.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * {@code plan-api.properties}, which Maven fills in at build time with the versions of the
 * webjars the pages load (Swagger UI, ECharts), so that their addresses follow the pom.
 */
final class BundledProperties {

  private BundledProperties() {}

  static Properties load() {
    Properties properties = new Properties();
    try {
      properties.load(new ByteArrayInputStream(BundledFiles.required("/plan-api.properties")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
