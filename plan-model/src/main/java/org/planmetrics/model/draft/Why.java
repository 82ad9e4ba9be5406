package org.planmetrics.model.draft;

import org.planmetrics.model.LocalizedText;

/** The reasons and readings the draft gives, Chinese first, each with its code. */
enum Why {
  DOCUMENT_NUMBER("document-number", "文号或编号,不是目标", "a document or index number, not a target"),
  DATE("date", "日期或年份,不是目标", "a date or a year, not a target"),
  PROGRAMME_NAME("programme-name", "引号、书名号中或“+”“·”连接的数是名称(如“1+N”“三个一”),不是目标",
      "a number in quotation marks or joined by + or · is a name (such as “1+N”), not a target"),
  ORDINAL("ordinal", "序数(第…),不是目标", "an ordinal (第…), not a target"),
  PAST_RESULT("past-result", "过去的实绩(去年、已完成或往年实现),不是目标",
      "a past result (last year, already done, or achieved in an earlier year), not a target"),
  MEETINGS_HELD("meetings-held", "已召开或举办的会议、活动次数,不是目标",
      "a count of meetings or events already held, not a target"),
  CADENCE("cadence", "会议、通报、培训的次数是工作频次,请在 cadences 中手工填写",
      "a number of meetings, bulletins or trainings is a cadence: write it under cadences by hand"),
  PERCENTAGE_POINTS("percentage-points", "“个百分点”是比率之差,尚无对应的目标种类",
      "percentage points are a difference of rates, a form the plan file cannot hold yet"),
  GROWTH_PERIOD("growth-period", "增长未写是每年还是整个期间,不作猜测",
      "the growth does not say whether it is each year or over the window; not guessed"),
  RATE("rate", "“…率”未写清从哪个阶段到哪个阶段、在什么期限内(如“签约项目当年开工率”),不作猜测",
      "the “…率” rate does not name both stages and the deadline (as 签约项目当年开工率 does);"
          + " not guessed"),
  PERFORMANCE_RATE("performance-rate",
      "“履约率”未写履约指什么(注册落地、开工,还是资金按合同到位),也未写期限;方案文件的阶段率(COHORT_RATE)"
          + "须写明一个到达阶段和“当年”或“次年”,台账也没有各合同约定的期限,不作猜测:请人工写成 COHORT_RATE 并加一条解读",
      "“履约率” does not say what performing the contract means (registering, starting, or paying"
          + " in as contracted) nor by when; a cohort rate (COHORT_RATE) needs one stage reached and"
          + " 当年 or 次年, and the ledger holds no contract's own deadlines; not guessed: write it by"
          + " hand as a COHORT_RATE with a reading"),
  TWO_STAGES("two-stages", "一个个数写了两个项目阶段(如“开工投产项目”),不知按哪个阶段计数,不作猜测",
      "a count names two project stages (such as 开工投产项目), so which stage it counts at is not"
          + " known; not guessed"),
  STRETCH_MISMATCH("stretch-mismatch",
      "“、力争”后的数不能作为前一“确保”目标的更高争取值(前面没有读出的目标,或指标、种类、单位不同,或并不更高),不作猜测",
      "the figure after “、力争” cannot be the stretch of the 确保 target before it (no target was"
          + " read there, or the subject, kind or unit differ, or it is not stricter); not guessed"),
  AMOUNT_PERIOD("amount-period", "金额未写“累计”“全年”“每年”或“一季度”,或为一个没有日期的攻坚期的数额,不作猜测",
      "the amount says none of 累计, 全年, 每年 or 一季度, or is for a campaign without dates;"
          + " not guessed"),
  STOCK_OR_SUM("stock-or-sum", "“累计…到某年”未写从哪年起算:可能是期间合计,也可能是到该年的存量总数,不作猜测",
      "“累计…” by a year does not say from when: it may be a total over the window or a running"
          + " total (a stock) at that year; not guessed"),
  COUNT_PERIOD("count-period", "个数未写“每年”或“累计”,也没有可沿用的期间,不作猜测",
      "the count says neither 每年 nor 累计 and no window is in force; not guessed"),
  COUNT_NOT_PROJECTS("count-not-projects", "计数的不是项目,也不是“到某年达到”的总数,尚无对应的目标种类",
      "the count is not of projects nor how many there are by a year (到…年达到), a form the plan"
          + " file cannot hold yet"),
  SUBJECT_MISSING("subject-missing", "找不到这个数所说的指标或项目", "no indicator or projects found for this number"),
  LIST_MISMATCH("list-mismatch", "“分别”前后的项数不一致", "the items before and after 分别 do not pair up"),
  NO_KIND("no-kind", "读不出这个数是哪种目标(增长、累计、个数、占比、方阵)",
      "cannot tell which kind of target this number is (growth, total, count, share, tier)"),
  BARE_NUMBER("bare-number", "没有单位的数,不是目标", "a number without a unit, not a target");

  private final String code;
  private final LocalizedText text;

  Why(String code, String zh, String en) {
    this.code = code;
    this.text = LocalizedText.of(zh, en);
  }

  String code() {
    return code;
  }

  LocalizedText text() {
    return text;
  }
}
