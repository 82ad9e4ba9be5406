// The scorecard as an official reads it: the counts by status, then each goal with its targets
// as cards. A card has a traffic light (colour, word and icon), the API's sentence, the wording
// of the commitment (确保 / 力争), the figures, the responsible units and the readings.

import {el, replace} from "./dom.js";
import {STATUSES, STATUS_ORDER, word} from "./words.js";
import {percent, points, quantity, threshold} from "./format.js";
import {chartTitle, chartsReady, disposeCharts, drawChart, statusColour} from "./charts.js";

/** A status as a badge: icon and word on the status colour. */
export function badge(status, language) {
  const shown = STATUSES[status] || STATUSES.NOT_ASSESSABLE;
  return el("span", {class: `badge ${statusColour(status)}`},
      el("span", {class: "icon", "aria-hidden": "true"}, shown.icon), " ", shown[language]);
}

/** Draws the scorecard into the summary and goals elements. */
export function renderScorecard(view) {
  const {scorecard, language} = view;
  disposeCharts();
  replace(document.getElementById("summary"), summary(scorecard, language));
  const goals = document.getElementById("goals");
  replace(goals, ...scorecard.goals.map((goal) => goalSection(goal, view)));
}

/**
 * Draws the cards' charts once their containers are in the page and have a size, a few at a
 * time, so that the cards can be read while the rest are drawn.
 */
export async function drawCharts(view) {
  const {scorecard, language} = view;
  await chartsReady();
  let count = 0;
  for (const container of document.querySelectorAll("#goals .chart")) {
    const assessment = scorecard.assessments.find((a) => a.targetId === container.dataset.target);
    if (!drawChart(container, assessment, targetOf(assessment, view.plan), scorecard, language)) {
      container.closest(".chart-box").remove();
    }
    if (++count % 4 === 0) {
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
}

function summary(scorecard, language) {
  const total = scorecard.assessments.length;
  const counts = STATUS_ORDER.filter((s) => scorecard.countsByStatus[s])
      .map((s) => el("li", {}, badge(s, language), " ", String(scorecard.countsByStatus[s])));
  return el("div", {class: "summary-box"},
      el("p", {class: "as-of"}, word(language, "asOfLine")(scorecard.asOf)),
      el("p", {class: "overall"},
          el("strong", {}, `${word(language, "overall")}${word(language, "colon")}`),
          word(language, "countsOf")(total)),
      el("ul", {class: "counts"}, counts));
}

function goalSection(goal, view) {
  const {scorecard, language} = view;
  const assessments = scorecard.assessments.filter((a) => a.goalId === goal.goalId);
  const headingId = `goal-${goal.goalId}`;
  return el("section", {class: "goal", "aria-labelledby": headingId},
      el("h3", {id: headingId}, goal.title[language], " ", badge(goal.status, language)),
      el("div", {class: "cards"}, assessments.map((a) => card(a, view))));
}

/** The plan's target that {@code a} assesses (its text, period, share, cohort ...). */
function targetOf(a, plan) {
  return plan.goals.flatMap((g) => g.targets).find((t) => t.id === a.targetId) || {};
}

function card(a, view) {
  const {plan, readings, language} = view;
  const target = targetOf(a, plan);
  const name = target.name ? target.name[language]
      : (target.text ? target.text[language] : a.targetId);
  const headingId = `target-${a.targetId}`;
  const title = chartTitle(a, target, language);
  return el("article", {class: `card ${statusColour(a.status)}`, "aria-labelledby": headingId,
    "data-target": a.targetId, "data-status": a.status},
  el("header", {class: "card-head"},
      el("h4", {id: headingId}, name),
      badge(a.status, language)),
  el("p", {class: "clause"}, `${word(language, "clause")} ${target.clause || ""} · `,
      target.text ? target.text[language] : ""),
  el("p", {class: "sentence"}, sentence(a, language)),
  figures(a, language),
  title ? el("figure", {class: "chart-box"},
      el("figcaption", {}, title),
      el("div", {class: "chart", "data-target": a.targetId, role: "img",
        "aria-label": `${name}:${title}`})) : null,
  responsible(a, plan, language),
  readingList(a, readings, language),
  // The id ties the card to the API, the workbook and the tool's table; it is also its last line.
  el("p", {class: "target-id"}, `${word(language, "targetId")} ${a.targetId}`));
}

/**
 * The API's sentence without its closing "readings relied on" part, which the card lists below
 * with each reading's reason; where the sentence has no such part it is shown whole.
 */
function sentence(a, language) {
  const text = a.explanation ? a.explanation[language] : "";
  const marker = language === "zh" ? "依据的解读:" : " Readings relied on:";
  const at = text.lastIndexOf(marker);
  return at > 0 ? text.slice(0, at).trim() : text;
}

function figures(a, language) {
  const rows = [[word(language, "commitment"), word(language, "commitments")[a.commitment]
      || a.commitment]];
  if (a.threshold) {
    rows.push([word(language, "target"), threshold(a.operator, a.threshold, language)]);
  }
  if (a.actual) {
    rows.push([word(language, "actual"), quantity(a.actual, language)]);
  }
  if (a.pace) {
    rows.push([word(language, "completion"), percent(a.pace.completion)]);
    rows.push([word(language, "timeProgress"), percent(a.pace.timeProgress)]);
    const pp = points(a.pace.gapPercentagePoints);
    rows.push([word(language, "gap"), a.pace.gapPercentagePoints < 0
        ? word(language, "behind")(pp) : word(language, "ahead")(pp)]);
  }
  if (a.required && a.required.requiredGrowthRate !== undefined && a.status !== "MET") {
    rows.push([word(language, "requiredGrowth"), percent(a.required.requiredGrowthRate)]);
  }
  return el("dl", {class: "figures"},
      rows.map(([term, value]) => el("div", {}, el("dt", {}, term), el("dd", {}, value))));
}

/**
 * The units responsible for the key directions that serve the target's goal. The plan's goals
 * name no units themselves; the link from a direction to a goal is the plan file editors'
 * reading, and the card says so.
 */
function responsible(a, plan, language) {
  const directions = (plan.keyDirections || []).filter((d) => (d.goals || []).includes(a.goalId));
  const unitNames = new Map((plan.units || []).map((u) => [u.id, u.name[language]]));
  const units = [];
  for (const d of directions) {
    for (const r of d.responsibilities || []) {
      if (r.role === "RESPONSIBLE" && !units.includes(r.unit)) {
        units.push(r.unit);
      }
    }
  }
  if (!units.length) {
    return el("p", {class: "units"}, word(language, "noResponsible"));
  }
  const separator = language === "zh" ? "、" : ", ";
  return el("p", {class: "units"},
      el("strong", {}, `${word(language, "responsible")}${word(language, "colon")}`),
      units.map((u) => unitNames.get(u) || u).join(separator), " ",
      el("span", {class: "via"}, `(${word(language, "responsibleVia")(
          directions.map((d) => d.clause).join(separator))})`));
}

function readingList(a, readings, language) {
  const used = (a.readings || []).map((id) => readings.find((r) => r.id === id)).filter(Boolean);
  if (!used.length) {
    return null;
  }
  // The summaries are short and always shown (and printed); the reasons behind them are long,
  // so each opens on request and is left out of print.
  return el("div", {class: "readings"},
      el("p", {class: "readings-title"}, `${word(language, "readings")}:`),
      el("ul", {}, used.map((r) => el("li", {}, r.summary[language],
          el("details", {}, el("summary", {}, word(language, "why")),
              el("p", {}, r.rationale[language]))))));
}
