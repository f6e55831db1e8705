/**
 * The committee briefing as an A4 PDF in Chinese with English beside it, drawn with the reports' PDF toolkit (the
 * embedded CJK font, tables with repeated headers, contents and footers): a cover with the key figures, then one
 * numbered section per part of briefing-sections.ts. Dated at the month's end, so a month gives the same bytes for
 * the same data.
 */

import { contentsSlot, drawContents } from "../../reports/pdf/pdf-contents";
import { drawCoverTitle, drawFactRows, drawFigureBox } from "../../reports/pdf/pdf-cover-parts";
import { openReportPdf } from "../../reports/pdf/pdf-document";
import { drawPageFooters } from "../../reports/pdf/pdf-footer";
import { COLOUR, CONTENT_WIDTH, drawLine, PAGE, Pager, type Pdf } from "../../reports/pdf/pdf-layout";
import { HEADING } from "../../reports/pdf/pdf-styles";
import { briefFigure, pct, periodEnd, unitLabel } from "./briefing-format";
import type { BriefingModel } from "./briefing-model";
import { drawByInstitution, drawHeadline, drawModules, drawTargets, drawTrend } from "./briefing-sections";

const FACT = {
  keyWidth: 150,
  pad: 5,
  key: { size: 9.5, color: COLOUR.muted },
  value: { size: 9.5, color: COLOUR.text },
};

function drawCover(doc: Pdf, m: BriefingModel): number {
  let y = drawCoverTitle(
    doc,
    `管委会简报 · Committee briefing · ${m.period}`,
    "绿色金融改革示范区统计简报",
    "ESG finance demonstration zone — statistics briefing",
  );
  y = drawFactRows(
    doc,
    y + 14,
    [
      { label: "报告期 Period", value: m.period },
      { label: "报送机构 Institutions", value: String(m.dashboard.institutions) },
      { label: "季度数据 Quarter", value: m.dashboard.quarter ?? "—" },
      { label: "口径 Basis", value: "已审核报表 accepted reports only · 金额单位 亿元 (100m yuan)" },
    ],
    FACT,
  );
  y += 16;
  drawLine(doc, "主要指标 Key figures", PAGE.left, y, HEADING);
  y += 24;
  const boxes = m.dashboard.headline.filter((h) => h.frequency === "monthly").slice(0, 6);
  const gap = 10;
  const width = (CONTENT_WIDTH - 2 * gap) / 3;
  boxes.forEach((h, i) => {
    const x = PAGE.left + (i % 3) * (width + gap);
    const top = y + Math.floor(i / 3) * 66;
    drawFigureBox(doc, x, top, width, 56);
    drawLine(doc, h.nameZh, x + 8, top + 5, { size: 8.5, color: COLOUR.muted });
    drawLine(doc, briefFigure(h.value, h.unit), x + 8, top + 18, { size: 14, color: COLOUR.text });
    drawLine(doc, `${unitLabel(h.unit)} · 同比 ${pct(h.yoyReported.growthPercent)}`, x + 8, top + 40, {
      size: 7,
      color: COLOUR.muted,
    });
  });
  return y + Math.ceil(boxes.length / 3) * 66 + 12;
}

export async function renderBriefingPdf(m: BriefingModel): Promise<Uint8Array> {
  const { doc, bytes } = openReportPdf({
    lang: "zh",
    title: `示范区统计简报 ${m.period}`,
    subject: `district statistics briefing ${m.period}`,
    created: periodEnd(m.period),
    createdFrom: `period ${m.period}`,
  });
  const contentsTop = drawCover(doc, m);
  const pager = new Pager(doc);
  pager.newPage();
  const sections: [string, (pager: Pager, title: string, m: BriefingModel) => number][] = [
    ["主要指标 Headline figures", drawHeadline],
    ["绿色贷款余额走势 Green-loan balance trend", drawTrend],
    ["分机构绿色贷款余额 Green-loan balance by institution", drawByInstitution],
    ["目标与进展 Targets and progress", drawTargets],
    ["其他模块 Other modules", drawModules],
  ];
  const entries = sections.map(([name, draw], i) => {
    const title = `${i + 1}. ${name}`;
    return { title, page: draw(pager, title, m) + 1 };
  });
  doc.switchToPage(0);
  drawContents(doc, contentsSlot(contentsTop, entries.length), "目录 Contents", entries);
  drawPageFooters(doc, `GreenFin · 示范区统计简报 District statistics briefing · ${m.period}`, "zh");
  doc.end();
  return bytes;
}
