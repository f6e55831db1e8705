/**
 * A disclosure report as one self-contained, printable HTML document: inline CSS, no scripts, no external assets,
 * every interpolated string escaped. Same model and language → the same string.
 */
import { colon } from "../../reports/report-words";
import { escapeHtml as h } from "./html-escape";
import type { DisclosureReportModel, ReportIndicatorRow, ReportLang, ReportSection } from "./report-model";
import {
  coverFacts,
  formatFraction,
  formatTimestamp,
  formatValueLine,
  levelLabel,
  organisationName,
  otherOrganisationName,
  pick,
  type ReportTextKey,
  say,
} from "./report-text";

const STYLE = `
@page { size: A4; margin: 16mm 14mm 18mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 190mm; padding: 8mm 0; color: #1d2327; font-size: 10pt; line-height: 1.5;
  font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
  "Helvetica Neue", Arial, sans-serif; }
.cover { border-top: 4pt solid #1f6f4a; padding-top: 6mm; margin-bottom: 8mm; break-after: page; }
.kicker { margin: 0; color: #1f6f4a; font-size: 11pt; letter-spacing: 0.08em; }
h1 { margin: 2mm 0 0; font-size: 20pt; line-height: 1.3; }
.other-name { margin: 1mm 0 0; color: #5f6b73; }
.framework { margin: 4mm 0 6mm; font-size: 12pt; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 1.5mm 6mm; margin: 0 0 6mm; }
.facts dt { color: #5f6b73; }
.facts dd { margin: 0; }
.completeness { display: flex; gap: 6mm; }
.figure { flex: 1; border: 0.75pt solid #c9d6cf; border-radius: 2mm; padding: 3mm 4mm; }
.figure .label { color: #5f6b73; font-size: 9pt; }
.figure .value { font-size: 14pt; }
.bar { height: 2mm; background: #e3ebe6; border-radius: 1mm; overflow: hidden; margin-top: 1.5mm; }
.bar span { display: block; height: 100%; background: #1f6f4a; }
h2 { font-size: 13pt; margin: 8mm 0 3mm; color: #1f6f4a; break-after: avoid; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 9pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th { text-align: left; font-weight: 600; background: #e8f2ec; border-bottom: 1pt solid #1f6f4a; }
th, td { padding: 1.5mm 2mm; vertical-align: top; overflow-wrap: anywhere; }
td { border-bottom: 0.5pt solid #d5dcd8; }
col.id { width: 17%; } col.name { width: 25%; } col.clause { width: 12%; } col.level { width: 14%; }
.mono { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 8pt; }
.line { display: block; }
.entered, .evidence, .reason { display: block; color: #6b757c; font-size: 8pt; }
td.undisclosed { background: #fdf0ee; }
.not-disclosed { display: inline-block; color: #a3261b; border: 0.75pt solid #a3261b; border-radius: 1mm;
  padding: 0 1.5mm; font-size: 8.5pt; }
footer { margin-top: 10mm; padding-top: 3mm; border-top: 0.75pt solid #c9d6cf; color: #5f6b73; font-size: 8pt; }
footer .mono { overflow-wrap: anywhere; }
`;

export function renderDisclosureReportHtml(model: DisclosureReportModel, lang: ReportLang): string {
  const name = organisationName(model, lang);
  const title = `${name} · ${pick(model.framework.name, lang)} · ${say("title", lang)}`;
  return [
    "<!DOCTYPE html>",
    `<html lang="${lang === "zh" ? "zh-CN" : "en"}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    cover(model, lang),
    "<main>",
    ...model.sections.map((section, i) => sectionHtml(section, i + 1, lang)),
    "</main>",
    footer(model, lang),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function cover(model: DisclosureReportModel, lang: ReportLang): string {
  const other = otherOrganisationName(model, lang);
  const { mandatoryFilled, mandatoryTotal, allFilled, allTotal } = model.completeness;
  return [
    '<header class="cover">',
    `<p class="kicker">${h(say("title", lang))}</p>`,
    `<h1>${h(organisationName(model, lang))}</h1>`,
    other ? `<p class="other-name">${h(other)}</p>` : "",
    `<p class="framework">${h(pick(model.framework.name, lang))} · ${h(model.framework.issuer)}</p>`,
    '<dl class="facts">',
    ...coverFacts(model, lang).map(([label, value]) => `<dt>${h(label)}</dt><dd>${h(value)}</dd>`),
    "</dl>",
    `<h2>${h(say("completeness", lang))}</h2>`,
    '<div class="completeness">',
    figure(say("mandatoryFilled", lang), mandatoryFilled, mandatoryTotal),
    figure(say("allFilled", lang), allFilled, allTotal),
    "</div>",
    "</header>",
  ].join("\n");
}

function figure(label: string, filled: number, total: number): string {
  const width = total > 0 ? Math.min(100, Math.round((filled / total) * 1000) / 10) : 0;
  return [
    '<div class="figure">',
    `<div class="label">${h(label)}</div>`,
    `<div class="value">${h(formatFraction(filled, total))}</div>`,
    `<div class="bar"><span style="width: ${width}%"></span></div>`,
    "</div>",
  ].join("");
}

function sectionHtml(section: ReportSection, number: number, lang: ReportLang): string {
  const headers: ReportTextKey[] = ["colId", "colName", "colClause", "colLevel", "colValue"];
  return [
    "<section>",
    `<h2>${number}. ${h(pick(section.title, lang))}</h2>`,
    "<table>",
    '<colgroup><col class="id"><col class="name"><col class="clause"><col class="level"><col></colgroup>',
    `<thead><tr>${headers.map((key) => `<th>${h(say(key, lang))}</th>`).join("")}</tr></thead>`,
    "<tbody>",
    ...section.rows.map((row) => rowHtml(row, lang)),
    "</tbody>",
    "</table>",
    "</section>",
  ].join("\n");
}

function rowHtml(row: ReportIndicatorRow, lang: ReportLang): string {
  const disclosed = row.values.length > 0;
  return [
    "<tr>",
    `<td class="mono">${breakableId(row.indicatorId)}</td>`,
    `<td>${h(pick(row.name, lang))}</td>`,
    `<td>${h(row.clause)}</td>`,
    `<td>${h(levelLabel(row.level, lang))}</td>`,
    `<td${disclosed ? "" : ' class="undisclosed"'}>${disclosed ? valuesHtml(row, lang) : notDisclosedHtml(row, lang)}${evidenceHtml(row, lang)}</td>`,
    "</tr>",
  ].join("");
}

/** Lets a long indicator id wrap after its dots ("SSE.E.<wbr>GHG") rather than anywhere. */
function breakableId(id: string): string {
  return h(id).replace(/\.(?=\p{L})/gu, ".<wbr>");
}

function valuesHtml(row: ReportIndicatorRow, lang: ReportLang): string {
  return row.values
    .map((line) => {
      const entered = line.entered ? `<span class="entered">${h(say("entered", lang) + line.entered)}</span>` : "";
      return `<span class="line">${h(formatValueLine(line, lang))}</span>${entered}`;
    })
    .join("");
}

function notDisclosedHtml(row: ReportIndicatorRow, lang: ReportLang): string {
  const reason = row.notDisclosedReason?.trim()
    ? say("reason", lang) + row.notDisclosedReason.trim()
    : say("noReason", lang);
  return `<span class="not-disclosed">${h(say("notDisclosed", lang))}</span><span class="reason">${h(reason)}</span>`;
}

function evidenceHtml(row: ReportIndicatorRow, lang: ReportLang): string {
  if (row.evidence.length === 0) return "";
  return `<span class="evidence">${h(say("evidence", lang) + row.evidence.join(lang === "zh" ? "、" : ", "))}</span>`;
}

function footer(model: DisclosureReportModel, lang: ReportLang): string {
  return [
    "<footer>",
    `<div>${h(say("valuesHash", lang) + colon(lang))}<span class="mono">${h(model.valuesHash)}</span></div>`,
    `<div>${h(say("generatedAt", lang) + colon(lang) + formatTimestamp(model.generatedAt, lang))} · GreenFin</div>`,
    "</footer>",
  ].join("\n");
}
