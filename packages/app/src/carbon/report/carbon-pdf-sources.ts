/**
 * Where the emissions come from: each source item with the factors it was computed with (id, value, unit, year,
 * source, verification), and the market-based electricity figure with its instruments and working.
 */
import type { EmissionLine, FactorUse } from "@greenfin/domain";
import { CELL, ID, NOTE } from "../../reports/pdf/pdf-styles";
import type { CellBlock, TableCell } from "../../reports/pdf/pdf-table";
import type { ReportLang } from "../../reports/report-words";
import { type DrawSection, FLAG, fieldSection, figure, header, t3, tableSection, text } from "./carbon-pdf-kit";
import { pickName, scopeLabel, unitLabel } from "./carbon-report-format";
import type { CarbonReportModel } from "./carbon-report-model";
import { say } from "./carbon-report-text";

export const drawItems: DrawSection = (pager, title, model, lang) => {
  const a = model.account;
  const rows: TableCell[][] = a.byItem.map((b) => {
    const lines = a.lines.filter((l) => l.item === b.item && l.scope === b.scope);
    return [
      itemCell(model, b.item, b.item, lang),
      text(scopeLabel(b.scope, lang)),
      figure(b.emissions),
      { blocks: factorBlocks(uniqueFactors(lines), lang) },
    ];
  });
  for (const l of a.marketBased.lines) {
    rows.push([
      itemCell(model, l.item, `${l.item} · ${l.period}`, lang),
      text(scopeLabel(l.scope, lang)),
      figure(l.emissions),
      { blocks: factorBlocks(l.factors, lang) },
    ]);
  }
  return tableSection(
    pager,
    lang,
    title,
    [110, 75, 80],
    header(["colItem", "colScope", "colEmissions", "colFactor"], lang, [2]),
    rows,
  );
};

export const drawMarket: DrawSection = (pager, title, model, lang) => {
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
  return fieldSection(
    pager,
    lang,
    title,
    rows,
    m.trace.map((line) => ({ text: line, style: NOTE, gap: 1 })),
  );
};

/** The item's name in the report's language over its code (and period). */
function itemCell(model: CarbonReportModel, item: string, code: string, lang: ReportLang): TableCell {
  const n = model.itemNames[item];
  return {
    blocks: [
      { text: n ? pickName(n, lang) : item, style: CELL },
      { text: code, style: NOTE },
    ],
  };
}

function factorBlocks(factors: readonly FactorUse[], lang: ReportLang): CellBlock[] {
  return factors.flatMap((f, i): CellBlock[] => [
    {
      text: `${f.id} = ${f.value} ${unitLabel(f.unit, lang)}${f.year ? ` (${f.year})` : ""}`,
      style: ID,
      gapBefore: i > 0 ? 3 : 0,
    },
    { text: say("factorSource", lang) + f.source, style: NOTE },
    f.unverified
      ? { text: say("unverified", lang), style: FLAG, badge: true, gapBefore: 1 }
      : { text: say("factorVerification", lang) + f.verification, style: NOTE },
  ]);
}

/** Each factor once, in the order the lines first use it. */
function uniqueFactors(lines: readonly EmissionLine[]): FactorUse[] {
  const seen = new Map<string, FactorUse>();
  for (const l of lines)
    for (const f of l.factors) if (!seen.has(`${f.id}|${f.value}`)) seen.set(`${f.id}|${f.value}`, f);
  return [...seen.values()];
}
