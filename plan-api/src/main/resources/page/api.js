// The public REST API, as any other client calls it: the page has no endpoints of its own.

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * A failed call: the RFC 9457 problem the server answered with, or, when the server could not
 * be reached, none.
 */
export class CallFailed extends Error {
  constructor(status, problem) {
    super(problem && problem.detail ? problem.detail : `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/**
 * The token a server started with --api-token asks of every POST, sent as "Authorization: Bearer";
 * null for a server without one, where no header is sent.
 */
let bearerToken = null;

/** Sets the token of the POSTs that follow; an empty one sends none. */
export function useToken(token) {
  bearerToken = token ? token : null;
}

/** GETs {@code path} as JSON. */
export async function getJson(path, language) {
  return answer(await send(path, {headers: {"Accept": "application/json",
    "Accept-Language": language}}), "json");
}

/**
 * POSTs the observations {@code input} to {@code path}: {bytes} of JSON, {bytes, workbook} of an
 * .xlsx workbook, or {csv: [{name, bytes}]} for the CSV files of a folder; with the as-of date in
 * the query when one is chosen (CSV files need one). {@code as} is "json" or "text".
 */
export async function post(path, input, {language, asOf, accept = "application/json",
  as = "json", query = {}} = {}) {
  const parameters = new URLSearchParams({lang: language, ...query});
  if (asOf) {
    parameters.set("asOf", asOf);
  }
  let body = input.bytes;
  const headers = {"Accept": accept};
  if (bearerToken) {
    headers["Authorization"] = `Bearer ${bearerToken}`;
  }
  if (input.csv) {
    // One part per file; the browser writes the multipart boundary into the Content-Type.
    body = new FormData();
    for (const file of input.csv) {
      body.append("file", new Blob([file.bytes], {type: "text/csv"}), file.name);
    }
  } else {
    headers["Content-Type"] = input.workbook ? XLSX : "application/json";
  }
  const response = await send(`${path}?${parameters}`, {method: "POST", headers, body});
  return answer(response, as);
}

async function send(path, init) {
  try {
    return await fetch(path, init);
  } catch (e) {
    throw new CallFailed(0, null);
  }
}

async function answer(response, as) {
  if (response.ok) {
    return as === "text" ? response.text() : response.json();
  }
  let problem = null;
  try {
    problem = await response.json();
  } catch (e) {
    // Not a problem body (a proxy's page, say): the status alone is reported.
  }
  throw new CallFailed(response.status, problem);
}

/** Whether {@code bytes} is a zip, as every .xlsx workbook is ("PK\x03\x04"). */
export function isWorkbook(bytes) {
  const head = new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength));
  return head.length === 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 3
      && head[3] === 4;
}
