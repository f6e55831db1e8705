/**
 * Benefit calculators over HTTP: any signed-in member lists the methods and previews a computation; the grid factor
 * follows the year (its own, else the latest earlier one, else the latest the set holds); bad input is refused with
 * every problem; a visitor without a session is refused.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient as Anonymous, signedIn, type TestClient, testServer } from "../../../tests/support/http-client";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

let p: TestPlatform;
let app: FastifyInstance;
let enterprise: TestClient;
let bankViewer: TestClient;

beforeAll(async () => {
  p = await openTestPlatform();
  app = await testServer(p);
  enterprise = await signedIn(app, "analyst@enterprise.demo");
  bankViewer = await signedIn(app, "viewer@bank.demo");
});
afterAll(async () => {
  await app?.close();
  await p?.close();
});

const preview = (c: TestClient, body: unknown) => c.post("/api/green/benefits/preview", body);

describe("benefit calculators API", () => {
  it("lists the methods with inputs, outputs, catalogue codes and the set's hash", async () => {
    const res = await bankViewer.get("/api/green/benefit-methods");
    expect(res.statusCode, res.body).toBe(200);
    const set = res.json();
    expect(set).toMatchObject({
      id: "benefit-methods",
      version: "2026.1",
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(set.methods).toHaveLength(10);
    expect(set.methods.find((m: { key: string }) => m.key === "renewable_generation")).toMatchObject({
      inputs: [{ key: "generation_mwh", unit: "MWh", required: true }],
      outputs: [
        { key: "co2_reduction_t", unit: "tCO2" },
        { key: "standard_coal_saved_tce", unit: "tce" },
      ],
      categories: expect.arrayContaining(["4.2.1", "4.2.2"]),
    });
  });

  it("previews a computation with the latest grid factor, the formula and the figures put in", async () => {
    const res = await preview(enterprise, {
      lines: [
        { method: "renewable_generation", inputs: { generation_mwh: "120000" } },
        { method: "blue_carbon", inputs: { mangrove_ha: "100" } },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    // 120 000 MWh × 0.5306 (2023, the latest) = 63 672 tCO2; 100 ha × 1.62 × 44 ÷ 12 = 594 tCO2; total 64 266
    expect(report.gridFactor).toMatchObject({ region: "national", year: 2023, value: "0.5306", unit: "tCO2/MWh" });
    expect(report.lines[0].outputs[0]).toMatchObject({
      key: "co2_reduction_t",
      value: "63672",
      formula: "generation_mwh * grid_ef",
      substituted: "120000 MWh × 0.5306 tCO2/MWh",
    });
    expect(report.totals.find((t: { key: string }) => t.key === "co2_reduction_t")).toMatchObject({ value: "64266" });
  });

  it("takes the grid factor of the year asked for, or the latest earlier one", async () => {
    const line = { method: "renewable_generation", inputs: { generation_mwh: "1000" } };
    const y2022 = (await preview(enterprise, { lines: [line], year: 2022 })).json();
    // 1000 MWh × 0.5366 = 536.6 tCO2
    expect(y2022.gridFactor).toMatchObject({ year: 2022, value: "0.5366" });
    expect(y2022.lines[0].outputs[0].value).toBe("536.6");
    const y2025 = (await preview(enterprise, { lines: [line], year: 2025 })).json();
    expect(y2025.gridFactor).toMatchObject({ year: 2023, value: "0.5306" });
    const tooEarly = await preview(enterprise, { lines: [line], year: 2015 });
    expect(tooEarly.statusCode).toBe(400);
    expect(tooEarly.json().details.problems).toEqual([expect.objectContaining({ path: "year" })]);
  });

  it("refuses bad input with every problem, in Chinese and English", async () => {
    const res = await preview(enterprise, {
      lines: [
        { method: "perpetual_motion", inputs: {} },
        { method: "renewable_generation", inputs: { generation_mwh: "-5", colour: "1" } },
        { method: "wastewater_treatment", inputs: { treated_volume_m3: "100" } },
      ],
    });
    expect(res.statusCode, res.body).toBe(400);
    const body = res.json();
    expect(body.code).toBe("VALIDATION_FAILED");
    const paths = body.details.problems.map((x: { path: string }) => x.path);
    expect(paths).toEqual([
      "lines[0].method",
      "lines[1].inputs.colour",
      "lines[1].inputs.generation_mwh",
      "lines[2].inputs.cod_influent_mg_l",
      "lines[2].inputs.cod_effluent_mg_l",
      "lines[2].inputs.nh3n_influent_mg_l",
      "lines[2].inputs.nh3n_effluent_mg_l",
    ]);
    for (const x of body.details.problems) expect(x.messageZh && x.messageEn).toBeTruthy();
    // Not a decimal at all: the contract refuses it before the calculators see it.
    const notNumber = await preview(enterprise, {
      lines: [{ method: "renewable_generation", inputs: { generation_mwh: "12e3" } }],
    });
    expect(notNumber.statusCode).toBe(400);
    expect((await preview(enterprise, { lines: [] })).statusCode).toBe(400);
  });

  it("refuses a visitor without a session", async () => {
    const visitor = new Anonymous(app);
    expect((await visitor.get("/api/green/benefit-methods")).statusCode).toBe(401);
    expect(
      (await visitor.post("/api/green/benefits/preview", { lines: [{ method: "water_reuse", inputs: {} }] }))
        .statusCode,
    ).toBe(401);
  });
});
