import { readFileSync } from "node:fs";
import { z } from "zod";
import { deepFreeze, parseReferenceData, ReferenceDataError } from "../data-file";
import { checkPinnedFiles } from "../pinned-files";

/**
 * The national carbon market's annual traded volume and turnover (`data/market/cea-trading@<version>/`), each year
 * with its source and verification; a figure the source rounds is written out in full and flagged `exact: false`.
 * Prices live in the carbon factor set (ets.ceaPrices); this set only adds what it does not hold.
 */
export const CEA_TRADING_REFS = ["cea-trading@2026.1"] as const;
export const DEFAULT_CEA_TRADING = "cea-trading@2026.1";

const zAmount = z.string().regex(/^\d+(\.\d+)?$/);
const zAnnual = z.object({
  annual: z
    .array(
      z.object({
        year: z.number().int().min(2021).max(2100),
        period: z.string(),
        volumeTonnes: zAmount,
        turnoverYuan: zAmount,
        exact: z.boolean(),
        source: z.string().min(1),
        verification: z.string().min(1),
        status: z.enum(["verified", "verified-secondary", "derived-secondary", "UNVERIFIED"]),
        note: z.string(),
      }),
    )
    .min(1),
});
const zMeta = z.object({ id: z.literal("cea-trading"), version: z.string(), status: z.enum(["draft", "released"]) });

export type CeaTradingYear = z.infer<typeof zAnnual>["annual"][number];
export interface CeaTradingSet {
  readonly ref: string;
  /** SHA-256 of the version's SHA256SUMS: names the exact data. */
  readonly sha256: string;
  readonly annual: readonly CeaTradingYear[];
}

const cache = new Map<string, CeaTradingSet>();

export function loadCeaTrading(ref: string = DEFAULT_CEA_TRADING): CeaTradingSet {
  const hit = cache.get(ref);
  if (hit) return hit;
  if (!(CEA_TRADING_REFS as readonly string[]).includes(ref))
    throw new ReferenceDataError(`no CEA trading data ${ref} (shipped: ${CEA_TRADING_REFS.join(", ")})`);
  const dir = new URL(`../../data/market/${ref}/`, import.meta.url);
  const sha256 = checkPinnedFiles(dir, ref);
  const read = (name: string) => JSON.parse(readFileSync(new URL(name, dir), "utf8")) as unknown;
  const meta = parseReferenceData(zMeta, read("meta.json"), `${ref} meta.json`);
  if (`${meta.id}@${meta.version}` !== ref)
    throw new ReferenceDataError(`${ref}: meta.json names ${meta.id}@${meta.version}`);
  const { annual } = parseReferenceData(zAnnual, read("annual.json"), `${ref} annual.json`);
  const years = annual.map((a) => a.year);
  if (new Set(years).size !== years.length) throw new ReferenceDataError(`${ref}: a year is listed twice`);
  const set = deepFreeze({ ref, sha256, annual: [...annual].sort((a, b) => a.year - b.year) });
  cache.set(ref, set);
  return set;
}
