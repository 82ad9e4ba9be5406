// The reporting duties (weekly bulletins, monthly meetings, quarterly reviews, yearly trainings)
// as a strip of their finished periods, the short runs the API reports marked in red.

import {el, replace} from "./dom.js";
import {word} from "./words.js";
import {badge} from "./cards.js";

/** Draws the duties of the scorecard. */
export function renderDuties(view) {
  const {scorecard, plan, language} = view;
  document.getElementById("duties-legend").textContent = word(language, "dutyLegend");
  const cadences = new Map((plan.cadences || []).map((c) => [c.id, c]));
  replace(document.getElementById("duty-rows"),
      ...scorecard.cadences.map((c) => dutyRow(c, cadences.get(c.cadenceId), language)));
  const uncounted = scorecard.uncountedDuties || [];
  replace(document.getElementById("uncounted"), uncounted.length ? [
    el("h3", {}, word(language, "uncountedHeading")),
    el("ul", {class: "uncounted"}, uncounted.map((d) => el("li", {}, d.explanation[language]))),
  ] : []);
}

function dutyRow(c, cadence, language) {
  const name = cadence ? cadence.name[language] : c.cadenceId;
  const periodWord = word(language, "periods")[c.period] || c.period;
  const labels = periodsFrom(c.countsFrom, c.period, c.periodsChecked);
  const short = new Set();
  for (const run of c.shortfalls || []) {
    let inRun = false;
    for (const label of labels) {
      if (label === run.from) {
        inRun = true;
      }
      if (inRun) {
        short.add(label);
      }
      if (label === run.to) {
        inRun = false;
      }
    }
  }
  const tally = c.periodsChecked === 0 ? word(language, "dutyNone")
      : c.periodsShort > 0 ? word(language, "dutyShort")(c.periodsShort, c.periodsChecked)
          : word(language, "dutyAllMet")(c.periodsChecked);
  const headingId = `duty-${c.cadenceId}`;
  return el("div", {class: "duty", role: "group", "aria-labelledby": headingId},
      el("div", {class: "duty-head"},
          el("h3", {id: headingId}, name),
          el("span", {class: "duty-rule"},
              word(language, "dutyNeeds")(c.minimumCount, periodWord)),
          badge(c.status, language)),
      el("ol", {class: `strip ${c.period.toLowerCase()}`, "aria-label": tally},
          labels.map((label) => {
            const missed = short.has(label);
            return el("li", {class: missed ? "short" : "met",
              title: `${label}:${word(language, missed ? "periodShort" : "periodMet")}`},
            el("span", {"aria-hidden": "true"}, missed ? "✕" : "✓"),
            el("span", {class: "visually-hidden"}, `${label} ${word(language,
                missed ? "periodShort" : "periodMet")}`));
          })),
      el("p", {class: "duty-tally"}, tally, c.periodsChecked > 0
          ? `(${labels[0]} — ${labels[labels.length - 1]})` : ""));
}

/** The labels of {@code count} periods from {@code first}, written as the API writes them. */
export function periodsFrom(first, period, count) {
  const labels = [];
  let label = first;
  for (let i = 0; i < count && label; i++) {
    labels.push(label);
    label = next(label, period);
  }
  return labels;
}

function next(label, period) {
  switch (period) {
    case "YEAR":
      return String(Number(label) + 1);
    case "QUARTER": {
      const [year, quarter] = label.split("-Q").map(Number);
      return quarter === 4 ? `${year + 1}-Q1` : `${year}-Q${quarter + 1}`;
    }
    case "MONTH": {
      const [year, month] = label.split("-").map(Number);
      return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, "0")}`;
    }
    case "WEEK": {
      const [year, week] = label.split("-W").map(Number);
      return week >= isoWeeksIn(year) ? `${year + 1}-W01`
          : `${year}-W${String(week + 1).padStart(2, "0")}`;
    }
    default:
      return null;
  }
}

/** 53 when the year starts on a Thursday, or is a leap year starting on a Wednesday; else 52. */
export function isoWeeksIn(year) {
  const jan1 = new Date(Date.UTC(year, 0, 1)).getUTCDay();
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return jan1 === 4 || (leap && jan1 === 3) ? 53 : 52;
}
