import { loadPcafReference } from "@greenfin/reference";
import { describe, expect, it } from "vitest";
import { calculatePcafPortfolio, parsePcafCounterparties, parsePcafPositions } from "../src/pcaf/index";
import { GOLDEN_COUNTERPARTIES, GOLDEN_POSITIONS } from "./pcaf-golden-book";

const reference = loadPcafReference();
const counterparties = parsePcafCounterparties(GOLDEN_COUNTERPARTIES, reference).counterparties;

describe("parsing positions and counterparties files", () => {
  it("accepts Chinese headers, any case, a BOM and canonicalises sector codes", () => {
    const { counterparties: cps, errors } = parsePcafCounterparties(
      [
        {
          "\uFEFF交易对手": "X1",
          行业: "3011",
          营业收入: "100",
          范围一排放: "1",
          范围二排放: "0",
          排放来源: "Verified",
        },
      ],
      reference,
    );
    expect(errors).toEqual([]);
    expect(cps.get("X1")).toMatchObject({ sector: "C3011", revenue: "100", emissionsSource: "verified" });
    const { positions } = parsePcafPositions(
      [{ POSITION_ID: "P", Asset_Class: "business_loan", 交易对手: "X1", 余额: "5" }],
      { reference, counterparties: cps },
    );
    expect(positions[0]).toMatchObject({ id: "P", assetClass: "business_loan", counterparty: "X1", outstanding: "5" });
  });

  it("lists every bad row with row, column and reasons in Chinese and English", () => {
    const rows = [
      { position_id: "A", asset_class: "loan", outstanding: "1,000" },
      { position_id: "A", asset_class: "mortgage", outstanding: "10", property_value: "0" },
      { position_id: "B", asset_class: "business_loan", counterparty: "nobody", outstanding: "-3", currency: "USD" },
      { position_id: "C", asset_class: "sovereign_debt", outstanding: "1", sector: "Z99" },
      { position_id: "D", asset_class: "motor_vehicle_loan", outstanding: "1", vehicle_type: "tank" },
    ];
    const { positions, errors } = parsePcafPositions(rows, { reference, counterparties });
    expect(positions).toEqual([]);
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, "asset_class"],
      [2, "outstanding"],
      [3, "position_id"],
      [3, "property_value"],
      [4, "outstanding"],
      [4, "currency"],
      [4, "counterparty"],
      [5, "sector"],
      [5, "country"],
      [6, "vehicle_type"],
      [6, "vehicle_value"],
    ]);
    expect(errors[1]).toEqual({
      row: 2,
      column: "outstanding",
      messageZh: '"1,000" 不是非负十进制数（不含千位分隔符）',
      messageEn: '"1,000" is not a non-negative decimal number (no thousands separators)',
    });
  });

  it("reports missing required columns on the header row", () => {
    expect(
      parsePcafPositions([{ id: "x" }], { reference, counterparties }).errors.map((e) => [e.row, e.column]),
    ).toEqual([
      [1, "position_id"],
      [1, "asset_class"],
      [1, "outstanding"],
    ]);
    expect(parsePcafCounterparties([{ counterparty: "x" }], reference).errors).toHaveLength(1);
  });

  it("checks counterparties: duplicates, sectors, scope 1 and 2 together, sources", () => {
    const { errors } = parsePcafCounterparties(
      [
        { counterparty: "A", sector: "C30", scope1_tco2e: "5" },
        { counterparty: "A", sector: "A3110" },
        { counterparty: "B", sector: "D", emissions_source: "guess", evic: "0" },
      ],
      reference,
    );
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, "scope2_tco2e"],
      [3, "counterparty"],
      [3, "sector"],
      [4, "emissions_source"],
      [4, "evic"],
    ]);
  });
});

describe("platform-accounted emissions", () => {
  const positions = parsePcafPositions(GOLDEN_POSITIONS.slice(0, 2), { reference, counterparties }).positions;
  const run = (verified: boolean, counterparty: string) =>
    calculatePcafPortfolio({
      reference,
      year: 2024,
      counterparties,
      positions,
      platformEmissions: [
        {
          counterparty,
          scope1Tco2e: "70000",
          scope2Tco2e: "4000",
          scope3Tco2e: null,
          verified,
          accountRef: "acct-7/2024",
        },
      ],
    }).positions;

  it("a GreenFin carbon account counts as DQ 2 (option 2a) and wins a tie with a reported figure", () => {
    const r = run(false, "91370200MA3C000022")[1];
    // AF 0.025 × (70 000 + 4 000) = 1 850 t
    expect(r?.financedScope12Tco2e).toBe("1850.000000");
    expect(r?.dataQuality).toEqual({ score: 2, option: "2a Physical activity-based", evidence: "platform" });
    expect(r?.explanation.en[1]).toContain("GreenFin carbon account acct-7/2024");
  });

  it("a verified account counts as DQ 1; a verified file figure beats an unverified account", () => {
    expect(run(true, "91370200MA3C000022")[1]?.dataQuality?.score).toBe(1);
    const listed = run(false, "91370200MA3C000011")[0];
    expect(listed?.dataQuality?.evidence).toBe("verified");
    expect(listed?.financedScope12Tco2e).toBe("15000.000000");
  });
});
