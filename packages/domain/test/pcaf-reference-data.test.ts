import { loadPcafReference, PCAF_REFERENCE_VERSIONS } from "@greenfin/reference";
import { describe, expect, it } from "vitest";
import type { PcafReferenceData } from "../src/pcaf/index";

describe("pcaf reference data", () => {
  const reference = loadPcafReference("2022.2");

  it("loads as the domain's PcafReferenceData, frozen and named by the hash of its SHA256SUMS", () => {
    const data: PcafReferenceData = reference;
    expect(data.ref).toBe("pcaf@2022.2");
    expect(data.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.isFrozen(reference.sectorFactors)).toBe(true);
    expect(PCAF_REFERENCE_VERSIONS).toEqual(["2022.2"]);
  });

  it("keeps PCAF's data-quality tables: option → score", () => {
    const corporate = reference.dataQuality.tables.find((t) => t.id === "corporate");
    expect(corporate?.rows.map((r) => [r.option.slice(0, 2), r.score])).toEqual([
      ["1a", 1],
      ["1b", 2],
      ["2a", 2],
      ["2b", 3],
      ["3a", 4],
      ["3b", 5],
      ["3c", 5],
    ]);
    expect(reference.assetClasses.map((c) => c.pcafSection)).toEqual([
      "5.1",
      "5.1",
      "5.2",
      "5.3",
      "5.4",
      "5.5",
      "5.6",
      "5.7",
    ]);
  });

  it("flags every estimation factor as an unverified estimate with its source", () => {
    const estimates = [...reference.sectorFactors, ...reference.buildingFactors, ...reference.vehicleFactors];
    expect(estimates.length).toBeGreaterThan(0);
    for (const f of estimates) {
      expect(f.verification).toBe("UNVERIFIED estimate");
      expect(f.source.length).toBeGreaterThan(20);
    }
  });
});
