// Figures as an official reads them. The API sends exact decimals; JavaScript holds them as
// doubles, whose shortest form (String(x)) gives back the decimal the server wrote. Rounding is
// done on that decimal text, half up, as the server's BigDecimal sentences round, so a card never
// shows 83.6% beside a sentence that says 83.7%. (Number.toFixed rounds the binary value:
// (1.005).toFixed(2) is "1.00".)

/** {@code value} rounded half up to {@code places} decimals, as text with exactly that many. */
export function decimal(value, places) {
  let text = String(value);
  if (/e/i.test(text)) {
    // Very large or small numbers: toFixed(20) is exact enough for figures of a county plan.
    text = Number(value).toFixed(20);
  }
  const negative = text.startsWith("-");
  if (negative) {
    text = text.slice(1);
  }
  let [whole, fraction = ""] = text.split(".");
  fraction = fraction.padEnd(places + 1, "0");
  const roundUp = fraction.charCodeAt(places) >= "5".charCodeAt(0);
  let digits = (whole + fraction.slice(0, places)).split("").map(Number);
  if (roundUp) {
    let i = digits.length - 1;
    while (i >= 0 && digits[i] === 9) {
      digits[i] = 0;
      i--;
    }
    if (i < 0) {
      digits.unshift(1);
    } else {
      digits[i] += 1;
    }
  }
  const all = digits.join("");
  const cut = all.length - places;
  const result = places > 0 ? `${all.slice(0, cut)}.${all.slice(cut)}` : all;
  const isZero = /^[0.]*$/.test(result);
  return (negative && !isZero ? "-" : "") + result;
}

/** A rate 0.0837 as "8.4%": one decimal, as the API's sentences write rates. */
export function percent(rate, places = 1) {
  return `${decimal(shiftTwo(rate), places)}%`;
}

/** {@code rate} × 100 without binary error: the decimal point moved on the text. */
function shiftTwo(rate) {
  let text = String(rate);
  if (/e/i.test(text)) {
    return rate * 100;
  }
  const negative = text.startsWith("-");
  if (negative) {
    text = text.slice(1);
  }
  let [whole, fraction = ""] = text.split(".");
  fraction = fraction.padEnd(2, "0");
  const moved = `${whole}${fraction.slice(0, 2)}.${fraction.slice(2) || "0"}`
      .replace(/^0+(?=\d)/, "");
  return (negative ? "-" : "") + moved;
}

/** A threshold as the plan writes it: 7% not 7.0%, 0.6 not 0.60. */
export function plain(value) {
  const text = String(value);
  return /e/i.test(text) ? Number(value).toString() : text;
}

/** A rate threshold as the plan writes it: 0.07 as "7%". */
export function plainPercent(rate) {
  return `${String(shiftTwo(rate)).replace(/\.0$/, "").replace(/(\.\d*?)0+$/, "$1")
      .replace(/\.$/, "")}%`;
}

const UNITS = {
  USD_100M: {zh: "亿美元", en: " (USD 100 million)"},
  CNY_100M: {zh: "亿元", en: " (CNY 100 million)"},
  CNY_10K: {zh: "万元", en: " (CNY 10 thousand)"},
  CNY_1T: {zh: "万亿元", en: " (CNY 1 trillion)"},
  USD_10K: {zh: "万美元", en: " (USD 10 thousand)"},
  COUNT: {zh: "个", en: ""},
  INDEX: {zh: "", en: ""},
};

/** A unit's name alone, for an axis: 亿元, "CNY 100 million". */
export function unitName(unit, language) {
  return (UNITS[unit] || {zh: "", en: ""})[language].replace(/^ \((.*)\)$/, "$1");
}

/** A quantity {value, unit} in {@code language}, rates as percentages. */
export function quantity(q, language, places = 2) {
  if (!q) {
    return "—";
  }
  switch (q.unit) {
    case "RATIO":
      return percent(q.value);
    case "TIER":
      return language === "zh" ? `第${plain(q.value)}方阵` : `tier ${plain(q.value)}`;
    case "COUNT":
      return `${plain(q.value)}${UNITS.COUNT[language]}`;
    default:
      return `${decimal(q.value, places)}${(UNITS[q.unit] || {zh: "", en: ""})[language]}`;
  }
}

/** A threshold with its operator: "≥ 7%", "> 70%", "≤ 第1方阵". */
export function threshold(operator, q, language) {
  const sign = {AT_LEAST: "≥", GREATER_THAN: ">", AT_MOST: "≤", LESS_THAN: "<"}[operator] || "";
  let value;
  if (q.unit === "RATIO") {
    value = plainPercent(q.value);
  } else if (q.unit === "TIER" || q.unit === "COUNT") {
    value = quantity(q, language);
  } else {
    value = `${plain(q.value)}${(UNITS[q.unit] || {zh: "", en: ""})[language]}`;
  }
  return `${sign} ${value}`;
}

/** Percentage points, one decimal, without sign. */
export function points(pp) {
  return decimal(String(pp).replace(/^-/, ""), 1);
}
