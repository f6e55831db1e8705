import type { EnterpriseSize } from "../identity/organisation-kinds";
import type { SeededRandom } from "../random/seeded-random";
import {
  COMPANY_FORMS,
  type CompanyForm,
  joinPinyin,
  RESERVED_TRADE_NAMES,
  TRADE_NAME_FIRST,
  TRADE_NAME_SECOND,
} from "./name-vocabulary";

const FORM_WEIGHTS: Record<EnterpriseSize, readonly (readonly [CompanyForm, number])[]> = {
  large: [
    ["group", 3],
    ["joint_stock", 5],
    ["limited", 2],
  ],
  medium: [
    ["joint_stock", 3],
    ["limited", 7],
  ],
  small: [["limited", 1]],
  micro: [["limited", 1]],
};

const MAX_ATTEMPTS = 500;

/**
 * Issues unique company names. A name is unique on its stem (青岛 + 字号 + 行业词), whatever its legal form,
 * in Chinese and in English alike; reserved trade names (real brands, the institutions' own) are never used.
 */
export class CompanyNameRegistry {
  readonly #stemsZh = new Set<string>();
  readonly #stemsEn = new Set<string>();
  readonly #reserved: Set<string>;

  constructor(extraReservedTradeNames: readonly string[] = []) {
    this.#reserved = new Set([...RESERVED_TRADE_NAMES, ...extraReservedTradeNames]);
  }

  /** 青岛 + a trade name + one of `words` + a legal form fitting the size, e.g. 青岛海源电器有限公司. */
  issue(
    rng: SeededRandom,
    words: readonly (readonly [zh: string, en: string])[],
    size: EnterpriseSize,
  ): { nameZh: string; nameEn: string } {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const [firstZh, firstPy] = rng.pick(TRADE_NAME_FIRST);
      const [secondZh, secondPy] = rng.pick(TRADE_NAME_SECOND);
      const [wordZh, wordEn] = rng.pick(words);
      const tradeZh = firstZh + secondZh;
      if (firstZh === secondZh || this.#reserved.has(tradeZh)) continue;
      const stemZh = `青岛${tradeZh}${wordZh}`;
      const stemEn = `Qingdao ${joinPinyin(firstPy, secondPy)} ${wordEn}`;
      if (this.#stemsZh.has(stemZh) || this.#stemsEn.has(stemEn)) continue;
      this.#stemsZh.add(stemZh);
      this.#stemsEn.add(stemEn);
      const form = COMPANY_FORMS[rng.weighted(FORM_WEIGHTS[size])];
      return { nameZh: stemZh + form.zh, nameEn: `${stemEn} ${form.en}` };
    }
    throw new Error(`No unique company name left for "${words[0]?.[0]}" after ${MAX_ATTEMPTS} attempts`);
  }
}
