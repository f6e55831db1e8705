import type { CarbonAccount } from "@greenfin/domain";

export interface CarbonRun {
  readonly factorSet: string;
  readonly calculatedOn: string;
  readonly options: Record<string, unknown>;
  readonly ignoredRows: number;
  readonly accounts: readonly CarbonAccount[];
}

const pad = (text: string, width: number, right = false) => {
  // CJK characters take two columns in a terminal.
  const w = [...text].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  const fill = " ".repeat(Math.max(0, width - w));
  return right ? fill + text : text + fill;
};

/** The summary table: one line per enterprise and year, tonnes of CO2. */
export function carbonTableText(run: CarbonRun): string {
  const head = ["enterprise", "year", "scope1", "scope2 loc", "scope2 mkt", "total (loc)", "tCO2/万元 VA"];
  const widths = [20, 6, 18, 18, 18, 18, 14];
  const rows = run.accounts.map((a) => [
    a.enterpriseId,
    String(a.year),
    a.totals.scope1,
    a.totals.scope2Location,
    a.totals.scope2Market,
    a.totals.totalLocationBased,
    a.intensities.perValueAdded.value ?? "—",
  ]);
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i] as number, i > 1)).join("  ");
  const out = [line(head), ...rows.map(line), "", carbonSummaryText(run)];
  return `${out.join("\n")}`;
}

export function carbonSummaryText(run: CarbonRun): string {
  const warnings = [...new Set(run.accounts.flatMap((a) => a.warnings))];
  const lines = [
    `Factor set ${run.factorSet}; calculated on ${run.calculatedOn}; ${run.accounts.length} account(s).`,
    ...(run.ignoredRows ? [`${run.ignoredRows} row(s) of other years ignored.`] : []),
    ...warnings.map((w) => `! ${w}`),
  ];
  return `${lines.join("\n")}\n`;
}

export const carbonResultJson = (run: CarbonRun): string => `${JSON.stringify(run, null, 2)}\n`;

const csvField = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** A row per emission line (location-based, Scope 3 and market-based) and per account total. */
export function carbonResultCsv(run: CarbonRun): string {
  const header = [
    "enterprise",
    "year",
    "scope",
    "category",
    "item",
    "period",
    "activity",
    "activity_unit",
    "emissions_tco2",
    "factor_ids",
    "factor_values",
    "factor_units",
    "factor_set",
    "formula",
    "row_keys",
  ];
  const out = [header.join(",")];
  for (const a of run.accounts) {
    for (const l of [...a.lines, ...a.marketBased.lines]) {
      out.push(
        [
          a.enterpriseId,
          String(a.year),
          l.scope,
          l.category,
          l.item,
          l.period,
          l.activity.quantity,
          l.activity.unit,
          l.emissions,
          l.factors.map((f) => f.id).join(";"),
          l.factors.map((f) => f.value).join(";"),
          l.factors.map((f) => f.unit).join(";"),
          l.factors.map((f) => f.factorSet).join(";"),
          l.formula,
          l.rowKeys.join(";"),
        ]
          .map(csvField)
          .join(","),
      );
    }
    const totals: [string, string][] = [
      ["total_scope1", a.totals.scope1],
      ["total_scope2_location", a.totals.scope2Location],
      ["total_scope2_market", a.totals.scope2Market],
      ["total_location_based", a.totals.totalLocationBased],
      ["total_market_based", a.totals.totalMarketBased],
    ];
    for (const [scope, value] of totals)
      out.push(
        [
          a.enterpriseId,
          String(a.year),
          scope,
          "",
          "",
          String(a.year),
          "",
          "",
          value,
          "",
          "",
          "",
          a.factorSet,
          "",
          "",
        ].join(","),
      );
  }
  return `${out.join("\n")}\n`;
}
