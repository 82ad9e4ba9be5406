// The page's state and its wiring: the plan, the observations file, the as-of date and the
// language. The language, the plan and the use of the sample are kept in the URL (so a link
// shows the same page) and the language also in the browser's storage (so it is remembered).

import {el, replace} from "./dom.js";
import {LANGUAGES, word} from "./words.js";
import {CallFailed, getJson, isWorkbook, post, useToken} from "./api.js";
import {drawCharts, renderScorecard} from "./cards.js";
import {renderDuties} from "./duties.js";
import {fillPeriods, renderTeams} from "./teams.js";
import {resizeCharts} from "./charts.js";

/** The sample observations shipped with the page, by plan; other plans have none. */
const SAMPLES = {"gongqingcheng-2022": "/page/gongqingcheng-sample.json"};
const STORED_LANGUAGE = "plan-metrics.language";
// In the tab's session storage, not the browser's: an office PC is often shared, and a token
// should not outlive the tab it was typed into.
const STORED_TOKEN = "plan-metrics.token";

const state = {
  language: initialLanguage(),
  plans: [],
  planId: null,
  plan: null,
  readings: [],
  input: null,
  dateChosen: false,
  shown: null,
  failed: null,
};

function initialLanguage() {
  const fromUrl = new URLSearchParams(location.search).get("lang");
  if (LANGUAGES.includes(fromUrl)) {
    return fromUrl;
  }
  let stored = null;
  try {
    stored = localStorage.getItem(STORED_LANGUAGE);
  } catch (e) {
    // Storage may be off (a locked-down browser): the URL alone keeps the choice.
  }
  return LANGUAGES.includes(stored) ? stored : "zh";
}

function setUrl(changes) {
  const url = new URL(location.href);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) {
      url.searchParams.delete(name);
    } else {
      url.searchParams.set(name, value);
    }
  }
  history.replaceState(null, "", url);
}

/** The page's own words in the current language, and the switch that offers the other. */
function applyWords() {
  const language = state.language;
  document.documentElement.lang = language === "zh" ? "zh-CN" : "en";
  document.title = state.plan ? `${word(language, "pageTitle")} · ${state.plan.title[language]}`
      : word(language, "pageTitle");
  for (const node of document.querySelectorAll("[data-text]")) {
    node.textContent = word(language, node.dataset.text);
  }
  for (const node of document.querySelectorAll("[data-label]")) {
    node.setAttribute("aria-label", word(language, node.dataset.label));
  }
  const other = language === "zh" ? "en" : "zh";
  const switcher = document.getElementById("language");
  switcher.textContent = word(language, "otherLanguage");
  switcher.lang = other === "zh" ? "zh-CN" : "en";
  const url = new URL(location.href);
  url.searchParams.set("lang", other);
  switcher.href = url.search;
  if (state.plan) {
    document.getElementById("plan-title").textContent = state.plan.title[language];
    document.getElementById("plan-meta").textContent = [
      state.plan.issuer ? word(language, "issued")(state.plan.issuer[language],
          state.plan.publicationDate) : null,
      planWindow() ? word(language, "window")(planWindow().startYear, planWindow().endYear) : null,
    ].filter(Boolean).join(" · ");
  }
  document.getElementById("template").href = state.planId
      ? `/api/v1/plans/${state.planId}/observations-template.xlsx?lang=${language}` : "#";
  document.getElementById("sample").hidden = !SAMPLES[state.planId];
}

/** The window the plan is assessed over: the reading of it the plan file selects. */
function planWindow() {
  const listed = state.plans.find((p) => p.id === state.planId);
  return listed ? listed.window : null;
}

async function loadPlans() {
  const answer = await getJson("/api/v1/plans", state.language);
  state.plans = answer.plans;
  const select = document.getElementById("plan");
  replace(select, answer.plans.map((p) => el("option", {value: p.id}, p.title[state.language])));
  const wanted = new URLSearchParams(location.search).get("plan");
  const planId = answer.plans.some((p) => p.id === wanted) ? wanted : answer.plans[0].id;
  // Shown as chosen only once it has loaded: a file chosen before would be posted to no plan.
  await choosePlan(planId);
  select.value = planId;
}

async function choosePlan(planId) {
  const [plan, readings] = await Promise.all([
    getJson(`/api/v1/plans/${encodeURIComponent(planId)}`, state.language),
    getJson(`/api/v1/plans/${encodeURIComponent(planId)}/readings`, state.language),
  ]);
  state.planId = planId;
  state.plan = plan;
  state.readings = readings.readings;
  setUrl({plan: planId});
  applyWords();
}

/**
 * Reads chosen or dropped files: one JSON or workbook, or the CSV files of a folder. The server
 * judges them; this only tells which of the three they are.
 */
async function readFiles(files) {
  const language = state.language;
  const list = Array.from(files);
  const csv = list.filter((file) => /\.csv$/i.test(file.name));
  if (csv.length !== list.length && (csv.length > 0 || list.length > 1)) {
    showLocalProblem(word(language, "mixedFiles"));
    return null;
  }
  const read = [];
  for (const file of list) {
    try {
      read.push({name: file.name, bytes: await file.arrayBuffer()});
    } catch (e) {
      showLocalProblem(word(language, "unreadableFile")(file.name));
      return null;
    }
  }
  if (csv.length) {
    return {csv: read, name: word(language, "csvFiles")(read.length,
        read.map((f) => f.name).join(language === "zh" ? "、" : ", "))};
  }
  const [only] = read;
  return {name: only.name, bytes: only.bytes,
    workbook: isWorkbook(only.bytes) || /\.xlsx$/i.test(only.name)};
}

async function useSample() {
  await takeSample(state.planId);
  await assess();
}

async function takeSample(planId) {
  const response = await fetch(SAMPLES[planId]);
  const bytes = await response.arrayBuffer();
  state.input = {name: null, sample: true, bytes, workbook: false};
  state.dateChosen = false;
  document.getElementById("as-of").value = "";
  setUrl({sample: "1"});
}

/**
 * Posts the input for the scorecard; on success shows it all, on failure keeps what is shown.
 * {@code early} is the scorecard's answer when it was asked for already (at start-up, beside the
 * plan).
 */
async function assess(early = null) {
  const language = state.language;
  const loaded = document.getElementById("loaded");
  if (!state.input) {
    showLocalProblem(word(language, "noFile"));
    return;
  }
  const input = state.input;
  const asOf = state.dateChosen ? document.getElementById("as-of").value || null : null;
  loaded.textContent = word(language, "loading");
  document.body.setAttribute("aria-busy", "true");
  try {
    const scorecard = await (early || post(`/api/v1/plans/${state.planId}/scorecard`, input,
        {language, asOf}));
    state.shown = {planId: state.planId, plan: state.plan, readings: state.readings, scorecard,
      input, asOfOverride: asOf};
    state.failed = null;
    hideProblems();
    document.getElementById("as-of").value = scorecard.asOf;
    await render();
  } catch (e) {
    state.failed = {input, asOf, error: e};
    showProblems(e, input);
    loaded.textContent = "";
    if (e instanceof CallFailed && e.status === 401) {
      askForToken();
    }
  } finally {
    document.body.removeAttribute("aria-busy");
  }
}

/**
 * Shows the scorecard: first the cards and the duties, then, while the team ranking and the
 * bulletin are asked for, the charts. Marks for bench/page.sh give the milliseconds from
 * navigation to each step; data-shown on the body tells tests that everything is there.
 */
async function render() {
  const view = {...state.shown, language: state.language};
  const name = view.input.sample ? word(view.language, "sampleName") : view.input.name;
  delete document.body.dataset.shown;
  document.getElementById("loaded").textContent =
      word(view.language, "loadedFile")(name, view.scorecard.asOf);
  for (const id of ["scorecard", "duties", "teams"]) {
    document.getElementById(id).hidden = false;
  }
  renderScorecard(view);
  renderDuties(view);
  fillPeriods(view.scorecard.asOf, view.language);
  performance.mark("scorecard-shown");
  const teams = renderTeams(view);
  await drawCharts(view);
  performance.mark("charts-drawn");
  await teams;
  performance.mark("page-complete");
  document.body.dataset.shown = view.scorecard.asOf;
}

/** Shows the token field, says why, and puts the cursor in it. */
function askForToken() {
  document.getElementById("token-field").hidden = false;
  document.getElementById("problems").append(
      el("p", {class: "token-needed"}, word(state.language, "tokenNeeded")));
  document.getElementById("token").focus();
}

/** The token kept for this tab, if one was typed before a reload. */
function restoreToken() {
  let token = null;
  try {
    token = sessionStorage.getItem(STORED_TOKEN);
  } catch (e) {
    // Storage may be off: the field alone keeps the token until the page is left.
  }
  if (token) {
    document.getElementById("token").value = token;
    document.getElementById("token-field").hidden = false;
    useToken(token);
  }
}

function hideProblems() {
  const box = document.getElementById("problems");
  box.hidden = true;
  replace(box);
}

function showLocalProblem(message) {
  const box = document.getElementById("problems");
  replace(box, el("p", {}, message));
  box.hidden = false;
}

/** The server's problem, in the page's language, each error with its pointer and value. */
function showProblems(error, input) {
  const language = state.language;
  const box = document.getElementById("problems");
  if (!(error instanceof CallFailed) || !error.problem) {
    if (!(error instanceof CallFailed)) {
      // A fault of the page itself: left in the console, where the browser tests look.
      console.error(error);
    }
    replace(box, el("p", {}, word(language, "networkProblem")));
    box.hidden = false;
    return;
  }
  const problem = error.problem;
  const errors = problem.errors || [];
  const count = problem.errorCount || errors.length || 1;
  replace(box,
      el("h3", {}, word(language, "problemsHeading")(count)),
      el("p", {class: "problem-file"}, input.sample ? word(language, "sampleName") : input.name,
          ":", problem.detail || problem.title),
      errors.length ? el("ul", {}, errors.map((x) => el("li", {},
          x.messages ? x.messages[language] : x.message,
          x.pointer ? el("span", {class: "pointer"},
              `(${word(language, "problemAt")} `, el("code", {}, x.pointer), ")") : null,
          x.value !== undefined ? el("span", {class: "value"},
              ` ${word(language, "problemValue")}${word(language, "colon")}`,
              el("code", {}, String(x.value))) : null)))
          : null);
  box.hidden = false;
}

async function switchLanguage(event) {
  event.preventDefault();
  state.language = state.language === "zh" ? "en" : "zh";
  try {
    localStorage.setItem(STORED_LANGUAGE, state.language);
  } catch (e) {
    // See initialLanguage.
  }
  setUrl({lang: state.language});
  const select = document.getElementById("plan");
  applyWords();
  const plans = await getJson("/api/v1/plans", state.language);
  for (const option of select.options) {
    const plan = plans.plans.find((p) => p.id === option.value);
    option.textContent = plan ? plan.title[state.language] : option.value;
  }
  if (state.shown) {
    await render();
  }
  if (state.failed) {
    // The problem's title and detail come in the request's language: ask again in the new one.
    try {
      await post(`/api/v1/plans/${state.planId}/scorecard`, state.failed.input,
          {language: state.language, asOf: state.failed.asOf});
    } catch (e) {
      showProblems(e, state.failed.input);
    }
  }
}

function wire() {
  const form = document.getElementById("input-form");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    assess();
  });
  document.getElementById("plan").addEventListener("change", async (event) => {
    await choosePlan(event.target.value);
    setUrl({sample: null});
    if (state.input && !state.input.sample) {
      await assess();
    }
  });
  document.getElementById("file").addEventListener("change", async (event) => {
    const files = Array.from(event.target.files);
    // Emptied, so that choosing the same file again (once corrected) is a change too.
    event.target.value = "";
    if (files.length) {
      await take(files);
    }
  });
  document.getElementById("token").addEventListener("input", (event) => {
    const token = event.target.value.trim();
    useToken(token);
    try {
      if (token) {
        sessionStorage.setItem(STORED_TOKEN, token);
      } else {
        sessionStorage.removeItem(STORED_TOKEN);
      }
    } catch (e) {
      // See restoreToken.
    }
  });
  document.getElementById("as-of").addEventListener("change", () => {
    state.dateChosen = true;
  });
  document.getElementById("sample").addEventListener("click", useSample);
  document.getElementById("language").addEventListener("click", switchLanguage);
  document.getElementById("print").addEventListener("click", () => window.print());
  document.getElementById("month").addEventListener("change", () => renderTeams(
      {...state.shown, language: state.language}));
  document.getElementById("week").addEventListener("change", () => renderTeams(
      {...state.shown, language: state.language}));
  const drop = document.getElementById("input");
  drop.addEventListener("dragover", (event) => {
    event.preventDefault();
    drop.classList.add("dropping");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("dropping"));
  drop.addEventListener("drop", async (event) => {
    event.preventDefault();
    drop.classList.remove("dropping");
    if (event.dataTransfer.files.length) {
      await take(event.dataTransfer.files);
    }
  });
  // The print layout is narrower than the screen: the charts are redrawn at its width.
  window.addEventListener("beforeprint", resizeCharts);
  window.addEventListener("afterprint", resizeCharts);
  window.matchMedia("print").addEventListener("change", resizeCharts);
  window.addEventListener("resize", resizeCharts);
}

async function take(files) {
  const input = await readFiles(files);
  if (input) {
    state.input = input;
    state.dateChosen = false;
    document.getElementById("as-of").value = "";
    setUrl({sample: null});
    await assess();
  }
}

async function start() {
  wire();
  applyWords();
  restoreToken();
  // A link to the sample asks for its scorecard at once, beside the plan, not after it.
  const wanted = new URLSearchParams(location.search);
  const samplePlan = wanted.get("plan") || Object.keys(SAMPLES)[0];
  let early = null;
  if (wanted.has("sample") && SAMPLES[samplePlan]) {
    early = takeSample(samplePlan).then(() => post(`/api/v1/plans/${samplePlan}/scorecard`,
        state.input, {language: state.language}));
    early.catch(() => {});
  }
  try {
    await loadPlans();
    performance.mark("plans-loaded");
  } catch (e) {
    showProblems(e, {name: "/api/v1/plans"});
    return;
  }
  if (early && state.planId === samplePlan) {
    await assess(early);
  } else if (wanted.has("sample") && SAMPLES[state.planId]) {
    await useSample();
  }
}

start();
