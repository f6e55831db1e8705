import type { SeededRandom } from "../random/seeded-random";
import type { DemoIndustryInput } from "./demo-types";

/**
 * Looks up the industry reference passed in by the caller and writes canonical codes: section letter +
 * the standard's digits ("C38", "D4411").
 */
export class IndustryIndex {
  readonly #sectionOfDivision = new Map<string, string>();
  readonly #classesOfDivision = new Map<string, string[]>();

  constructor(input: DemoIndustryInput) {
    const sections = new Set(input.sections.map((s) => s.code));
    for (const d of input.divisions) {
      if (!sections.has(d.section))
        throw new Error(`Industry reference: division ${d.code} has unknown section ${d.section}`);
      this.#sectionOfDivision.set(d.code, d.section);
    }
    for (const c of input.classes) {
      const list = this.#classesOfDivision.get(c.division) ?? [];
      list.push(c.code);
      this.#classesOfDivision.set(c.division, list);
    }
  }

  /** "C38" for division "38"; throws when the reference lacks the division. */
  divisionCode(division: string): string {
    const section = this.#sectionOfDivision.get(division);
    if (section === undefined) throw new Error(`Industry reference has no division ${division}`);
    return section + division;
  }

  /**
   * The most specific canonical code the reference supports: the wanted class if listed, otherwise a class
   * of the division drawn at random if the reference lists any, otherwise the division itself.
   */
  enterpriseCode(rng: SeededRandom, division: string, wantedClass?: string): string {
    const divisionCode = this.divisionCode(division);
    const classes = this.#classesOfDivision.get(division);
    if (!classes) return divisionCode;
    const klass = wantedClass !== undefined && classes.includes(wantedClass) ? wantedClass : rng.pick(classes);
    return divisionCode.charAt(0) + klass;
  }
}
