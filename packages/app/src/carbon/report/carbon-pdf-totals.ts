/** The account's totals: by scope, by month, and across the years the enterprise has accounts for. */
import { CONTENT_WIDTH } from "../../reports/pdf/pdf-layout";
import { NOTE } from "../../reports/pdf/pdf-styles";
import type { TableCell } from "../../reports/pdf/pdf-table";
import { type DrawSection, figure, header, tableSection, text, tint, totalsRow } from "./carbon-pdf-kit";
import { COLOUR_FILL, colourLabel, gradeLabel } from "./carbon-report-format";
import { type CarbonReportTextKey, say } from "./carbon-report-text";

export const drawSummary: DrawSection = (pager, title, model, lang) => {
  const t = model.account.totals;
  const rows: TableCell[][] = [
    [text(say("scope1", lang)), figure(t.scope1), figure(t.scope1)],
    [text(say("scope1Combustion", lang), NOTE), figure(t.scope1Combustion), figure(t.scope1Combustion)],
    [text(say("scope1Process", lang), NOTE), figure(t.scope1Process), figure(t.scope1Process)],
    [text(say("scope2", lang)), figure(t.scope2Location), figure(t.scope2Market)],
    totalsRow(say("total", lang), [t.totalLocationBased, t.totalMarketBased]),
  ];
  if (t.scope3 !== null) rows.push([text(say("scope3", lang), NOTE), figure(t.scope3), figure(t.scope3)]);
  const head = header(["colScope", "colLocation", "colMarket"], lang, [1, 2]);
  return tableSection(pager, lang, title, [215, 140], head, rows);
};

export const drawMonthly: DrawSection = (pager, title, model, lang) => {
  const scope3 = model.account.totals.scope3 !== null;
  const keys: CarbonReportTextKey[] = [
    "colMonth",
    "scope1T",
    "scope2LocT",
    ...(scope3 ? ["scope3T" as const] : []),
    "totalT",
  ];
  const rows = model.account.byMonth.map((m) => [
    text(m.month),
    figure(m.scope1),
    figure(m.scope2Location),
    ...(scope3 ? [figure(m.scope3)] : []),
    figure(m.total),
  ]);
  const t = model.account.totals;
  rows.push(
    totalsRow(say("totalShort", lang), [
      t.scope1,
      t.scope2Location,
      ...(scope3 ? [t.scope3] : []),
      t.totalLocationBased,
    ]),
  );
  const n = keys.length - 1;
  const w = (CONTENT_WIDTH - 90) / n;
  const figures = keys.map((_, i) => i).slice(1);
  return tableSection(pager, lang, title, [90, ...Array(n - 1).fill(w)], header(keys, lang, figures), rows);
};

export const drawHistory: DrawSection = (pager, title, model, lang) => {
  const rows = model.years.map((y) => [
    text(String(y.year)),
    text(String(y.version)),
    figure(y.scope1, 2),
    figure(y.scope2Location, 2),
    figure(y.total, 2),
    figure(y.valueAddedWan, 2),
    {
      ...text(`${gradeLabel(y.grade, lang)}${y.colour ? ` · ${colourLabel(y.colour, lang)}` : ""}`),
      fill: y.colour ? tint(COLOUR_FILL[y.colour]) : undefined,
    },
  ]);
  return tableSection(
    pager,
    lang,
    title,
    [38, 36, 78, 88, 80, 90],
    header(["colYear", "colVersion", "scope1T", "scope2LocT", "totalT", "colValueAdded", "grade"], lang, [2, 3, 4, 5]),
    rows,
  );
};
