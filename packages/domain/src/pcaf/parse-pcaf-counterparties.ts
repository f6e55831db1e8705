import { COUNTERPARTY_COLUMNS, matchColumns } from "./pcaf-columns";
import { readSector } from "./pcaf-industry";
import { headerOf, PcafRowReader, type RawRecord } from "./pcaf-row-reader";
import {
  EMISSIONS_SOURCES,
  type EmissionsSource,
  type PcafCounterparty,
  type PcafReferenceData,
  type PcafRowError,
} from "./pcaf-types";

type Column = keyof typeof COUNTERPARTY_COLUMNS;

export interface ParsedCounterparties {
  readonly counterparties: ReadonlyMap<string, PcafCounterparty>;
  readonly errors: readonly PcafRowError[];
}

/**
 * Typed counterparties from the records of a counterparties file (already read, one string map per data row, keyed
 * by the file's headers). Every problem is listed; row 1 is the header, so the first record is row 2.
 */
export function parsePcafCounterparties(
  records: readonly RawRecord[],
  reference: Pick<PcafReferenceData, "industry">,
  header: readonly string[] = headerOf(records),
): ParsedCounterparties {
  const errors: PcafRowError[] = [];
  const headers = matchColumns(header, COUNTERPARTY_COLUMNS);
  for (const column of ["counterparty", "sector"] as const)
    if (!headers.has(column))
      errors.push({ row: 1, column, messageZh: "缺少必需的列", messageEn: "required column is missing" });
  if (errors.length > 0) return { counterparties: new Map(), errors };

  const counterparties = new Map<string, PcafCounterparty>();
  const seen = new Set<string>();
  records.forEach((record, i) => {
    const r = new PcafRowReader<Column>(record, i + 2, headers, errors);
    const before = errors.length;
    const id = r.required("counterparty");
    if (id !== null && seen.has(id))
      r.fail("counterparty", `交易对手 ${id} 重复`, `counterparty ${id} is listed twice`);
    if (id !== null) seen.add(id);
    const sectorText = r.required("sector");
    const sector = sectorText === null ? undefined : readSector(sectorText, reference.industry);
    if (sectorText !== null && !sector)
      r.fail(
        "sector",
        `"${sectorText}" 不是 GB/T 4754-2017 门类、大类或小类代码`,
        `"${sectorText}" is not a GB/T 4754-2017 section, division or class code`,
      );
    const scope1 = r.decimal("scope1_tco2e");
    const scope2 = r.decimal("scope2_tco2e");
    const scope1Missing = r.text("scope1_tco2e") === null;
    if (scope1Missing !== (r.text("scope2_tco2e") === null))
      r.fail(
        scope1Missing ? "scope1_tco2e" : "scope2_tco2e",
        "范围一与范围二须同时填写（没有则填 0）",
        "scope 1 and scope 2 go together (enter 0 for none)",
      );
    const sourceText = r.text("emissions_source");
    const source = sourceText?.toLowerCase() ?? null;
    if (source !== null && !(EMISSIONS_SOURCES as readonly string[]).includes(source))
      r.fail(
        "emissions_source",
        `应为 ${EMISSIONS_SOURCES.join("、")} 之一`,
        `must be one of ${EMISSIONS_SOURCES.join(", ")}`,
      );
    else if (source !== null && scope1 === null && scope2 === null)
      r.fail("emissions_source", "填写了排放来源但没有排放数据", "an emissions source is given without emissions");
    const counterparty: PcafCounterparty = {
      id: id ?? "",
      name: r.text("name"),
      sector: sector?.code ?? "",
      revenue: r.decimal("revenue"),
      totalAssets: r.decimal("total_assets", { positive: true }),
      evic: r.decimal("evic", { positive: true }),
      totalEquityAndDebt: r.decimal("total_equity_and_debt", { positive: true }),
      scope1Tco2e: scope1,
      scope2Tco2e: scope2,
      scope3Tco2e: r.decimal("scope3_tco2e"),
      emissionsSource: source as EmissionsSource | null,
    };
    if (errors.length === before && id !== null) counterparties.set(id, counterparty);
  });
  return { counterparties, errors };
}
