package org.planmetrics.api.cli;

import org.planmetrics.model.LocalizedText;

/**
 * The command line's own sentences that more than one command prints, in Chinese and English;
 * the help texts are beside their commands.
 */
final class PlanToolText {

  private PlanToolText() {}

  /** What a command says when this build cannot read or write Excel workbooks. */
  static final LocalizedText NO_WORKBOOKS = LocalizedText.of(
      "本版本尚不支持Excel工作簿(.xlsx);请改用CSV文件夹或JSON文件",
      "this build has no workbook (.xlsx) support yet; use a CSV folder or a JSON file instead");

  /** The exit codes, as every command's help ends. */
  static final String EXIT_CODES = """
      退出码 / Exit codes:
        0  所有“确保”目标均达标或进度正常 / every 确保 (ENSURE, binding) target met or on track
        1  有“确保”目标未达标或落后 / a binding target missed or behind
        2  输入有误(选项、文件、单元格),逐条列出 / bad input, every error listed
        3  无“确保”目标落后,但有的因缺数据无法评估 / none falls short, but one is not
           assessable (data missing)""";
}
