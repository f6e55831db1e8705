/**
 * The carbon credit report as an A4 PDF, drawn with the disclosure report's toolkit (page geometry, wrapped tables
 * with repeated headers, the embedded CJK font, the contents block). The PDF's dates are the account's calculation
 * date, so the same account gives the same bytes.
 */
import type { EmissionLine, FactorUse } from "@greenfin/domain";
import PDFDocument from "pdfkit";
import { drawContents } from "../../disclosure/reports/pdf-cover";
import {
  BODY_BOTTOM,
  COLOUR,
  CONTENT_WIDTH,
  drawLine,
  drawParagraph,
  FONT,
  lineHeight,
  PAGE,
  Pager,
  type Pdf,
  rule,
  type TextStyle,
  wrap,
} from "../../disclosure/reports/pdf-layout";
import { type CellBlock, PdfTable, type TableCell } from "../../disclosure/reports/pdf-table";
import { reportFontBytes } from "../../disclosure/reports/report-font";
import type { CarbonReportModel } from "./carbon-report-model";
import {
  type CarbonReportLang,
  type CarbonReportTextKey,
  COLOUR_FILL,
  colon,
  colourLabel,
  formatDecimal,
  gradeLabel,
  pageLabel,
  pickName,
  say,
  scopeLabel,
  unitLabel,
} from "./carbon-report-text";

const KICKER: TextStyle = { size: 12, color: COLOUR.accent };
const NAME: TextStyle = { size: 22, color: COLOUR.text, bold: true };
const OTHER_NAME: TextStyle = { size: 11, color: COLOUR.muted };
const SUBTITLE: TextStyle = { size: 11, color: COLOUR.text };
const FACT_KEY: TextStyle = { size: 9.5, color: COLOUR.muted };
const FACT_VALUE: TextStyle = { size: 9.5, color: COLOUR.text };
const HASH: TextStyle = { size: 8, color: COLOUR.text };
const HEADING: TextStyle = { size: 13, color: COLOUR.accent, bold: true };
const FIGURE_LABEL: TextStyle = { size: 8.5, color: COLOUR.muted };
const FIGURE_VALUE: TextStyle = { size: 14, color: COLOUR.text };
const FIGURE_UNIT: TextStyle = { size: 7.5, color: COLOUR.muted };
const SECTION_TITLE: TextStyle = { size: 13, color: COLOUR.accent, bold: true };
const CONTINUED: TextStyle = { size: 9, color: COLOUR.muted };
const HEADER: TextStyle = { size: 8.5, color: COLOUR.text, bold: true };
const CELL: TextStyle = { size: 8.5, color: COLOUR.text };
const NUMBER: TextStyle = { size: 8.5, color: COLOUR.text };
const ID: TextStyle = { size: 7.5, color: COLOUR.text };
const NOTE: TextStyle = { size: 7.5, color: COLOUR.muted };
const FLAG: TextStyle = { size: 7.5, color: COLOUR.undisclosedText };
const BODY: TextStyle = { size: 9.5, color: COLOUR.text };
const FOOTER: TextStyle = { size: 7.5, color: COLOUR.muted };

const FACT_KEY_WIDTH = 150;
const FIGURE_HEIGHT = 56;

type Lang = CarbonReportLang;

export async function renderCarbonReportPdf(model: CarbonReportModel, lang: Lang): Promise<Uint8Array> {
  const created = new Date(`${model.calculatedOn}T00:00:00Z`);
  if (Number.isNaN(created.getTime())) throw new Error(`calculatedOn is not a date: ${model.calculatedOn}`);
  const name = pickName(model.organisation, lang);
  const doc: Pdf = new PDFDocument({
    size: "A4",
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
    bufferPages: true,
    lang: lang === "zh" ? "zh-CN" : "en",
    displayTitle: true,
    // Fixed dates make the file id (an md5 of this dictionary) and so the output deterministic.
    info: {
      Title: `${name} · ${say("title", lang)} ${model.year}`,
      Author: "GreenFin",
      Subject: `${model.factorSet} ${model.year} v${model.version} ${model.accountHash}`,
      Creator: "GreenFin",
      CreationDate: created,
      ModDate: created,
    },
  });
  const bytes = collect(doc);
  doc.registerFont(FONT, reportFontBytes());

  const contentsTop = drawCover(doc, model, lang);
  const pager = new Pager(doc);
  pager.newPage();
  const sections: { key: CarbonReportTextKey; draw: (title: string) => number }[] = [
    { key: "secSummary", draw: (t) => drawSummary(pager, t, model, lang) },
    { key: "secMonthly", draw: (t) => drawMonthly(pager, t, model, lang) },
    { key: "secItems", draw: (t) => drawItems(pager, t, model, lang) },
    { key: "secMarket", draw: (t) => drawMarket(pager, t, model, lang) },
    { key: "secIntensity", draw: (t) => drawIntensities(pager, t, model, lang) },
    { key: "secGrade", draw: (t) => drawGrade(pager, t, model, lang) },
    { key: "secHistory", draw: (t) => drawHistory(pager, t, model, lang) },
    ...(model.ets ? [{ key: "secEts" as const, draw: (t: string) => drawEts(pager, t, model, lang) }] : []),
    { key: "secWarnings", draw: (t) => drawWarnings(pager, t, model, lang) },
    { key: "secMethod", draw: (t) => drawMethod(pager, t, model, lang) },
  ];
  const entries = sections.map((s, i) => {
    const title = `${i + 1}. ${say(s.key, lang)}`;
    return { title, page: s.draw(title) + 1 };
  });
  doc.switchToPage(0);
  const needed = lineHeight(HEADING) + 6 + entries.length * 10.5 * 1.45;
  drawContents(doc, { top: contentsTop, fits: contentsTop + needed <= BODY_BOTTOM }, entries, lang);
  drawFooters(doc, `GreenFin · ${name} · ${say("title", lang)} ${model.year} · v${model.version}`, lang);
  doc.end();
  return bytes;
}

function collect(doc: Pdf): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
}

// ---------------------------------------------------------------------------------------------------------- cover

function drawCover(doc: Pdf, model: CarbonReportModel, lang: Lang): number {
  const left = PAGE.left;
  let y: number = PAGE.top;
  doc.save().rect(left, y, CONTENT_WIDTH, 4).fill(COLOUR.accent).restore();
  y += 20;
  drawLine(doc, `${say("title", lang)} · ${model.year}`, left, y, KICKER);
  y += lineHeight(KICKER) + 6;
  const org = model.organisation;
  y = drawParagraph(doc, pickName(org, lang), left, y, CONTENT_WIDTH, NAME) + 2;
  const other = lang === "zh" ? org.nameEn : org.nameZh;
  if (other && other !== pickName(org, lang)) y = drawParagraph(doc, other, left, y, CONTENT_WIDTH, OTHER_NAME);
  y += 6;
  y = drawParagraph(doc, say("subtitle", lang), left, y, CONTENT_WIDTH, SUBTITLE) + 10;

  const industry = org.industryCode
    ? `${org.industryCode} ${(lang === "zh" ? org.industryNameZh : org.industryNameEn) ?? ""}`.trim()
    : say("none", lang);
  const province = model.account.province ? pickName(model.account.province, lang) : say("none", lang);
  const facts: [CarbonReportTextKey, string, TextStyle?][] = [
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
  rule(doc, left, left + CONTENT_WIDTH, y, COLOUR.rule);
  for (const [key, value, style] of facts) {
    y += 3.5;
    drawLine(doc, say(key, lang), left, y, FACT_KEY);
    const bottom = drawParagraph(
      doc,
      value,
      left + FACT_KEY_WIDTH,
      y + (style ? 1 : 0),
      CONTENT_WIDTH - FACT_KEY_WIDTH,
      style ?? FACT_VALUE,
    );
    y = Math.max(bottom, y + lineHeight(FACT_KEY)) + 3.5;
    rule(doc, left, left + CONTENT_WIDTH, y, COLOUR.rule);
  }
  y += 18;

  drawLine(doc, say("keyFigures", lang), left, y, HEADING);
  y += lineHeight(HEADING) + 6;
  const t = model.account.totals;
  const perVa = model.account.intensities.perValueAdded;
  const figures: { label: string; value: string; unit: string; colour?: string }[] = [
    { label: say("scope1Short", lang), value: formatDecimal(t.scope1, 2), unit: "tCO2" },
    { label: say("scope2LocShort", lang), value: formatDecimal(t.scope2Location, 2), unit: "tCO2" },
    { label: say("scope2MktShort", lang), value: formatDecimal(t.scope2Market, 2), unit: "tCO2" },
    { label: say("totalShort", lang), value: formatDecimal(t.totalLocationBased, 2), unit: "tCO2" },
    {
      label: say("perValueAdded", lang),
      value: formatDecimal(perVa.value, 4),
      unit: perVa.value ? unitLabel(perVa.unit, lang) : "",
    },
    model.grade
      ? {
          label: say("grade", lang),
          value: gradeLabel(model.grade.grade, lang),
          unit: `K = ${formatDecimal(model.grade.k, 4)} · ${colourLabel(model.grade.colour, lang)}`,
          colour: COLOUR_FILL[model.grade.colour] ?? COLOUR.muted,
        }
      : { label: say("grade", lang), value: say("none", lang), unit: "" },
  ];
  const gap = 10;
  const width = (CONTENT_WIDTH - 2 * gap) / 3;
  figures.forEach((f, i) => {
    const x = left + (i % 3) * (width + gap);
    const top = y + Math.floor(i / 3) * (FIGURE_HEIGHT + gap);
    doc.save().roundedRect(x, top, width, FIGURE_HEIGHT, 4).lineWidth(0.75).strokeColor("#c9d6cf").stroke().restore();
    if (f.colour)
      doc
        .save()
        .rect(x, top + 6, 4, FIGURE_HEIGHT - 12)
        .fill(f.colour)
        .restore();
    drawLine(doc, f.label, x + 10, top + 5, FIGURE_LABEL);
    drawLine(doc, f.value, x + 10, top + 18, FIGURE_VALUE);
    drawLine(doc, f.unit, x + 10, top + 40, FIGURE_UNIT);
  });
  return y + 2 * FIGURE_HEIGHT + gap + 22;
}

// --------------------------------------------------------------------------------------------------- section kit

function header(keys: readonly CarbonReportTextKey[], lang: Lang): TableCell[] {
  return keys.map((key) => ({ blocks: [{ text: say(key, lang), style: HEADER }] }));
}

const text = (value: string, style: TextStyle = CELL): TableCell => ({ blocks: [{ text: value, style }] });

/** Draws a section title (kept with the table header and first row) and its table; returns its first page. */
function tableSection(
  pager: Pager,
  lang: Lang,
  title: string,
  widths: readonly number[],
  head: readonly TableCell[],
  rows: readonly TableCell[][],
  after?: (pager: Pager) => void,
): number {
  const doc = pager.doc;
  const last = CONTENT_WIDTH - widths.reduce((a, b) => a + b, 0);
  const columns = [...widths, last].map((width) => ({ width }));
  const continuedHeight = lineHeight(CONTINUED) + 2;
  const table = new PdfTable(pager, columns, head, PAGE.left, {
    height: continuedHeight,
    draw: () => {
      drawLine(doc, title + say("continued", lang), PAGE.left, pager.y, CONTINUED);
      pager.y += continuedHeight;
    },
  });
  const cells = rows.map((row) => row.map(printableCell));
  const firstRow = cells[0] ? Math.min(table.heightOf(cells[0]), 120) : 0;
  const start = startSection(pager, title, table.headerHeight + firstRow);
  table.drawHeader();
  for (const row of cells) table.drawRow(row);
  after?.(pager);
  return start;
}

/** Draws a section's title where it fits with `keepWith` points below it; returns the page index it is on. */
function startSection(pager: Pager, title: string, keepWith: number): number {
  const titleHeight = lineHeight(SECTION_TITLE) + 4;
  if (pager.y > PAGE.top) pager.y += 16;
  pager.ensure(titleHeight + keepWith);
  const start = pager.pageIndex;
  pager.y = drawParagraph(pager.doc, title, PAGE.left, pager.y, CONTENT_WIDTH, SECTION_TITLE) + 4;
  return start;
}

/** Paragraphs under a section title (or a table); a short one is kept whole, a long one runs onto the next page. */
function paragraphs(pager: Pager, items: readonly { text: string; style: TextStyle; gap?: number }[]): void {
  for (const item of items) {
    pager.y += item.gap ?? 3;
    const lines = wrap(pager.doc, printable(item.text), CONTENT_WIDTH, item.style);
    const height = lineHeight(item.style);
    pager.ensure(height * Math.min(lines.length, 4));
    for (const line of lines) {
      pager.ensure(height);
      drawLine(pager.doc, line, PAGE.left, pager.y, item.style);
      pager.y += height;
    }
  }
}

/**
 * The embedded font has the CJK and Latin blocks but only part of the mathematical operators: the traces' minus
 * sign and dot operator would print as empty boxes, so they are drawn as their ASCII or Latin-1 look-alikes.
 */
const STAND_INS: Record<string, string> = { "\u2212": "-", "\u22c5": "·", "\u2206": "Δ", "\u2217": "*", "\u2215": "/" };
const printable = (value: string) => value.replace(/[\u2212\u22c5\u2206\u2217\u2215]/g, (c) => STAND_INS[c] ?? c);
const printableCell = (cell: TableCell): TableCell => ({
  ...cell,
  blocks: cell.blocks.map((b) => ({ ...b, text: printable(b.text) })),
});

const t3 = (v: string | null | undefined) => formatDecimal(v, 3);
const num = (v: string | null | undefined, places = 3): TableCell => text(formatDecimal(v, places), NUMBER);

// ------------------------------------------------------------------------------------------------------ sections

function drawSummary(pager: Pager, title: string, model: CarbonReportModel, lang: Lang): number {
  const t = model.account.totals;
  const rows: TableCell[][] = [
    [text(say("scope1", lang)), num(t.scope1), num(t.scope1)],
    [text(say("scope1Combustion", lang), NOTE), num(t.scope1Combustion), num(t.scope1Combustion)],
    [text(say("scope1Process", lang), NOTE), num(t.scope1Process), num(t.scope1Process)],
    [text(say("scope2", lang)), num(t.scope2Location), num(t.scope2Market)],
    [
      { blocks: [{ text: say("total", lang), style: HEADER }], fill: COLOUR.headerFill },
      { blocks: [{ text: t3(t.totalLocationBased), style: HEADER }], fill: COLOUR.headerFill },
      { blocks: [{ text: t3(t.totalMarketBased), style: HEADER }], fill: COLOUR.headerFill },
    ],
  ];
  if (t.scope3 !== null) rows.push([text(say("scope3", lang), NOTE), num(t.scope3), num(t.scope3)]);
  return tableSection(pager, lang, title, [215, 140], header(["colScope", "colLocation", "colMarket"], lang), rows);
}

function drawMonthly(pager: Pager, title: string, model: CarbonReportModel, lang: Lang): number {
  const scope3 = model.account.totals.scope3 !== null;
  const keys: CarbonReportTextKey[] = [
    "colMonth",
    "scope1Short",
    "scope2LocShort",
    ...(scope3 ? ["scope3Short" as const] : []),
    "totalShort",
  ];
  const rows = model.account.byMonth.map((m) => [
    text(m.month),
    num(m.scope1),
    num(m.scope2Location),
    ...(scope3 ? [num(m.scope3)] : []),
    num(m.total),
  ]);
  const t = model.account.totals;
  rows.push(
    [
      say("totalShort", lang),
      t3(t.scope1),
      t3(t.scope2Location),
      ...(scope3 ? [t3(t.scope3)] : []),
      t3(t.totalLocationBased),
    ].map((v) => ({ blocks: [{ text: v, style: HEADER }], fill: COLOUR.headerFill })),
  );
  const n = keys.length - 1;
  const w = (CONTENT_WIDTH - 90) / n;
  return tableSection(pager, lang, title, [90, ...Array(n - 1).fill(w)], header(keys, lang), rows);
}

function factorBlocks(factors: readonly FactorUse[], lang: Lang): CellBlock[] {
  return factors.flatMap((f, i): CellBlock[] => [
    { text: `${f.id} = ${f.value} ${f.unit}${f.year ? ` (${f.year})` : ""}`, style: ID, gapBefore: i > 0 ? 3 : 0 },
    { text: say("factorSource", lang) + f.source, style: NOTE },
    f.unverified
      ? { text: say("unverified", lang), style: FLAG, badge: true, gapBefore: 1 }
      : { text: say("factorVerification", lang) + f.verification, style: NOTE },
  ]);
}

function uniqueFactors(lines: readonly EmissionLine[]): FactorUse[] {
  const seen = new Map<string, FactorUse>();
  for (const l of lines)
    for (const f of l.factors) if (!seen.has(`${f.id}|${f.value}`)) seen.set(`${f.id}|${f.value}`, f);
  return [...seen.values()];
}

function itemName(model: CarbonReportModel, item: string, lang: Lang): string {
  const n = model.itemNames[item];
  return n ? pickName(n, lang) : item;
}

function drawItems(pager: Pager, title: string, model: CarbonReportModel, lang: Lang): number {
  const a = model.account;
  const rows: TableCell[][] = a.byItem.map((b) => {
    const lines = a.lines.filter((l) => l.item === b.item && l.scope === b.scope);
    return [
      {
        blocks: [
          { text: itemName(model, b.item, lang), style: CELL },
          { text: b.item, style: NOTE },
        ],
      },
      text(scopeLabel(b.scope, lang)),
      num(b.emissions),
      { blocks: factorBlocks(uniqueFactors(lines), lang) },
    ];
  });
  for (const l of a.marketBased.lines) {
    rows.push([
      {
        blocks: [
          { text: itemName(model, l.item, lang), style: CELL },
          { text: `${l.item} · ${l.period}`, style: NOTE },
        ],
      },
      text(scopeLabel(l.scope, lang)),
      num(l.emissions),
      { blocks: factorBlocks(l.factors, lang) },
    ]);
  }
  return tableSection(
    pager,
    lang,
    title,
    [110, 75, 80],
    header(["colItem", "colScope", "colEmissions", "colFactor"], lang),
    rows,
  );
}

function drawMarket(pager: Pager, title: string, model: CarbonReportModel, lang: Lang): number {
  const m = model.account.marketBased;
  const mwh = (v: string) => `${t3(v)} MWh`;
  const rows: TableCell[][] = [
    [text(say("electricity", lang)), text(mwh(m.electricityMWh))],
    [text(say("greenPower", lang)), text(mwh(m.greenPowerMWh))],
    [text(say("greenCertificate", lang)), text(mwh(m.greenCertificateMWh))],
    [text(say("deducted", lang)), text(mwh(m.deductedMWh))],
    [text(say("excess", lang)), text(mwh(m.excessMWh))],
    [text(say("remainder", lang)), text(mwh(m.remainderMWh))],
    [text(say("residualFactor", lang)), { blocks: factorBlocks([m.residualFactor], lang) }],
    [text(say("scope2MktShort", lang)), text(`${t3(model.account.totals.scope2Market)} tCO2`)],
  ];
  return tableSection(pager, lang, title, [190], header(["colField", "colValue"], lang), rows, (pg) =>
    paragraphs(
      pg,
      m.trace.map((line) => ({ text: line, style: NOTE, gap: 1 })),
    ),
  );
}

function drawIntensities(pager: Pager, title: string, model: CarbonReportModel, lang: Lang): number {
  const i = model.account.intensities;
  const entries: [CarbonReportTextKey, typeof i.perRevenue][] = [
    ["perRevenue", i.perRevenue],
    ["perValueAdded", i.perValueAdded],
    ["perProductOutput", i.perProductOutput],
  ];
  const rows = entries.map(([key, v]) => [
    text(say(key, lang)),
    text(v.value === null ? say("none", lang) : `${formatDecimal(v.value, 6)} ${unitLabel(v.unit, lang)}`),
    text(v.denominator ? `${t3(v.denominator.quantity)} ${unitLabel(v.denominator.unit, lang)}` : say("none", lang)),
    text(v.note, NOTE),
  ]);
  return tableSection(
    pager,
    lang,
    title,
    [105, 125, 105],
    header(["colIntensity", "colValue", "colDenominator", "colNote"], lang),
    rows,
  );
}

function drawGrade(pager: Pager, title: string, model: CarbonReportModel, lang: Lang): number {
  const g = model.grade;
  if (!g) {
    const start = startSection(pager, title, lineHeight(BODY) * 2);
    paragraphs(pager, [{ text: say("notGraded", lang), style: BODY }]);
    return start;
  }
  const e = g.explanation;
  const gradeCell: TableCell = {
    blocks: [{ text: `${gradeLabel(g.grade, lang)} · ${colourLabel(g.colour, lang)}`, style: HEADER }],
    fill: tint(COLOUR_FILL[g.colour]),
  };
  const rows: TableCell[][] = [
    [text(say("industryGroup", lang)), text(g.industryGroup)],
    [text(say("lValue", lang)), num(g.l, 6)],
    [text(say("industryL", lang)), num(g.industryL, 6)],
    [text(say("kValue", lang)), num(g.k, 6)],
    [text(say("grade", lang)), gradeCell],
    ...(e?.level ? [[text(say("level", lang)), text(pickName(e.level, lang))]] : []),
    ...(e?.peers !== undefined ? [[text(say("peers", lang)), text(String(e.peers))]] : []),
    ...(e?.method ? [[text(say("method", lang)), text(e.method, NOTE)]] : []),
  ];
  const trace = [e?.industryAverage?.rule, ...(e?.trace ?? [])].filter((x): x is string => !!x);
  return tableSection(pager, lang, title, [190], header(["colField", "colValue"], lang), rows, (pg) =>
    paragraphs(pg, [
      { text: say("trace", lang) + colon(lang), style: NOTE, gap: 6 },
      ...trace.map((line) => ({ text: line, style: NOTE, gap: 1 })),
    ]),
  );
}

/** A pale version of a grade colour for a table cell's background. */
function tint(hex: string | undefined): string {
  if (!hex) return COLOUR.headerFill;
  const c = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return `#${c
    .map((v) =>
      Math.round(v + (255 - v) * 0.75)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

function drawHistory(pager: Pager, title: string, model: CarbonReportModel, lang: Lang): number {
  const rows = model.years.map((y) => [
    text(String(y.year)),
    text(String(y.version)),
    num(y.scope1, 2),
    num(y.scope2Location, 2),
    num(y.total, 2),
    num(y.valueAddedWan, 2),
    {
      blocks: [
        { text: `${gradeLabel(y.grade, lang)}${y.colour ? ` · ${colourLabel(y.colour, lang)}` : ""}`, style: CELL },
      ],
      fill: y.colour ? tint(COLOUR_FILL[y.colour]) : undefined,
    },
  ]);
  return tableSection(
    pager,
    lang,
    title,
    [42, 36, 70, 80, 75, 90],
    header(["colYear", "colVersion", "scope1Short", "scope2LocShort", "totalShort", "colValueAdded", "grade"], lang),
    rows,
  );
}

function drawEts(pager: Pager, title: string, model: CarbonReportModel, lang: Lang): number {
  const ets = model.ets!;
  const rows: TableCell[][] = [[text(say("etsSector", lang)), text(pickName(ets.sector, lang))]];
  const a = ets.allocation;
  const pos = ets.position;
  if (a) {
    rows.push(
      [text(say("allocated", lang)), num(a.allocated)],
      [
        text(say("verified", lang)),
        {
          blocks: [
            { text: t3(a.verified), style: NUMBER },
            ...(a.verifiedBasis === "verified" ? [] : [{ text: say("verifiedEstimate", lang), style: NOTE }]),
          ],
        },
      ],
      [text(say("allocationSource", lang)), text(a.source, NOTE)],
    );
  }
  if (pos) {
    rows.push(
      [text(say("balance", lang)), num(pos.balance)],
      [text(say("position", lang)), text(say(pos.position, lang))],
      [
        text(say("price", lang)),
        {
          blocks: [
            { text: `${pos.price.value} ${pos.price.unit} (${pos.price.year}, ${pos.price.basis})`, style: CELL },
            { text: say("factorSource", lang) + pos.price.source, style: NOTE },
          ],
        },
      ],
      [text(say("positionValue", lang)), num(pos.value, 2)],
    );
  }
  return tableSection(pager, lang, title, [190], header(["colField", "colValue"], lang), rows, (pg) =>
    paragraphs(pg, [
      ...(a ? [] : [{ text: say("noAllocation", lang), style: BODY, gap: 6 }]),
      ...(pos?.trace ?? []).map((line, i) => ({ text: line, style: NOTE, gap: i === 0 ? 6 : 1 })),
    ]),
  );
}

function drawWarnings(pager: Pager, title: string, model: CarbonReportModel, lang: Lang): number {
  const warnings = model.account.warnings;
  const start = startSection(pager, title, lineHeight(BODY) * 2);
  paragraphs(
    pager,
    warnings.length
      ? warnings.map((w, i) => ({ text: `${i + 1}. ${w}`, style: BODY, gap: i === 0 ? 2 : 3 }))
      : [{ text: say("noWarnings", lang), style: BODY }],
  );
  return start;
}

function drawMethod(pager: Pager, title: string, model: CarbonReportModel, lang: Lang): number {
  const start = startSection(pager, title, lineHeight(BODY) * 4);
  paragraphs(pager, [
    { text: say("methodStatement", lang), style: BODY },
    { text: say("methodAccount", lang) + model.account.method, style: BODY, gap: 6 },
    { text: say("methodFactors", lang) + model.factorSet, style: BODY, gap: 6 },
    { text: say("verifyHow", lang), style: BODY, gap: 6 },
    { text: `${say("inputsHash", lang)}${colon(lang)}${model.inputsHash}`, style: HASH, gap: 6 },
    { text: `${say("accountHash", lang)}${colon(lang)}${model.accountHash}`, style: HASH, gap: 2 },
  ]);
  return start;
}

function drawFooters(doc: Pdf, left: string, lang: Lang): void {
  const { start, count } = doc.bufferedPageRange();
  const y = BODY_BOTTOM + 22;
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    rule(doc, PAGE.left, PAGE.left + CONTENT_WIDTH, y - 4, COLOUR.rule);
    const label = pageLabel(i - start + 1, count, lang);
    const labelWidth = doc.font(FONT).fontSize(FOOTER.size).widthOfString(label);
    const room = CONTENT_WIDTH - labelWidth - 16;
    const chars = Array.from(left);
    let value = left;
    while (chars.length > 1 && doc.widthOfString(value) > room) {
      chars.pop();
      value = `${chars.join("")}…`;
    }
    drawLine(doc, value, PAGE.left, y, FOOTER);
    drawLine(doc, label, PAGE.left + CONTENT_WIDTH, y, FOOTER, "right");
  }
}
