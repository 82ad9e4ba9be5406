package org.planmetrics.api.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.api.cli.Tool.run;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.planmetrics.api.ServerSettings;

/** One executable, several commands: serve by default, and help for every command. */
class PlanToolTest {

  @Test
  void withoutACommandTheJarServesWithItsDefaults() {
    Tool.Run run = run();
    assertThat(run.code()).isZero();
    assertThat(run.served()).singleElement().satisfies(settings -> {
      assertThat(settings.port()).isEqualTo(7070);
      assertThat(settings.planPaths()).isEmpty();
      assertThat(settings.maxBodyBytes())
          .isEqualTo(ServerSettings.defaults().maxBodyBytes());
    });
    assertThat(run.out() + run.err()).isEmpty();
  }

  @Test
  void theServersFlagsAndVariablesWorkWithAndWithoutServe() {
    Tool.Run flags = run("--port", "8080", "--plans", "a.json", "--plans", "dir");
    assertThat(flags.served()).singleElement().satisfies(settings -> {
      assertThat(settings.port()).isEqualTo(8080);
      assertThat(settings.planPaths()).containsExactly(Path.of("a.json"), Path.of("dir"));
    });
    Tool.Run serve = run(Map.of("PLAN_API_PORT", "9090", "PLAN_API_MAX_EVENTS", "7"),
        WorkbookSupport.NONE, "serve", "--port", "8081", "--port", "8082");
    assertThat(serve.served()).singleElement().satisfies(settings -> {
      assertThat(settings.port()).isEqualTo(8082);
      assertThat(settings.maxEvents()).isEqualTo(7);
    });
  }

  @Test
  void aBadServerFlagExitsTwoWithTheSettingsWordsAndServesNothing() {
    Tool.Run value = run("--port", "seventy");
    assertThat(value.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(value.served()).isEmpty();
    assertThat(value.err()).contains("'--port' must be a whole number but was 'seventy'");
    Tool.Run variable = run(Map.of("PLAN_API_MAX_BODY_BYTES", "0"), WorkbookSupport.NONE);
    assertThat(variable.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(variable.err()).contains("'PLAN_API_MAX_BODY_BYTES' must be between 1");
    Tool.Run unknown = run("--colour", "red");
    assertThat(unknown.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(unknown.err()).contains("未知选项 '--colour'", "plan-metrics serve --help");
  }

  @ParameterizedTest
  @ValueSource(strings = {"serve", "score", "template", "check-plan", "ranking", "bulletin"})
  void everyCommandHasHelpWithExamplesInBothLanguagesAndItsExitCodes(String command) {
    Tool.Run run = run(command, "--help");
    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("用法 / Usage: plan-metrics " + command)
        .contains("示例 / Examples:", "退出码 / Exit codes:", "--lang=zh|en", "--help")
        .containsPattern("\\p{IsHan}")
        .containsPattern("[A-Za-z]{4,} [a-z]{3,}");
    assertThat(run.out()).doesNotContain("Java", "Exception", "picocli");
    assertThat(run(command, "-h").out()).isEqualTo(run.out());
    assertThat(run("help", command).out()).isEqualTo(run.out());
  }

  @Test
  void theToolsHelpListsEveryCommandAndTheExitCodes() {
    Tool.Run run = run("--help");
    // Even picocli's own help command is described in both languages.
    assertThat(run.out()).contains("help        显示某个命令的帮助").doesNotContain("Display help");
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("用法 / Usage: plan-metrics [-h] [COMMAND]")
        .contains("  serve ", "  score ", "  template ", "  check-plan ", "  ranking ",
            "  bulletin ", "0  所有“确保”目标均达标或进度正常", "1  有“确保”目标未达标或落后",
            "2  输入有误", "3  无“确保”目标落后,但有的因缺数据无法评估", "70  工具自身出错");
    assertThat(run.served()).isEmpty();
  }

  @Test
  void aCommandsOwnHelpShowsItsOptions() {
    assertThat(run("score", "--help").out()).contains("--as-of=YYYY-MM-DD",
        "--format=table|json|csv|xlsx|markdown", "--plan=PATH", "-o, --output=FILE",
        "OBSERVATIONS");
    assertThat(run("serve", "--help").out()).contains("--port=N", "PLAN_API_PORT",
        "--max-plan-file-bytes=N", "--shutdown-grace=S");
    assertThat(run("ranking", "--help").out()).contains("--month=YYYY-MM");
    assertThat(run("bulletin", "--help").out()).contains("--week=YYYY-Www");
  }
}
