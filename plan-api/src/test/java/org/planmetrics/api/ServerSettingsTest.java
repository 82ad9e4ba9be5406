package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerSettingsTest {

  @Test
  void defaultsServeOnPort7070WithOneMebibyteBodiesAndNoCors() {
    ServerSettings settings = ServerSettings.from(new String[0], Map.of());
    assertThat(settings.port()).isEqualTo(7070);
    assertThat(settings.maxBodyBytes()).isEqualTo(1_048_576);
    assertThat(settings.maxProjects()).isEqualTo(10_000);
    assertThat(settings.maxEvents()).isEqualTo(10_000);
    assertThat(settings.corsOrigins()).isEmpty();
    assertThat(settings.planPaths()).isEmpty();
    assertThat(settings.responseCacheBytes()).isEqualTo(16 * 1_048_576);
    assertThat(settings.maxConcurrentAssessments())
        .isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(settings.maxPlanFileBytes()).isEqualTo(4 * 1_048_576);
    assertThat(settings.maxInFlightBytes()).isEqualTo(32 * 1_048_576);
    assertThat(settings.bodyTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.idleTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.shutdownGrace()).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void theBodyBoundsAndTheGraceAreReadFromFlagsAndVariables() {
    ServerSettings settings = ServerSettings.from(
        new String[] {"--max-in-flight-bytes", "4194304", "--body-timeout", "5"},
        Map.of("PLAN_API_BODY_TIMEOUT", "99", "PLAN_API_IDLE_TIMEOUT", "3",
            "PLAN_API_SHUTDOWN_GRACE", "0"));
    assertThat(settings.maxInFlightBytes()).isEqualTo(4_194_304);
    assertThat(settings.bodyTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(settings.idleTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(settings.shutdownGrace()).isZero();
  }

  @Test
  void theInFlightBudgetMustHoldTwoCopiesOfTheLargestBody() {
    assertThat(ServerSettings.from(new String[] {"--max-in-flight-bytes", "2097152"}, Map.of())
        .maxInFlightBytes()).isEqualTo(2_097_152);
    assertThatThrownBy(() -> ServerSettings.from(
        new String[] {"--max-in-flight-bytes", "2097151"}, Map.of()))
        .hasMessageContaining("--max-in-flight-bytes").hasMessageContaining("2097152")
        .hasMessageContaining("2097151");
    assertThatThrownBy(() -> ServerSettings.from(new String[] {"--body-timeout", "0"}, Map.of()))
        .hasMessageContaining("--body-timeout").hasMessageContaining("between 1 and 3600");
  }

  @Test
  void aHeapUnderTwiceTheBudgetAndTheCacheIsWarnedAbout() {
    ServerSettings defaults = ServerSettings.defaults();
    // 32 MiB of bodies and 16 MiB of cache: 48 MiB, which fits in half of 128 MiB but not of 64.
    assertThat(PlanServer.warnIfHeapIsSmall(defaults, 128L << 20)).isFalse();
    assertThat(PlanServer.warnIfHeapIsSmall(defaults, 64L << 20)).isTrue();
    assertThat(PlanServer.warnIfHeapIsSmall(defaults, 96L << 20)).isFalse();
    assertThat(PlanServer.warnIfHeapIsSmall(defaults, (96L << 20) - 2)).isTrue();
  }

  @Test
  void flagsWinOverEnvironmentVariables() {
    ServerSettings settings = ServerSettings.from(
        new String[] {"--port", "8080", "--plans", "a.json", "--plans", "dir",
            "--cors-origin", "https://x.example", "--response-cache-bytes", "0",
            "--max-concurrent-assessments", "3", "--max-plan-file-bytes", "65536"},
        Map.of("PLAN_API_PORT", "9090", "PLAN_API_PLANS", "b.json",
            "PLAN_API_MAX_PROJECTS", "50", "PLAN_API_CORS_ORIGINS", "https://y.example",
            "PLAN_API_RESPONSE_CACHE_BYTES", "1000", "PLAN_API_MAX_CONCURRENT_ASSESSMENTS", "9",
            "PLAN_API_MAX_PLAN_FILE_BYTES", "1000"));
    assertThat(settings.port()).isEqualTo(8080);
    assertThat(settings.planPaths()).containsExactly(Path.of("a.json"), Path.of("dir"));
    assertThat(settings.maxProjects()).isEqualTo(50);
    assertThat(settings.corsOrigins()).containsExactly("https://x.example");
    assertThat(settings.responseCacheBytes()).isZero();
    assertThat(settings.maxConcurrentAssessments()).isEqualTo(3);
    assertThat(settings.maxPlanFileBytes()).isEqualTo(65_536);
  }

  @Test
  void environmentVariablesFillWhatFlagsLeaveOut() {
    ServerSettings settings = ServerSettings.from(new String[0], Map.of(
        "PLAN_API_PORT", "9090", "PLAN_API_PLANS", "a.json:b.json",
        "PLAN_API_MAX_BODY_BYTES", "2048", "PLAN_API_MAX_EVENTS", "7",
        "PLAN_API_CORS_ORIGINS", "https://a.example, https://b.example",
        "PLAN_API_RESPONSE_CACHE_BYTES", "65536", "PLAN_API_MAX_CONCURRENT_ASSESSMENTS", "5",
        "PLAN_API_MAX_PLAN_FILE_BYTES", "2048"));
    assertThat(settings.port()).isEqualTo(9090);
    assertThat(settings.planPaths()).containsExactly(Path.of("a.json"), Path.of("b.json"));
    assertThat(settings.maxBodyBytes()).isEqualTo(2048);
    assertThat(settings.maxEvents()).isEqualTo(7);
    assertThat(settings.corsOrigins()).containsExactly("https://a.example", "https://b.example");
    assertThat(settings.responseCacheBytes()).isEqualTo(65_536);
    assertThat(settings.maxConcurrentAssessments()).isEqualTo(5);
    assertThat(settings.maxPlanFileBytes()).isEqualTo(2048);
  }

  @Test
  void aBadValueIsRefusedNamingTheOptionAndTheValue() {
    assertThatThrownBy(() -> ServerSettings.from(new String[] {"--port", "seventy"}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--port").hasMessageContaining("seventy");
    assertThatThrownBy(() -> ServerSettings.from(new String[] {"--port", "70000"}, Map.of()))
        .hasMessageContaining("between 0 and 65535").hasMessageContaining("70000");
    assertThatThrownBy(() -> ServerSettings.from(new String[0],
        Map.of("PLAN_API_MAX_BODY_BYTES", "0")))
        .hasMessageContaining("PLAN_API_MAX_BODY_BYTES").hasMessageContaining("0");
    assertThatThrownBy(() -> ServerSettings.from(new String[] {"--colour", "red"}, Map.of()))
        .hasMessageContaining("--colour").hasMessageContaining("Usage");
    assertThatThrownBy(() -> ServerSettings.from(new String[] {"--port"}, Map.of()))
        .hasMessageContaining("--port");
    assertThatThrownBy(() -> ServerSettings.from(new String[] {"--response-cache-bytes", "-1"},
        Map.of())).hasMessageContaining("--response-cache-bytes")
        .hasMessageContaining("between 0 and").hasMessageContaining("-1");
    assertThatThrownBy(() -> ServerSettings.from(new String[0],
        Map.of("PLAN_API_MAX_CONCURRENT_ASSESSMENTS", "0")))
        .hasMessageContaining("PLAN_API_MAX_CONCURRENT_ASSESSMENTS")
        .hasMessageContaining("between 1 and 10000").hasMessageContaining("was 0");
    assertThatThrownBy(() -> ServerSettings.from(
        new String[] {"--max-concurrent-assessments", "10001"}, Map.of()))
        .hasMessageContaining("--max-concurrent-assessments").hasMessageContaining("was 10001");
  }

  @Test
  void thePlanFileLimitIsFromOneByteToOneGibibyte() {
    assertThat(ServerSettings.from(new String[] {"--max-plan-file-bytes", "1"}, Map.of())
        .maxPlanFileBytes()).isEqualTo(1);
    assertThat(ServerSettings.from(new String[0],
        Map.of("PLAN_API_MAX_PLAN_FILE_BYTES", "1073741824")).maxPlanFileBytes())
        .isEqualTo(1L << 30);
    assertThatThrownBy(() -> ServerSettings.from(new String[] {"--max-plan-file-bytes", "0"},
        Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'--max-plan-file-bytes' must be between 1 and 1073741824 but was 0");
    assertThatThrownBy(() -> ServerSettings.from(new String[0],
        Map.of("PLAN_API_MAX_PLAN_FILE_BYTES", "1073741825")))
        .hasMessage("'PLAN_API_MAX_PLAN_FILE_BYTES' must be between 1 and 1073741824"
            + " but was 1073741825");
    assertThatThrownBy(() -> ServerSettings.from(new String[] {"--max-plan-file-bytes", "4MB"},
        Map.of()))
        .hasMessage("'--max-plan-file-bytes' must be a whole number but was '4MB'");
    assertThatThrownBy(() -> ServerSettings.defaults().withMaxPlanFileBytes(0))
        .hasMessage("'maxPlanFileBytes' must be between 1 and 1073741824 but was 0");
  }

  @Test
  void aRepeatedFlagMustBeValidEachTimeAndTheLastWins() {
    assertThat(ServerSettings.from(new String[] {"--port", "8080", "--port", "9090"}, Map.of())
        .port()).isEqualTo(9090);
    assertThatThrownBy(() -> ServerSettings.from(
        new String[] {"--port", "seventy", "--port", "80"}, Map.of()))
        .hasMessageContaining("--port").hasMessageContaining("seventy");
    // A bad flag is reported before a bad variable, whatever the settings' order.
    assertThatThrownBy(() -> ServerSettings.from(new String[] {"--max-events", "x"},
        Map.of("PLAN_API_PORT", "y")))
        .hasMessageContaining("--max-events").hasMessageNotContaining("PLAN_API_PORT");
  }

  @Test
  void withersChangeOnlyTheirOwnField() {
    ServerSettings base = ServerSettings.defaults();
    ServerSettings changed = base.withPort(0).withLimits(10, 2, 3)
        .withCorsOrigins(List.of("*")).withResponseCacheBytes(4096)
        .withMaxConcurrentAssessments(7).withMaxPlanFileBytes(4096);
    assertThat(changed.port()).isZero();
    assertThat(changed.maxBodyBytes()).isEqualTo(10);
    assertThat(changed.maxProjects()).isEqualTo(2);
    assertThat(changed.maxEvents()).isEqualTo(3);
    assertThat(changed.corsOrigins()).containsExactly("*");
    assertThat(changed.responseCacheBytes()).isEqualTo(4096);
    assertThat(changed.maxConcurrentAssessments()).isEqualTo(7);
    assertThat(changed.maxPlanFileBytes()).isEqualTo(4096);
    assertThat(changed.withPort(1).maxConcurrentAssessments()).isEqualTo(7);
    assertThat(changed.withResponseCacheBytes(0).withLimits(1, 1, 1).withCorsOrigins(List.of())
        .withMaxConcurrentAssessments(1).maxPlanFileBytes()).isEqualTo(4096);
    assertThat(base.port()).isEqualTo(7070);
    assertThat(base.responseCacheBytes()).isEqualTo(16 * 1_048_576);
  }
}
