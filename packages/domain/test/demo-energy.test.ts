/**
 * The demo district's monthly activity data: every enterprise gets every month of the demo years, in rows the
 * activity import accepts (known items, accepted units, non-negative decimals, unique keys), deterministically.
 */
import { loadActivityItems, loadIndustryClassification } from "@greenfin/reference";
import { describe, expect, it } from "vitest";
import {
  DEMO_ENERGY_YEARS,
  demoCounterparties,
  demoEnterpriseActivity,
  demoLoanBook,
  generateDemoDistrict,
} from "../src/demo/index";

const district = generateDemoDistrict({ seed: 7, industries: loadIndustryClassification(), enterpriseCount: 300 });
const enterprises = district.organisations.filter((o) => o.kind === "enterprise");
const rowsOf = new Map(enterprises.map((o) => [o.key, demoEnterpriseActivity(district.seed, o)]));

describe("demo activity data", () => {
  it("gives every enterprise revenue, value added and electricity for each month of two or more years", () => {
    expect(DEMO_ENERGY_YEARS.length).toBeGreaterThanOrEqual(2);
    for (const o of enterprises) {
      const rows = rowsOf.get(o.key) ?? [];
      for (const item of ["revenue", "value_added", "electricity"]) {
        const months = new Set(rows.filter((r) => r.item === item).map((r) => r.month));
        expect(months.size, `${o.key} ${item}`).toBe(12 * DEMO_ENERGY_YEARS.length);
      }
    }
  });

  it("writes only known items in accepted units, as non-negative decimals, with one row per key", () => {
    const units = new Map(loadActivityItems().items.map((i) => [i.code, new Set(i.units)]));
    const bad: string[] = [];
    for (const rows of rowsOf.values()) {
      const keys = new Set<string>();
      for (const r of rows) {
        const key = `${r.enterprise}|${r.meter}|${r.month}|${r.item}`;
        if (!units.get(r.item)?.has(r.unit)) bad.push(`${key}: unit ${r.unit}`);
        if (!/^\d+(\.\d+)?$/.test(r.quantity)) bad.push(`${key}: quantity ${r.quantity}`);
        if (!/^20\d\d-(0[1-9]|1[0-2])$/.test(r.month)) bad.push(`${key}: month`);
        if (keys.has(key)) bad.push(`${key}: twice`);
        keys.add(key);
      }
    }
    expect(bad).toEqual([]);
  });

  it("burns fuel and makes clinker where the industry does: cement plants report clinker, services do not", () => {
    const cement = enterprises.filter((o) => o.industryCode?.startsWith("C30"));
    expect(cement.length).toBeGreaterThan(0);
    for (const o of cement) expect(rowsOf.get(o.key)?.some((r) => r.item === "clinker")).toBe(true);
    const software = enterprises.filter((o) => o.industryCode?.startsWith("I65"));
    for (const o of software) expect(rowsOf.get(o.key)?.some((r) => r.item === "clinker")).toBe(false);
  });

  it("is the same for the same seed", () => {
    const o = enterprises[0]!;
    expect(demoEnterpriseActivity(district.seed, o)).toEqual(rowsOf.get(o.key));
  });
});

describe("demo loan books", () => {
  const banks = district.organisations.filter((o) => o.kind === "bank" || o.kind === "insurer");
  const counterparties = demoCounterparties(district.seed, district.organisations);
  const known = new Set(counterparties.map((c) => c.counterparty));

  it("lends to demo enterprises that are in the counterparties file, with whole positive yuan amounts", () => {
    let positions = 0;
    for (const bank of banks) {
      const book = demoLoanBook(district.seed, bank, district.organisations, 2025);
      const ids = new Set(book.positions.map((p) => p.position_id));
      expect(ids.size).toBe(book.positions.length);
      for (const p of book.positions) {
        positions++;
        expect(p.outstanding).toMatch(/^[1-9]\d*$/);
        if (p.asset_class === "business_loan" || p.asset_class === "listed_equity")
          expect(known.has(p.counterparty ?? ""), p.position_id).toBe(true);
      }
    }
    expect(positions).toBeGreaterThan(300);
  });

  it("gives banks loans, mortgages and vehicle loans, and insurers bonds, equity and a government bond", () => {
    const classes = (key: string) =>
      new Set(
        demoLoanBook(district.seed, banks.find((b) => b.key === key)!, district.organisations, 2025).positions.map(
          (p) => p.asset_class,
        ),
      );
    expect([...classes("bank-qinwan")]).toEqual(
      expect.arrayContaining(["business_loan", "mortgage", "motor_vehicle_loan", "commercial_real_estate"]),
    );
    expect([...classes("insurer-henghe-life-qd")]).toEqual(expect.arrayContaining(["sovereign_debt"]));
  });
});
