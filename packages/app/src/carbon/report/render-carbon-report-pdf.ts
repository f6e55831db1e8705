/**
 * The carbon credit report as an A4 PDF, drawn with the reports' PDF toolkit (src/reports/pdf: page geometry,
 * wrapped tables with repeated headers, the embedded CJK font, contents and footers): the cover with the key
 * figures, then one numbered section per file of this folder's carbon-pdf-*.ts. The PDF's dates are the account's
 * calculation date, so the same account gives the same bytes.
 */
import { contentsSlot, drawContents } from "../../reports/pdf/pdf-contents";
import { openReportPdf } from "../../reports/pdf/pdf-document";
import { drawPageFooters } from "../../reports/pdf/pdf-footer";
import { Pager } from "../../reports/pdf/pdf-layout";
import type { ReportLang } from "../../reports/report-words";
import { drawCover } from "./carbon-pdf-cover";
import { drawEts } from "./carbon-pdf-ets";
import { drawGrade, drawIntensities } from "./carbon-pdf-grade";
import type { DrawSection } from "./carbon-pdf-kit";
import { drawMethod, drawWarnings } from "./carbon-pdf-notes";
import { drawItems, drawMarket } from "./carbon-pdf-sources";
import { drawHistory, drawMonthly, drawSummary } from "./carbon-pdf-totals";
import { pickName } from "./carbon-report-format";
import type { CarbonReportModel } from "./carbon-report-model";
import { type CarbonReportTextKey, say } from "./carbon-report-text";

export async function renderCarbonReportPdf(model: CarbonReportModel, lang: ReportLang): Promise<Uint8Array> {
  const name = pickName(model.organisation, lang);
  const { doc, bytes } = openReportPdf({
    lang,
    title: `${name} · ${say("title", lang)} ${model.year}`,
    subject: `${model.factorSet} ${model.year} v${model.version} ${model.accountHash}`,
    created: new Date(`${model.calculatedOn}T00:00:00Z`),
    createdFrom: `calculatedOn ${model.calculatedOn}`,
  });

  const contentsTop = drawCover(doc, model, lang);
  const pager = new Pager(doc);
  pager.newPage();
  const sections: [CarbonReportTextKey, DrawSection][] = [
    ["secSummary", drawSummary],
    ["secMonthly", drawMonthly],
    ["secItems", drawItems],
    ["secMarket", drawMarket],
    ["secIntensity", drawIntensities],
    ["secGrade", drawGrade],
    ["secHistory", drawHistory],
    ...(model.ets ? [["secEts", drawEts] as [CarbonReportTextKey, DrawSection]] : []),
    ["secWarnings", drawWarnings],
    ["secMethod", drawMethod],
  ];
  const entries = sections.map(([key, draw], i) => {
    const title = `${i + 1}. ${say(key, lang)}`;
    return { title, page: draw(pager, title, model, lang) + 1 };
  });
  doc.switchToPage(0);
  drawContents(doc, contentsSlot(contentsTop, entries.length), say("contents", lang), entries);
  drawPageFooters(doc, `GreenFin · ${name} · ${say("title", lang)} ${model.year} · v${model.version}`, lang);
  doc.end();
  return bytes;
}
