// The teams (招商组团): the month's ranking as a table and the week's bulletin (招商简讯) as
// Markdown, ready to copy into a document or a chat.

import {el, replace} from "./dom.js";
import {word} from "./words.js";
import {percent} from "./format.js";
import {CallFailed, post} from "./api.js";

/** The address of the bulletin's download link, freed when the next one replaces it. */
let bulletinUrl = null;

/** Fills the month and week choices: the periods over by the as-of date, newest first. */
export function fillPeriods(asOf, language) {
  const months = monthsEndedBy(asOf, 24);
  const weeks = weeksEndedBy(asOf, 26);
  const monthSelect = document.getElementById("month");
  const weekSelect = document.getElementById("week");
  const keepMonth = months.includes(monthSelect.value) ? monthSelect.value : months[0];
  const keepWeek = weeks.some((w) => w.label === weekSelect.value) ? weekSelect.value
      : (weeks[0] || {}).label;
  replace(monthSelect, months.map((m) => el("option", {value: m},
      word(language, "monthOption")(m))));
  replace(weekSelect, weeks.map((w) => el("option", {value: w.label},
      word(language, "weekOption")(w.label, w.monday, w.sunday))));
  if (keepMonth) {
    monthSelect.value = keepMonth;
  }
  if (keepWeek) {
    weekSelect.value = keepWeek;
  }
}

/** Draws the ranking of the chosen month and the bulletin of the chosen week. */
export async function renderTeams(view) {
  const {language} = view;
  const month = document.getElementById("month").value;
  const week = document.getElementById("week").value;
  const ranking = document.getElementById("ranking");
  const bulletin = document.getElementById("bulletin");
  if (!month) {
    replace(ranking, el("p", {}, word(language, "noMonths")));
  } else {
    try {
      const answer = await post(`/api/v1/plans/${view.planId}/teams/ranking`, view.input,
          {language, asOf: view.asOfOverride, query: {month}});
      replace(ranking, rankingTable(answer, month, language));
    } catch (e) {
      replace(ranking, problemNote(e, language));
    }
  }
  if (!week) {
    replace(bulletin, el("p", {}, word(language, "noWeeks")));
  } else {
    try {
      const text = await post(`/api/v1/plans/${view.planId}/bulletin`, view.input,
          {language, asOf: view.asOfOverride, query: {week}, accept: "text/markdown",
            as: "text"});
      replace(bulletin, bulletinBlock(text, week, language));
    } catch (e) {
      replace(bulletin, problemNote(e, language));
    }
  }
}

function rankingTable(answer, month, language) {
  const teams = answer.teams || [];
  const caption = word(language, "rankingHeading")(month);
  if (!teams.length) {
    return el("div", {}, el("h3", {}, caption), el("p", {}, word(language, "rankingNone")));
  }
  return el("div", {class: "ranking"},
      el("table", {},
          el("caption", {}, caption),
          el("thead", {}, el("tr", {},
              el("th", {scope: "col"}, word(language, "rankingRank")),
              el("th", {scope: "col"}, word(language, "rankingTeam")),
              el("th", {scope: "col", class: "number"}, word(language, "rankingScore")),
              el("th", {scope: "col"}, word(language, "rankingSummary")))),
          el("tbody", {}, teams.map((t) => el("tr", {},
              el("td", {class: "number"}, t.rank !== undefined ? String(t.rank)
                  : word(language, "rankingUnranked")),
              el("th", {scope: "row"}, t.name ? t.name[language] : t.team),
              el("td", {class: "number"}, t.score !== undefined ? percent(t.score) : "—"),
              el("td", {}, t.summary ? t.summary[language] : (t.reason ? t.reason[language] : ""))
          )))),
      answer.rule && answer.rule.rationale ? el("details", {class: "rule"},
          el("summary", {}, word(language, "rankingRule")),
          el("p", {}, answer.rule.rationale[language])) : null);
}

function bulletinBlock(markdown, week, language) {
  const status = el("span", {class: "copy-status", role: "status"});
  const text = el("pre", {id: "bulletin-text", class: "bulletin-text", tabindex: "0",
    "aria-label": word(language, "bulletinHeading")(week)}, markdown);
  const copy = el("button", {type: "button", class: "no-print", onclick: async () => {
    try {
      await navigator.clipboard.writeText(markdown);
      status.textContent = word(language, "copied");
    } catch (e) {
      // The clipboard API needs a secure context; an intranet address over http is not one.
      const range = document.createRange();
      range.selectNodeContents(text);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      status.textContent = document.execCommand("copy") ? word(language, "copied")
          : word(language, "copyFailed");
    }
  }}, word(language, "copy"));
  // One object URL at a time: each new bulletin (another week, the other language) frees the
  // last one, which the browser would otherwise keep until the page is closed.
  if (bulletinUrl) {
    URL.revokeObjectURL(bulletinUrl);
  }
  bulletinUrl = URL.createObjectURL(new Blob([markdown], {type: "text/markdown"}));
  const download = el("a", {class: "button no-print", download: `bulletin-${week}.md`,
    href: bulletinUrl},
  word(language, "download"));
  return el("div", {class: "bulletin"},
      el("h3", {}, word(language, "bulletinHeading")(week)),
      el("div", {class: "bulletin-actions"}, copy, download, status),
      text);
}

function problemNote(e, language) {
  if (e instanceof CallFailed && e.problem) {
    const errors = (e.problem.errors || []).map((x) => x.messages ? x.messages[language]
        : x.message);
    return el("p", {class: "problem-note"}, [e.problem.detail, ...errors].filter(Boolean)
        .join(language === "zh" ? ";" : "; "));
  }
  return el("p", {class: "problem-note"}, word(language, "networkProblem"));
}

function monthsEndedBy(asOf, most) {
  const [year, month, day] = asOf.split("-").map(Number);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  let y = year;
  let m = day === lastDay ? month : month - 1;
  const months = [];
  while (months.length < most) {
    if (m === 0) {
      y -= 1;
      m = 12;
    }
    months.push(`${y}-${String(m).padStart(2, "0")}`);
    m -= 1;
  }
  return months;
}

/** The ISO weeks whose Sunday is on or before {@code asOf}, newest first. */
function weeksEndedBy(asOf, most) {
  const date = new Date(`${asOf}T00:00:00Z`);
  // Back to the last Sunday on or before the date (getUTCDay: 0 is Sunday).
  const sunday = new Date(date.getTime() - date.getUTCDay() * 86400000);
  const weeks = [];
  for (let i = 0; i < most; i++) {
    const end = new Date(sunday.getTime() - i * 7 * 86400000);
    const monday = new Date(end.getTime() - 6 * 86400000);
    weeks.push({label: isoWeek(monday), monday: iso(monday), sunday: iso(end)});
  }
  return weeks;
}

function isoWeek(monday) {
  // The ISO week-year is the year of the week's Thursday.
  const thursday = new Date(monday.getTime() + 3 * 86400000);
  const year = thursday.getUTCFullYear();
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const firstMonday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000);
  const week = Math.round((monday.getTime() - firstMonday.getTime()) / (7 * 86400000)) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

function iso(date) {
  return date.toISOString().slice(0, 10);
}
