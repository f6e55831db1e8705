import { USCC_ALPHABET, usccCheckCharacter } from "../identity/uscc";
import type { SeededRandom } from "../random/seeded-random";

/**
 * Fictional unified social credit codes laid out as GB 32100-2015 prescribes:
 * registration authority (1) + organisation type (1) + region code (6) + organisation code (9) + check (1).
 * The organisation code follows GB 11714 (8 characters + its own check character); firms registered since
 * the 2015 reform get the "MA" series. Codes are random, so a clash with a real code is possible but unlikely.
 */
export type UsccPrefix =
  | "11" // 机构编制 · 机关 (government body, e.g. a management committee)
  | "91"; // 市场监管 · 企业 (enterprise, including branches of banks and insurers)

const GB11714_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const DIGITS = "0123456789";
/** Letters allowed in a USCC, hence usable in the organisation code too. */
const CODE_CHARS = USCC_ALPHABET;

/** GB 11714 check character: 11 − (Σ weight × value mod 11), where 10 is written X and 11 is written 0. */
export function organisationCodeCheck(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body8.charAt(i);
    const value = c >= "0" && c <= "9" ? Number(c) : c.charCodeAt(0) - 55; // A = 10 … Z = 35
    sum += value * (GB11714_WEIGHTS[i] as number);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? "X" : check === 11 ? "0" : String(check);
}

function randomChars(rng: SeededRandom, alphabet: string, n: number): string {
  let out = "";
  for (let i = 0; i < n; i++) out += alphabet.charAt(rng.int(0, alphabet.length - 1));
  return out;
}

/** Hands out codes that are never repeated within one registry. */
export class UsccRegistry {
  readonly #used = new Set<string>();

  issue(rng: SeededRandom, prefix: UsccPrefix, regionCode: string, foundedYear: number): string {
    for (;;) {
      const body8 = foundedYear >= 2015 ? `MA${randomChars(rng, CODE_CHARS, 6)}` : randomChars(rng, DIGITS, 8);
      const first17 = `${prefix}${regionCode}${body8}${organisationCodeCheck(body8)}`;
      const code = first17 + usccCheckCharacter(first17);
      if (!this.#used.has(code)) {
        this.#used.add(code);
        return code;
      }
    }
  }
}
