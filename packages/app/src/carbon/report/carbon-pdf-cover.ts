/**
 * Page 1 of the carbon credit report: the enterprise (names, code, industry, province), which account this is
 * (year, version, date, factor set, both hashes), then its key figures; the contents go under them.
 */
import { drawCoverTitle, drawFactRows, type FactRow } from "../../reports/pdf/pdf-cover-parts";
import { COLOUR, CONTENT_WIDTH, drawParagraph, PAGE, type Pdf, type TextStyle } from "../../reports/pdf/pdf-layout";
import type { ReportLang } from "../../reports/report-words";
import { drawKeyFigures } from "./carbon-pdf-figures";
import { HASH } from "./carbon-pdf-kit";
import { pickName } from "./carbon-report-format";
import type { CarbonReportModel } from "./carbon-report-model";
import { type CarbonReportTextKey, say } from "./carbon-report-text";

const SUBTITLE: TextStyle = { size: 11, color: COLOUR.text };
const FACT_KEY: TextStyle = { size: 9.5, color: COLOUR.muted };
const FACT_VALUE: TextStyle = { size: 9.5, color: COLOUR.text };

/** Draws page 1 down to the key figures; returns the y where the contents may start. */
export function drawCover(doc: Pdf, model: CarbonReportModel, lang: ReportLang): number {
  const org = model.organisation;
  const name = pickName(org, lang);
  const other = lang === "zh" ? org.nameEn : org.nameZh;
  let y = drawCoverTitle(doc, `${say("title", lang)} · ${model.year}`, name, other && other !== name ? other : null);
  y += 6;
  y = drawParagraph(doc, say("subtitle", lang), PAGE.left, y, CONTENT_WIDTH, SUBTITLE) + 10;
  y = drawFactRows(doc, y, facts(model, lang), { keyWidth: 150, pad: 3.5, key: FACT_KEY, value: FACT_VALUE });
  return drawKeyFigures(doc, y + 18, model, lang);
}

function facts(model: CarbonReportModel, lang: ReportLang): FactRow[] {
  const org = model.organisation;
  const industry = org.industryCode
    ? `${org.industryCode} ${(lang === "zh" ? org.industryNameZh : org.industryNameEn) ?? ""}`.trim()
    : say("none", lang);
  const province = model.account.province ? pickName(model.account.province, lang) : say("none", lang);
  const rows: [CarbonReportTextKey, string, TextStyle?][] = [
    ["uscc", org.uscc ?? say("none", lang)],
    ["industry", industry],
    ["province", province],
    ["year", String(model.year)],
    ["version", `${model.version}${model.versions.length > 1 ? ` / ${model.versions.length}` : ""}`],
    ["calculatedOn", model.calculatedOn],
    ["factorSet", model.factorSet],
    ["inputsHash", model.inputsHash, HASH],
    ["accountHash", model.accountHash, HASH],
  ];
  // A hash sits a point lower, on the label's baseline, in its smaller size.
  return rows.map(([key, value, style]) => ({ label: say(key, lang), value, style, nudge: style ? 1 : 0 }));
}
