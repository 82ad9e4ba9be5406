// One chart per target, drawn with Apache ECharts from the assessment the API returned: the
// cumulative total against the time-paced path (序时进度), each year's growth or count against
// the threshold, the share's numerators and denominators, the county's ranks among its peers.
// Nothing is computed here that the status depends on; the charts only draw the API's figures.

import {word} from "./words.js";
import {decimal, percent} from "./format.js";

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

/** The title of the chart for {@code assessment}, or null when its kind has no chart. */
export function chartTitle(assessment, language) {
  const key = {
    CUMULATIVE_AMOUNT: "chartCumulative",
    CUMULATIVE_COUNT: "chartCumulative",
    ANNUAL_GROWTH: "chartGrowth",
    ANNUAL_COUNT: "chartCount",
    SHARE: "chartShare",
    FIRST_TIER_RANK: "chartRanks",
  }[assessment.kind];
  return key ? word(language, key) : null;
}

/**
 * Draws the chart of {@code assessment} into {@code container}; returns false when there is
 * nothing to draw (no figures yet), so the card can leave the space out.
 */
export function drawChart(container, assessment, scorecard, language) {
  const option = optionFor(assessment, scorecard, language);
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

function optionFor(a, scorecard, language) {
  const years = (a.years || []).filter((y) => y.actual);
  switch (a.kind) {
    case "CUMULATIVE_AMOUNT":
    case "CUMULATIVE_COUNT":
      return years.length ? cumulative(a, years, scorecard, language) : null;
    case "ANNUAL_GROWTH":
      return (a.years || []).length ? perYear(a, language, "seriesGrowth", true) : null;
    case "ANNUAL_COUNT":
      return (a.years || []).length ? perYear(a, language, "seriesCount", false) : null;
    case "SHARE":
      return years.some((y) => y.denominator !== undefined) ? share(a, years, language) : null;
    case "FIRST_TIER_RANK":
      return years.some((y) => y.ranks) ? ranks(a, years, language) : null;
    default:
      return null;
  }
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
  return {
    xAxis: {type: "value", min: 0, max: months, interval: 6,
      axisLabel: {formatter: monthLabel, fontSize: 10}},
    yAxis: {type: "value", min: 0, axisLabel: {fontSize: 10}},
    tooltip: {trigger: "axis", valueFormatter: (v) => decimal(v, places)},
    series: [
      {name: word(language, "seriesRequired"), type: "line", symbol: "none",
        data: [[0, 0], [months, target]],
        lineStyle: {type: "dashed", color: colour("ink-soft")},
        itemStyle: {color: colour("ink-soft")}},
      {name: word(language, "seriesActual"), type: "line", data: actual,
        lineStyle: {width: 3, color: colour(statusColour(a.status))},
        itemStyle: {color: colour(statusColour(a.status))},
        label: {show: true, position: "top", fontSize: 10,
          formatter: (p) => p.dataIndex === 0 ? "" : decimal(p.value[1], places)},
        markLine: {symbol: "none", silent: true,
          lineStyle: {color: colour("missed"), type: "solid"},
          label: {formatter: `${word(language, "seriesTarget")} ${decimal(target, places)}`,
            position: "insideEndTop", fontSize: 10},
          data: [{yAxis: target}]}},
    ],
  };
}

/** Each year's growth or count as a bar in its year's status colour, the threshold as a line. */
function perYear(a, language, seriesKey, rates) {
  const labels = a.years.map((y) => word(language, "yearsThrough")(y.year, y.throughMonth || 12));
  const data = a.years.map((y) => y.actual
      ? {value: y.actual.value, itemStyle: {color: colour(statusColour(y.status))}}
      : {value: null});
  const show = (v) => rates ? percent(v) : decimal(v, 0);
  return {
    xAxis: {type: "category", data: labels, axisLabel: {fontSize: 10}},
    yAxis: {type: "value", axisLabel: {fontSize: 10, formatter: (v) => rates ? percent(v, 0) : v}},
    tooltip: {trigger: "axis", valueFormatter: (v) => v === null || v === undefined
        ? word(language, "pending") : show(v)},
    series: [{name: word(language, seriesKey), type: "bar", barMaxWidth: 36, data,
      label: {show: true, position: "top", fontSize: 10,
        formatter: (p) => p.value === null || p.value === undefined
            ? word(language, "pending") : show(p.value)},
      markLine: {symbol: "none", silent: true, lineStyle: {color: colour("missed")},
        label: {formatter: `${word(language, "seriesTarget")} ${show(a.threshold.value)}`,
          position: "insideEndTop", fontSize: 10},
        data: [{yAxis: a.threshold.value}]}}],
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
