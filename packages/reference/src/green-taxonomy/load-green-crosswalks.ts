import type { z } from "zod";
import { deepFreeze, parseReferenceData, ReferenceDataError } from "../data-file";
import { checkPinnedDirectory, readGreenJson } from "./green-data-files";
import { type GreenCrosswalkFile, zCrosswalk, zCrosswalksMeta } from "./green-taxonomy.schema";
import { type CrosswalkSide, checkCrosswalk } from "./green-taxonomy-checks";
import { type BlueFinanceCategories, loadBlueFinanceCategories } from "./load-blue-finance";
import { type GreenTaxonomy, loadGreenTaxonomy } from "./load-green-taxonomy";

export const GREEN_CROSSWALKS_REF = "crosswalks@2026.1";

/**
 * The crosswalks between catalogue versions and to the blue-finance categories: 2021 bond catalogue level 4 → 2025
 * level 3 (every 2021 item accounted for), the available part of the 2024 catalogue → 2025 (identical names), 2025
 * level 3 → IFC blue categories. None is official; each link keeps relation, confidence and verification.
 */
export interface GreenCrosswalks {
  readonly ref: string;
  readonly sha256: string | null;
  readonly meta: z.output<typeof zCrosswalksMeta>;
  readonly bond2021To2025: GreenCrosswalkFile;
  readonly industry2024To2025: GreenCrosswalkFile;
  readonly cn2025ToBlue: GreenCrosswalkFile;
}

const FILES = {
  bond2021To2025: "cn-green-bond-2021--cn-green-2025.json",
  industry2024To2025: "cn-green-industry-2024--cn-green-2025.json",
  cn2025ToBlue: "cn-green-2025--blue-finance.json",
} as const;

function taxonomySide(t: GreenTaxonomy): CrosswalkSide {
  const levels = new Map(t.nodes.map((n) => [n.code, n.level]));
  return { ref: t.ref, levelOf: (code) => levels.get(code), allCodes: t.leafCodes };
}

function blueSide(b: BlueFinanceCategories): CrosswalkSide {
  const levels = new Map(b.nodes.filter((n) => n.kind === "category").map((n) => [n.code, n.level]));
  return { ref: b.ref, levelOf: (code) => levels.get(code), allCodes: [] };
}

/** Validates the crosswalk files against the datasets they link. */
export function parseGreenCrosswalks(
  raw: { meta: unknown } & Record<keyof typeof FILES, unknown>,
  datasets: {
    cn2025: GreenTaxonomy;
    bond2021: GreenTaxonomy;
    industry2024: GreenTaxonomy;
    blue: BlueFinanceCategories;
  },
  sha256: string | null = null,
): GreenCrosswalks {
  const meta = parseReferenceData(zCrosswalksMeta, raw.meta, "crosswalks meta.json");
  const parse = (key: keyof typeof FILES) => parseReferenceData(zCrosswalk, raw[key], `crosswalks ${FILES[key]}`);
  const bond2021To2025 = parse("bond2021To2025");
  const industry2024To2025 = parse("industry2024To2025");
  const cn2025ToBlue = parse("cn2025ToBlue");
  const industrySide = taxonomySide(datasets.industry2024);
  const problems = [
    ...Object.values(FILES).flatMap((f) => (meta.files.includes(f) ? [] : [`meta.json does not list ${f}`])),
    ...checkCrosswalk(bond2021To2025, taxonomySide(datasets.bond2021), taxonomySide(datasets.cn2025), true),
    ...checkCrosswalk(
      industry2024To2025,
      { ...industrySide, allCodes: datasets.industry2024.nodes.map((n) => n.code) },
      taxonomySide(datasets.cn2025),
      true,
    ),
    ...checkCrosswalk(cn2025ToBlue, taxonomySide(datasets.cn2025), blueSide(datasets.blue), false),
  ];
  if (problems.length)
    throw new ReferenceDataError(`crosswalks are not consistent:\n${problems.map((p) => `✖ ${p}`).join("\n")}`);
  return deepFreeze({
    ref: `${meta.id}@${meta.version}`,
    sha256,
    meta,
    bond2021To2025,
    industry2024To2025,
    cn2025ToBlue,
  });
}

let cached: GreenCrosswalks | undefined;

export function loadGreenCrosswalks(): GreenCrosswalks {
  if (!cached) {
    const dir = `${GREEN_CROSSWALKS_REF}/`;
    const sha256 = checkPinnedDirectory(dir);
    const raw = {
      meta: readGreenJson(dir, "meta.json"),
      bond2021To2025: readGreenJson(dir, FILES.bond2021To2025),
      industry2024To2025: readGreenJson(dir, FILES.industry2024To2025),
      cn2025ToBlue: readGreenJson(dir, FILES.cn2025ToBlue),
    };
    cached = parseGreenCrosswalks(
      raw,
      {
        cn2025: loadGreenTaxonomy("cn-green-2025@2026.1"),
        bond2021: loadGreenTaxonomy("cn-green-bond-2021@2026.1"),
        industry2024: loadGreenTaxonomy("cn-green-industry-2024@2026.1"),
        blue: loadBlueFinanceCategories(),
      },
      sha256,
    );
    if (cached.ref !== GREEN_CROSSWALKS_REF)
      throw new ReferenceDataError(`green-taxonomy/${dir} says it is ${cached.ref}`);
  }
  return cached;
}

/** The target codes a source code maps to in one crosswalk (empty when none or unknown). */
export function crosswalkTargets(file: GreenCrosswalkFile, from: string): readonly string[] {
  return file.links.find((l) => l.from === from)?.to ?? [];
}
