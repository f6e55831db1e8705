import { closeSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import type { PcafPortfolioResult, PcafPositionResult } from "@greenfin/domain";

const csvField = (v: string | number | boolean | null) => {
  const text = v === null ? "" : String(v);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

const CSV_HEADER = [
  "position_id",
  "asset_class",
  "counterparty",
  "sector",
  "outstanding",
  "attribution_factor",
  "financed_scope12_tco2e",
  "financed_scope3_tco2e",
  "dq_score",
  "dq_option",
  "evidence",
  "factors",
  "explanation_zh",
  "explanation_en",
];

const csvRow = (r: PcafPositionResult) =>
  [
    r.positionId,
    r.assetClass,
    r.counterparty,
    r.sector,
    r.outstanding,
    r.attribution?.factor ?? null,
    r.financedScope12Tco2e,
    r.financedScope3Tco2e,
    r.dataQuality?.score ?? null,
    r.dataQuality?.option ?? null,
    r.dataQuality?.evidence ?? null,
    r.factors.map((f) => f.id).join(";"),
    r.explanation.zh.join("；"),
    r.explanation.en.join("; "),
  ]
    .map(csvField)
    .join(",");

/**
 * Writes results as they come to a temporary file beside `path`, renamed into place by `commit`: a reader never
 * sees half a file, and positions are not held in memory. JSON: { positions: [...], summary, jrt0227 }.
 */
export function openResultWriter(path: string, format: "json" | "csv") {
  const temp = `${path}.partial`;
  const fd = openSync(temp, "w");
  let first = true;
  writeSync(fd, format === "json" ? '{"positions":[\n' : `${CSV_HEADER.join(",")}\n`);
  return {
    position(r: PcafPositionResult): void {
      if (format === "json") writeSync(fd, `${first ? "" : ",\n"}${JSON.stringify(r)}`);
      else writeSync(fd, `${csvRow(r)}\n`);
      first = false;
    },
    commit(summary: PcafPortfolioResult, extra: Record<string, unknown>): void {
      if (format === "json")
        writeSync(
          fd,
          `\n],"summary":${JSON.stringify(summary, null, 2)},${Object.entries(extra)
            .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v, null, 2)}`)
            .join(",")}}\n`,
        );
      closeSync(fd);
      renameSync(temp, path);
    },
    abort(): void {
      closeSync(fd);
      rmSync(temp, { force: true });
    },
  };
}

/** The run summary for the terminal. */
export function pcafSummaryText(r: PcafPortfolioResult, yearNote: string): string {
  const lines = [
    `PCAF financed emissions 投融资排放 — ${r.reference}, reporting year ${r.year}${yearNote}`,
    `  positions ${r.total.positions}, outstanding ${r.total.outstanding} CNY, coverage ${r.total.coverage ?? "-"}`,
    `  financed emissions Scope 1+2 ${r.total.financedScope12Tco2e} tCO2e; Scope 3 ${r.total.financedScope3Tco2e} tCO2e`,
    `  weighted data quality ${r.total.weightedDataQuality ?? "-"}; WACI ${r.waci.value ?? "-"} tCO2e/million CNY revenue; carbon footprint ${r.carbonFootprint ?? "-"} tCO2e/million CNY`,
    `  Scope 3 due but missing: ${r.scope3.missingPositions} of ${r.scope3.requiredPositions} positions`,
    "  by asset class:",
    ...r.byAssetClass.map(
      (b) =>
        `    ${b.key.padEnd(24)} ${b.outstanding.padStart(16)} CNY  ${b.financedScope12Tco2e.padStart(20)} tCO2e  DQ ${b.weightedDataQuality ?? "-"}`,
    ),
    `  inputs hash ${r.inputsHash}`,
    `  result hash ${r.resultHash}`,
  ];
  return `${lines.join("\n")}\n`;
}
