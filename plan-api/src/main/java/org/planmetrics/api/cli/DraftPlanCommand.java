package org.planmetrics.api.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.planmetrics.model.Language;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.ResponsibilityRole;
import org.planmetrics.model.draft.DraftField;
import org.planmetrics.model.draft.DraftTarget;
import org.planmetrics.model.draft.NotRead;
import org.planmetrics.model.draft.PlanDraft;
import org.planmetrics.model.draft.PlanDrafts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code plan-metrics draft-plan PLAN.txt [--out DRAFT.json]}: reads a plan's own text (UTF-8,
 * simplified or traditional script) and writes a first draft of its plan file, then prints what
 * it read: each target with its readings, and every sentence with a number it did not read.
 * Exits with 0 when the draft is written, 2 for a file that cannot be read.
 */
@Command(name = "draft-plan", sortOptions = false,
    synopsisHeading = "用法 / Usage: ",
    descriptionHeading = "%n", parameterListHeading = "%n", optionListHeading = "%n选项 / Options:%n",
    description = {
        "从方案原文起草方案文件:读出量化目标、责任单位,列出未读的含数字句子。",
        "Drafts a plan file from a plan's own text: the quantitative targets, the responsible",
        "units, and every sentence with a number that was not read."},
    footerHeading = "%n示例 / Examples:%n",
    footer = {
        "  plan-metrics draft-plan my-county-plan.txt --out my-county-draft.json",
        "  plan-metrics draft-plan --lang en my-county-plan.txt",
        "",
        "退出码 / Exit codes: 0 已写出草稿 / the draft is written; 2 文件无法读取 / the file cannot be read"})
final class DraftPlanCommand implements Callable<Integer> {

  /** A plan's text is a few dozen KB; anything past this is not a plan. */
  static final long MAX_BYTES = 4L << 20;

  private final ToolContext context;

  @Parameters(index = "0", paramLabel = "PLAN.txt", description = {
      "方案原文,UTF-8纯文本 / the plan's text, UTF-8 plain text"})
  Path input;

  @Option(names = {"-o", "--out"}, paramLabel = "DRAFT.json", description = {
      "草稿写到此文件,默认为原文旁的 NAME.draft.json / where to write the draft; by default"
          + " NAME.draft.json next to the text"})
  Path out;

  @Mixin
  LanguageOption language;

  @Option(names = {"-h", "--help"}, usageHelp = true, order = 101,
      description = "显示本帮助 / show this help")
  boolean help;

  DraftPlanCommand(ToolContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    Problems problems = new Problems();
    Optional<Language> chosen = language.language(problems);
    if (chosen.isEmpty()) {
      return problems.print(context.err(), Language.ZH, "draft-plan");
    }
    Language lang = chosen.get();
    Optional<String> text = readText(lang);
    if (text.isEmpty()) {
      return ExitCodes.BAD_INPUT;
    }
    PlanDraft draft = PlanDrafts.draft(text.get());
    Path target = out != null ? out : defaultOut(input);
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Files.writeString(target, json.writeValueAsString(draft.draftPlan()) + "\n",
        StandardCharsets.UTF_8);
    report(draft, target, lang, context.out());
    return ExitCodes.OK;
  }

  static Path defaultOut(Path input) {
    String name = input.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    Path folder = input.toAbsolutePath().getParent();
    return folder.resolve(name + ".draft.json");
  }

  private Optional<String> readText(Language lang) {
    try {
      if (Files.size(input) > MAX_BYTES) {
        return fail(lang, LocalizedText.of("文件 " + input + " 超过4 MiB,不像方案原文",
            "file " + input + " is larger than 4 MiB, which no plan's text is"));
      }
      byte[] bytes = Files.readAllBytes(input);
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString().replaceFirst("^\uFEFF", ""));
    } catch (NoSuchFileException e) {
      return fail(lang, LocalizedText.of("文件 " + input + " 不存在", "file " + input
          + " does not exist"));
    } catch (CharacterCodingException e) {
      return fail(lang, LocalizedText.of("文件 " + input + " 不是UTF-8文本;请另存为“UTF-8”后重试",
          "file " + input + " is not UTF-8 text; save it as UTF-8 and try again"));
    } catch (IOException e) {
      return fail(lang, LocalizedText.of("无法读取文件 " + input + ":" + e.getMessage(),
          "cannot read file " + input + ": " + e.getMessage()));
    }
  }

  private Optional<String> fail(Language lang, LocalizedText problem) {
    Problems.one(context.err(), lang, problem);
    return Optional.empty();
  }

  /** What the draft read, for a person to check: targets, readings, and what was not read. */
  static void report(PlanDraft draft, Path written, Language lang, PrintStream out) {
    boolean en = lang == Language.EN;
    long lists = draft.responsibilities().stream()
        .filter(r -> r.role() == ResponsibilityRole.RESPONSIBLE)
        .map(r -> r.clause()).distinct().count();
    out.println(en
        ? "Read " + draft.targets().size() + " targets, " + lists + " lists of responsible units; "
            + draft.notRead().size() + " sentences with numbers not read"
        : "读出" + draft.targets().size() + "个目标、" + lists + "处责任单位名单;"
            + draft.notRead().size() + "处含数字的句子未读");
    out.println();
    out.println(en ? "Targets:" : "目标:");
    int n = 0;
    for (DraftTarget t : draft.targets()) {
      n++;
      out.println("  " + n + ". [" + t.clause() + "] " + t.text());
      out.println("     " + (en ? "indicator as written: " : "指标(原文):") + t.indicatorAsWritten()
          + "  " + t.kind() + " " + t.operator().symbol() + " " + t.thresholdValue().toPlainString()
          + " " + t.unit() + "  " + t.commitment()
          + t.period().map(p -> (en ? "  period: " : "  期间:") + p).orElse(""));
      for (DraftField f : t.fields()) {
        f.reading().ifPresent(r -> out.println("     " + (en ? "reading (" : "解读(") + f.field()
            + (en ? "): " : "):") + r.in(lang)));
      }
    }
    out.println();
    out.println(en ? "Not read (a person decides):" : "未读(须人工判断):");
    for (NotRead r : draft.notRead()) {
      out.println("  [" + (r.clause().isEmpty() ? "—" : r.clause()) + "] " + shorten(r.text())
          + "  (" + r.reason() + ") " + r.why().in(lang));
    }
    out.println();
    out.println(en
        ? "Draft written to " + written + "; fill in every value starting “" + PlanDrafts.TO_FILL
            .strip() + "”, then run check-plan on it"
        : "草稿已写到 " + written + ";以“" + PlanDrafts.TO_FILL.strip()
            + "”开头的值须人工填写,然后用 check-plan 检查");
  }

  private static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }
}
