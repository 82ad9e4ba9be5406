// One chart per target, drawn with Apache ECharts from the assessment the API returned: the
// cumulative total against the time-paced path (序时进度), each year's growth or count against
// the threshold, the share's numerators and denominators (projects, or their amounts), the
// county's ranks among its peers, each period's amount against its own pace, a level by year,
// the path of an average growth, each cohort's rate. The threshold is drawn as a line: a ceiling
// as a maximum (上限), 左右 as the written figure beside the floor it is judged by, and a stretch
// figure as a second line (力争). Nothing is computed here that the status depends on; the
// charts only draw the API's figures.

import {word} from "./words.js";
import {decimal, percent, plain, plainPercent, unitName} from "./format.js";

const drawn = new Set();

/**
 * Resolves once ECharts has loaded: its script is async, so that it loads while the page asks
 * the API for the data. If it fails to load, the cards are shown without charts.
 */
export function chartsReady() {
  return new Promise((resolve) => {
    // Not an id of "echarts": a browser makes an element's id a property of window, and
    // window.echarts would then be the script element until the script has run.
    const script = document.getElementById("echarts-script");
    if (loaded() || !script) {
      resolve();
      return;
    }
    script.addEventListener("load", () => resolve());
    script.addEventListener("error", () => resolve());
  });
}

function loaded() {
  return Boolean(window.echarts && typeof window.echarts.init === "function");
}

/** Disposes every chart drawn so far (before the results are drawn again). */
export function disposeCharts() {
  drawn.forEach((chart) => chart.dispose());
  drawn.clear();
}

/** Redraws every chart at its container's size (the print layout is narrower). */
export function resizeCharts() {
  drawn.forEach((chart) => chart.resize());
}

/** The CSS colour of a status, so that the charts and the cards share one palette. */
function colour(name) {
  return getComputedStyle(document.documentElement).getPropertyValue(`--${name}`).trim();
}

/**
 * The title of the chart for {@code assessment} of {@code target} (the plan's), or null when its
 * kind has no chart.
 */
export function chartTitle(assessment, target, language) {
  const cumulative = inOnePeriod(target) ? "chartPeriod"
      : (isCeiling(assessment) ? "chartCeiling" : "chartCumulative");
  const key = {
    CUMULATIVE_AMOUNT: cumulative,
    CUMULATIVE_COUNT: cumulative,
    ANNUAL_GROWTH: "chartGrowth",
    ANNUAL_COUNT: "chartCount",
    SHARE: {INVESTMENT: "chartShareInvestment", PAID_IN: "chartSharePaidIn"}[measure(target)]
        || "chartShare",
    FIRST_TIER_RANK: "chartRanks",
    PERIOD_AMOUNT: "chartPeriod",
    LEVEL: "chartLevel",
    AVERAGE_GROWTH: "chartAverageGrowth",
  }[assessment.kind];
  if (assessment.kind === "COHORT_RATE" && target.cohort && target.reached) {
    return word(language, "chartCohort")(stage(language, target.cohort.stage),
        word(language, "within")[target.reached.within], stage(language, target.reached.stage));
  }
  return key ? word(language, key) : null;
}

/** A cumulative target over a campaign's own dates: one figure for one period, not a path. */
function inOnePeriod(target) {
  return Boolean(target.period && target.period.kind === "DATES");
}

/** 不超过, 以内, 低于: the line is a maximum and there is no pace to keep up with. */
function isCeiling(a) {
  return a.kind !== "FIRST_TIER_RANK" && (a.operator === "AT_MOST" || a.operator === "LESS_THAN");
}

function measure(target) {
  return (target.share && target.share.measure) || "COUNT";
}

/**
 * A stage's word (签约, 开工 ...); none for a cohort that names no stage (it counts at the plan's
 * own stage, which the title then leaves unsaid rather than guess).
 */
function stage(language, name) {
  return word(language, "stages")[name] || "";
}

/**
 * Draws the chart of {@code assessment} of {@code target} into {@code container}; returns false
 * when there is nothing to draw (no figures yet), so the card can leave the space out.
 */
export function drawChart(container, assessment, target, scorecard, language) {
  const option = optionFor(assessment, target, scorecard, language);
  if (!option || !loaded()) {
    return false;
  }
  const chart = window.echarts.init(container, null, {renderer: "canvas"});
  chart.setOption({
    animation: false,
    textStyle: {fontFamily: "Noto Sans CJK SC, Noto Sans SC, Microsoft YaHei, sans-serif"},
    grid: {left: 48, right: 30, top: 36, bottom: 28},
    legend: {top: 0, itemWidth: 14, itemHeight: 8, textStyle: {fontSize: 11}},
    tooltip: {trigger: "axis"},
    ...option,
  });
  drawn.add(chart);
  return true;
}

function optionFor(a, target, scorecard, language) {
  const years = (a.years || []).filter((y) => y.actual);
  switch (a.kind) {
    case "CUMULATIVE_AMOUNT":
    case "CUMULATIVE_COUNT":
      if (inOnePeriod(target)) {
        return a.actual ? periods(a, target, [{...a, year: null}], language) : null;
      }
      return years.length ? cumulative(a, years, scorecard, language) : null;
    case "PERIOD_AMOUNT":
      return years.length ? periods(a, target, years, language) : null;
    case "ANNUAL_GROWTH":
      return (a.years || []).length ? perYear(a, language, word(language, "seriesGrowth")) : null;
    case "ANNUAL_COUNT":
      return (a.years || []).length ? perYear(a, language, word(language, "seriesCount")) : null;
    case "COHORT_RATE":
      return years.length ? perYear(a, language, word(language, "seriesCohort")(
          word(language, "within")[target.reached.within], stage(language, target.reached.stage)),
          (y) => `(${y.numerator}/${y.denominator})`) : null;
    case "LEVEL":
      return years.length ? level(a, target, years[0], scorecard, language) : null;
    case "AVERAGE_GROWTH":
      if (!years.length) {
        return null;
      }
      return a.required && a.required.baseValue
          ? growthPath(a, years[years.length - 1], scorecard, language)
          : perYear(a, language, word(language, "seriesAverageGrowth"));
    case "SHARE":
      if (measure(target) !== "COUNT") {
        return years.some((y) => y.denominatorAmount) ? amounts(a, target, years, language)
            : null;
      }
      return years.some((y) => y.denominator !== undefined) ? share(a, years, language) : null;
    case "FIRST_TIER_RANK":
      return years.some((y) => y.ranks) ? ranks(a, years, language) : null;
    default:
      return null;
  }
}

/** A figure as the card writes it: rates as percentages, counts whole, amounts to 0.01. */
function shownAs(unit) {
  if (unit === "RATIO") {
    return (v) => percent(v);
  }
  return unit === "COUNT" ? (v) => decimal(v, 0) : (v) => decimal(v, 2);
}

/** No figure: a year still pending, or a period with nothing due. */
function missing(v) {
  return v === null || v === undefined;
}

/** A bar's or point's label above it, empty where there is no figure. */
function topLabel(show) {
  return {show: true, position: "top", fontSize: 10,
    formatter: (p) => (missing(p.value) ? "" : show(p.value))};
}

/** The tooltip of a category chart: each series' figure, a dash where there is none. */
function tooltipOf(show) {
  return {trigger: "axis", valueFormatter: (v) => (missing(v) ? "—" : show(v))};
}

/** The years from {@code first} to {@code last}, both included. */
function yearsFrom(first, last) {
  return Array.from({length: last - first + 1}, (_, i) => first + i);
}

/** A threshold's figure as the plan writes it (8%, 30, 6), for the lines' labels. */
function written(q) {
  return q.unit === "RATIO" ? plainPercent(q.value) : plain(q.value);
}

/**
 * The lines of the target: the binding threshold (目标, or 上限 for a ceiling); for 左右 the
 * written figure too, beside the floor it is judged by; and a stretch figure (力争) as a second,
 * dashed line. Each line is labelled with its figure as the plan writes it.
 */
function thresholdLines(a, language) {
  const line = (value, label, colourName, type, position) => ({yAxis: value,
    lineStyle: {color: colour(colourName), type},
    label: {formatter: label, position, fontSize: 10}});
  const binding = written(a.threshold);
  const lines = [];
  if (a.approximately) {
    // Both labels at the right end, the floor's below its line and the written figure's above
    // its own: there the period under way, drawn last, is usually the lowest bar.
    lines.push(line(a.threshold.value, word(language, "lineFloor")(binding), "missed", "solid",
        "insideEndBottom"));
    lines.push(line(a.approximately.written.value,
        word(language, "lineWritten")(written(a.approximately.written)), "ink-soft", "dashed",
        "insideEndTop"));
  } else {
    lines.push(line(a.threshold.value, word(language, isCeiling(a) ? "lineCeiling" : "lineTarget")(
        binding), "missed", "solid", "insideEndTop"));
  }
  if (a.stretch) {
    lines.push(line(a.stretch.threshold.value,
        word(language, "lineStretch")(written(a.stretch.threshold)), "behind-ink", "dashed",
        "insideStartTop"));
  }
  return {symbol: "none", silent: true, data: lines};
}

/** The figures of the target's lines: the threshold, the written 左右 figure, the stretch. */
function lineValues(a) {
  return [a.threshold, a.approximately && a.approximately.written,
    a.stretch && a.stretch.threshold].filter(Boolean).map((q) => q.value);
}

/**
 * The axis's top when a line of the target is above every figure (a stretch, a target not yet
 * near): ECharts scales a value axis to the series' figures, and the line would fall off the
 * chart. Otherwise nothing, so the axis keeps ECharts' own round steps.
 */
function lineTop(a, figures) {
  const top = Math.max(...lineValues(a));
  const highest = Math.max(0, ...figures.filter((v) => v !== null && v !== undefined));
  return top > highest ? {max: top} : {};
}

/**
 * Each period's amount (a year, a quarter, or a campaign's dates) as a bar in its status colour,
 * against the target's lines; for the period under way, the amount due by now (序时进度: the
 * target × months gone ÷ months in the period) as a grey bar beside it.
 */
function periods(a, target, entries, language) {
  const show = shownAs(a.threshold.unit);
  const last = entries[entries.length - 1];
  const underWay = (e) => e === last && a.pace && a.pace.timeProgress < 1 && !isCeiling(a);
  // Only a period under way has an amount due by now; when all are over, no such series.
  const pace = underWay(last) ? [{name: word(language, "seriesPace"), type: "bar",
    barMaxWidth: 36, itemStyle: {color: colour("ink-soft")},
    data: entries.map((e) => underWay(e)
        ? Number((a.threshold.value * a.pace.timeProgress).toFixed(6)) : null),
    label: topLabel(show)}] : [];
  return {
    xAxis: {type: "category", data: entries.map((e) => periodName(target, e, language)),
      axisLabel: {fontSize: 10, interval: 0}},
    yAxis: {type: "value", min: 0, axisLabel: {fontSize: 10},
      ...lineTop(a, entries.map((e) => e.actual.value))},
    tooltip: tooltipOf(show),
    series: [
      {name: word(language, "seriesDone"), type: "bar", barMaxWidth: 36,
        data: entries.map((e) => ({value: e.actual.value,
          itemStyle: {color: colour(statusColour(e.status))}})),
        label: topLabel(show), markLine: thresholdLines(a, language)},
      ...pace,
    ],
  };
}

/** A period as an official names it: 2026年1—6月, 2026年一季度, 百日攻坚(2025-04-01至07-09). */
function periodName(target, entry, language) {
  const period = target.period || {kind: "YEAR"};
  if (period.kind === "DATES") {
    return word(language, "campaign")(period.name ? period.name[language] : "", period.from,
        period.to);
  }
  if (period.kind === "QUARTER") {
    return word(language, "quarterOf")(entry.year, period.quarter);
  }
  return word(language, "yearsThrough")(entry.year, entry.throughMonth || 12);
}

/**
 * A level: the window's years, the latest figure the API judged by at its own year, and the
 * target's line; the year the level is due is named on the axis (目标年).
 */
function level(a, target, figure, scorecard, language) {
  const show = shownAs(a.threshold.unit);
  const due = (target.period && target.period.year) || scorecard.window.endYear;
  const years = yearsFrom(scorecard.window.startYear, Math.max(due, figure.year));
  return {
    xAxis: {type: "category", axisLabel: {fontSize: 10, interval: 0},
      data: years.map((y) => (y === figure.year
          ? word(language, "yearsThrough")(y, figure.throughMonth || 12) : `${y}`)
          + (y === due ? word(language, "dueYear") : ""))},
    yAxis: {type: "value", ...lineTop(a, [figure.actual.value]),
      axisLabel: {fontSize: 10,
        formatter: (v) => (a.threshold.unit === "RATIO" ? percent(v, 0) : v)}},
    tooltip: tooltipOf(show),
    series: [{name: word(language, "seriesLevel"), type: "bar", barMaxWidth: 36,
      data: years.map((y) => (y === figure.year
          ? {value: figure.actual.value, itemStyle: {color: colour(statusColour(a.status))}}
          : null)),
      label: topLabel(show), markLine: thresholdLines(a, language)}],
  };
}

/**
 * Average growth: the path B × (1 + g)ⁿ from the base year's figure B (the API's baseValue) at
 * the threshold g to the window's end, against the figure of the latest full year. That figure
 * is B × (1 + r)^k with the API's compound rate r over its k years: the rate is the API's, the
 * product only places it on the path's scale.
 */
function growthPath(a, latest, scorecard, language) {
  const base = a.required.baseValue.value;
  const baseYear = scorecard.window.startYear - 1;
  const years = yearsFrom(baseYear, scorecard.window.endYear);
  const show = (v) => decimal(v, 2);
  const at = (rate, y) => Number((base * (1 + rate) ** (y - baseYear)).toFixed(6));
  const path = years.map((y) => at(a.threshold.value, y));
  const actual = years.map((y) => (y === baseYear ? base
      : (y === latest.year ? at(latest.actual.value, y) : null)));
  return {
    xAxis: {type: "category", data: years.map((y) => `${y}`), axisLabel: {fontSize: 10}},
    yAxis: {type: "value", scale: true, axisLabel: {fontSize: 10}},
    tooltip: tooltipOf(show),
    series: [
      {name: word(language, "seriesPath")(plainPercent(a.threshold.value)), type: "line",
        data: path, lineStyle: {type: "dashed", color: colour("ink-soft")},
        itemStyle: {color: colour("ink-soft")},
        // The base year's figure is both lines' first point, labelled once, above it.
        label: {...topLabel(show), position: "bottom",
          formatter: (p) => (p.dataIndex === 0 ? "" : show(p.value))}},
      {name: word(language, "seriesActualFigure"), type: "line", data: actual, connectNulls: true,
        lineStyle: {width: 3, color: colour(statusColour(a.status))},
        itemStyle: {color: colour(statusColour(a.status))}, symbolSize: 8,
        label: topLabel(show)},
    ],
  };
}

/**
 * A share of amounts: each year's amount of the projects counted (their total investment) and
 * of those that count in the numerator (their investment, or the capital paid in), in 亿元; the
 * share is the one over the other, and the numerator's label says it.
 */
function amounts(a, target, years, language) {
  const paidIn = measure(target) === "PAID_IN";
  const labels = years.map((y) => word(language, "yearsThrough")(y.year, y.throughMonth || 12));
  const unit = years.find((y) => y.denominatorAmount).denominatorAmount.unit;
  const show = (v) => decimal(v, 2);
  return {
    xAxis: {type: "category", data: labels, axisLabel: {fontSize: 10}},
    yAxis: {type: "value", name: unitName(unit, language), nameGap: 8,
      nameTextStyle: {fontSize: 10}, axisLabel: {fontSize: 10}},
    tooltip: tooltipOf(show),
    series: [
      {name: word(language, paidIn ? "seriesContracted" : "seriesCountedInvestment"), type: "bar",
        barMaxWidth: 28, itemStyle: {color: colour("ink-soft")},
        data: years.map((y) => (y.denominatorAmount ? y.denominatorAmount.value : null)),
        label: topLabel(show)},
      {name: word(language, paidIn ? "seriesPaidIn" : "seriesQualifyingInvestment"), type: "bar",
        barMaxWidth: 28, itemStyle: {color: colour(statusColour(a.status))},
        data: years.map((y) => (y.numeratorAmount ? y.numeratorAmount.value : null)),
        label: {...topLabel(show),
          formatter: (p) => `${show(p.value)}\n${percent(years[p.dataIndex].actual.value)}`}},
    ],
  };
}

/**
 * The cumulative total at each year's last month against the straight path from nothing at the
 * window's start to the target at its end: the 序时进度 the status is judged by (completion
 * against months elapsed ÷ months in the window).
 */
function cumulative(a, years, scorecard, language) {
  const start = scorecard.window.startYear;
  const months = (a.pace && a.pace.monthsInSpan)
      || (scorecard.window.endYear - start + 1) * 12;
  const places = a.threshold.unit === "COUNT" ? 0 : 2;
  let total = 0;
  const actual = [[0, 0]];
  for (const y of years) {
    total += y.actual.value;
    // Sums of decimals in binary drift (2.21 + 2.4 = 4.609999...); the label rounds them back.
    actual.push([(y.year - start) * 12 + (y.throughMonth || 12), Number(total.toFixed(6))]);
  }
  const target = a.threshold.value;
  const monthLabel = (m) => {
    if (m === 0) {
      return `${start}`;
    }
    const year = start + Math.floor((m - 1) / 12);
    const month = ((m - 1) % 12) + 1;
    return `${year}-${String(month).padStart(2, "0")}`;
  };
  // A ceiling has no 序时进度 (README, "Operators"): only its maximum is drawn.
  const pace = isCeiling(a) ? [] : [{name: word(language, "seriesRequired"), type: "line",
    symbol: "none", data: [[0, 0], [months, target]],
    lineStyle: {type: "dashed", color: colour("ink-soft")},
    itemStyle: {color: colour("ink-soft")}}];
  return {
    xAxis: {type: "value", min: 0, max: months, interval: 6,
      axisLabel: {formatter: monthLabel, fontSize: 10}},
    yAxis: {type: "value", min: 0, axisLabel: {fontSize: 10},
      ...lineTop(a, [total, isCeiling(a) ? 0 : target])},
    tooltip: {trigger: "axis", valueFormatter: (v) => decimal(v, places)},
    series: [
      ...pace,
      {name: word(language, "seriesActual"), type: "line", data: actual,
        lineStyle: {width: 3, color: colour(statusColour(a.status))},
        itemStyle: {color: colour(statusColour(a.status))},
        label: {show: true, position: "top", fontSize: 10,
          formatter: (p) => p.dataIndex === 0 ? "" : decimal(p.value[1], places)},
        markLine: thresholdLines(a, language)},
    ],
  };
}

/**
 * Each year's growth, count or rate as a bar in its year's status colour, the target's lines
 * across; {@code extra} adds to a bar's label (a cohort's "(3/6)").
 */
function perYear(a, language, seriesName, extra = () => "") {
  const rates = a.threshold.unit === "RATIO";
  const labels = a.years.map((y) => word(language, "yearsThrough")(y.year, y.throughMonth || 12));
  const data = a.years.map((y) => y.actual
      ? {value: y.actual.value, itemStyle: {color: colour(statusColour(y.status || a.status))}}
      : {value: null});
  const show = shownAs(a.threshold.unit);
  return {
    xAxis: {type: "category", data: labels, axisLabel: {fontSize: 10}},
    yAxis: {type: "value", ...lineTop(a, a.years.map((y) => y.actual && y.actual.value)),
      axisLabel: {fontSize: 10, formatter: (v) => rates ? percent(v, 0) : v}},
    tooltip: {trigger: "axis", valueFormatter: (v) => v === null || v === undefined
        ? word(language, "pending") : show(v)},
    series: [{name: seriesName, type: "bar", barMaxWidth: 36, data,
      label: {show: true, position: "top", fontSize: 10,
        formatter: (p) => p.value === null || p.value === undefined
            ? word(language, "pending") : show(p.value) + extra(a.years[p.dataIndex])},
      markLine: thresholdLines(a, language)}],
  };
}

/** Each year's denominator and numerator side by side: the share is the one over the other. */
function share(a, years, language) {
  const labels = years.map((y) => word(language, "yearsThrough")(y.year, y.throughMonth || 12));
  return {
    xAxis: {type: "category", data: labels, axisLabel: {fontSize: 10}},
    yAxis: {type: "value", minInterval: 1, axisLabel: {fontSize: 10}},
    series: [
      {name: word(language, "seriesDenominator"), type: "bar", barMaxWidth: 28,
        itemStyle: {color: colour("ink-soft")}, data: years.map((y) => y.denominator),
        label: {show: true, position: "top", fontSize: 10}},
      {name: word(language, "seriesNumerator"), type: "bar", barMaxWidth: 28,
        itemStyle: {color: colour(statusColour(a.status))}, data: years.map((y) => y.numerator),
        label: {show: true, position: "top", fontSize: 10,
          formatter: (p) => `${p.value} (${percent(years[p.dataIndex].actual.value)})`}},
    ],
  };
}

/** The county's level and growth ranks each year, rank 1 at the top, the first tier shaded. */
function ranks(a, years, language) {
  const ranked = years.filter((y) => y.ranks);
  const labels = ranked.map((y) => `${y.year}`);
  const peers = Math.max(...ranked.map((y) => y.ranks.peerCount));
  const tier = Math.min(...ranked.map((y) => y.ranks.tierSize));
  return {
    xAxis: {type: "category", data: labels, axisLabel: {fontSize: 10}},
    yAxis: {type: "value", inverse: true, min: 1, max: peers, interval: 2,
      axisLabel: {fontSize: 10}},
    series: [
      {name: word(language, "seriesTotalRank"), type: "line", symbolSize: 9,
        itemStyle: {color: colour("on-track")}, data: ranked.map((y) => y.ranks.totalRank),
        label: {show: true, position: "right", fontSize: 10},
        markArea: {silent: true, itemStyle: {color: colour("tier-band")},
          label: {formatter: word(language, "firstTier")(tier), position: "insideTopLeft",
            fontSize: 10},
          data: [[{yAxis: 1}, {yAxis: tier}]]}},
      {name: word(language, "seriesGrowthRank"), type: "line", symbolSize: 9,
        symbol: "diamond", itemStyle: {color: colour("behind-ink")},
        data: ranked.map((y) => y.ranks.growthRank),
        label: {show: true, position: "left", fontSize: 10}},
    ],
  };
}

/** The palette entry of a status (CSS custom properties --met, --on-track, ...). */
export function statusColour(status) {
  return {
    MET: "met",
    ON_TRACK: "on-track",
    BEHIND: "behind",
    MISSED: "missed",
    NOT_ASSESSABLE: "not-assessable",
  }[status] || "not-assessable";
}
