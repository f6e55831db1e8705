import { matchColumns, POSITION_COLUMNS } from "./pcaf-columns";
import { readSector } from "./pcaf-industry";
import { headerOf, PcafRowReader, type RawRecord } from "./pcaf-row-reader";
import {
  PCAF_ASSET_CLASSES,
  type PcafAssetClass,
  type PcafCounterparty,
  type PcafPosition,
  type PcafReferenceData,
  type PcafRowError,
} from "./pcaf-types";

type Column = keyof typeof POSITION_COLUMNS;

export interface ParsedPositions {
  readonly positions: readonly PcafPosition[];
  readonly errors: readonly PcafRowError[];
}

/** Asset classes whose attribution reads a counterparty record. */
const NEEDS_COUNTERPARTY: ReadonlySet<PcafAssetClass> = new Set([
  "listed_equity",
  "corporate_bond",
  "business_loan",
  "project_finance",
]);

/** The column each asset class divides by, which must therefore be present and above zero. */
const DENOMINATOR_COLUMN: Partial<Record<PcafAssetClass, Column>> = {
  project_finance: "project_total",
  commercial_real_estate: "property_value",
  mortgage: "property_value",
  motor_vehicle_loan: "vehicle_value",
};

const CURRENCY = "CNY";

/**
 * Typed positions from the records of a positions file. Checks every row against the format
 * (docs/carbon-data-formats.md §2), the reference data (sector codes, building and vehicle types) and the
 * counterparties file; lists every problem. Amounts must be in CNY.
 */
export function parsePcafPositions(
  records: readonly RawRecord[],
  context: {
    readonly reference: Pick<PcafReferenceData, "industry" | "buildingFactors" | "vehicleFactors">;
    readonly counterparties: ReadonlyMap<string, PcafCounterparty>;
  },
  header: readonly string[] = headerOf(records),
): ParsedPositions {
  const errors: PcafRowError[] = [];
  const headers = matchColumns(header, POSITION_COLUMNS);
  for (const column of ["position_id", "asset_class", "outstanding"] as const)
    if (!headers.has(column))
      errors.push({ row: 1, column, messageZh: "缺少必需的列", messageEn: "required column is missing" });
  if (errors.length > 0) return { positions: [], errors };
  if (records.length === 0)
    return {
      positions: [],
      errors: [{ row: 2, column: "position_id", messageZh: "文件没有头寸", messageEn: "the file holds no positions" }],
    };

  const { reference, counterparties } = context;
  const buildingTypes = new Set(reference.buildingFactors.map((b) => b.buildingType));
  const vehicleTypes = new Set(reference.vehicleFactors.map((v) => v.vehicleType));
  const seen = new Set<string>();
  const positions: PcafPosition[] = [];
  records.forEach((record, i) => {
    const r = new PcafRowReader<Column>(record, i + 2, headers, errors);
    const before = errors.length;
    const id = r.required("position_id");
    if (id !== null && seen.has(id)) r.fail("position_id", `头寸编号 ${id} 重复`, `position ${id} is listed twice`);
    if (id !== null) seen.add(id);

    const classText = r.required("asset_class");
    const assetClass = classText?.toLowerCase() as PcafAssetClass | undefined;
    const known = assetClass !== undefined && (PCAF_ASSET_CLASSES as readonly string[]).includes(assetClass);
    if (classText !== null && !known)
      r.fail(
        "asset_class",
        `应为 ${PCAF_ASSET_CLASSES.join("、")} 之一`,
        `must be one of ${PCAF_ASSET_CLASSES.join(", ")}`,
      );

    const outstanding = r.decimal("outstanding", { required: true });
    const currency = r.text("currency")?.toUpperCase() ?? CURRENCY;
    if (currency !== CURRENCY)
      r.fail(
        "currency",
        `暂只支持人民币（CNY），请先折算：${currency}`,
        `only CNY is supported yet; convert first: ${currency}`,
      );

    const counterparty = r.text("counterparty");
    if (known && NEEDS_COUNTERPARTY.has(assetClass) && counterparty === null) r.required("counterparty");
    if (counterparty !== null && !counterparties.has(counterparty))
      r.fail("counterparty", `交易对手文件中没有 ${counterparty}`, `${counterparty} is not in the counterparties file`);

    const sectorText = r.text("sector");
    const sector = sectorText === null ? null : readSector(sectorText, reference.industry);
    if (sectorText !== null && !sector)
      r.fail(
        "sector",
        `"${sectorText}" 不是 GB/T 4754-2017 门类、大类或小类代码`,
        `"${sectorText}" is not a GB/T 4754-2017 section, division or class code`,
      );

    const denominator = known ? DENOMINATOR_COLUMN[assetClass] : undefined;
    const need = (column: Column) => ({ required: denominator === column, positive: true });
    const buildingType = r.text("building_type");
    if (buildingType !== null && !buildingTypes.has(buildingType))
      r.fail(
        "building_type",
        `未知建筑类型，可选：${[...buildingTypes].join("、")}`,
        `unknown building type; one of ${[...buildingTypes].join(", ")}`,
      );
    const vehicleType = r.text("vehicle_type");
    if (vehicleType !== null && !vehicleTypes.has(vehicleType))
      r.fail(
        "vehicle_type",
        `未知车辆类型，可选：${[...vehicleTypes].join("、")}`,
        `unknown vehicle type; one of ${[...vehicleTypes].join(", ")}`,
      );
    const country = r.text("country")?.toUpperCase() ?? null;
    if (assetClass === "sovereign_debt" && country === null) r.required("country");
    else if (country !== null && !/^[A-Z]{2}$/.test(country))
      r.fail("country", "应为 ISO 3166 两位字母代码，如 CN", "must be an ISO 3166 alpha-2 code such as CN");

    const position: PcafPosition = {
      id: id ?? "",
      assetClass: assetClass as PcafAssetClass,
      counterparty,
      outstanding: outstanding ?? "0",
      sector: sector?.code ?? null,
      propertyValue: r.decimal("property_value", need("property_value")),
      floorAreaM2: r.decimal("floor_area_m2", { positive: true }),
      buildingType,
      vehicleValue: r.decimal("vehicle_value", need("vehicle_value")),
      vehicleType,
      projectTotal: r.decimal("project_total", need("project_total")),
      projectEmissionsTco2e: r.decimal("project_emissions_tco2e"),
      country,
    };
    if (errors.length === before) positions.push(position);
  });
  return { positions, errors };
}
