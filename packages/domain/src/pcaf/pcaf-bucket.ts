import { Dec, fixed, ZERO } from "./pcaf-decimal";
import type { PcafBucket, PcafPositionResult } from "./pcaf-result-types";

const SCORES = ["1", "2", "3", "4", "5"] as const;
const ratio = (x: Dec, y: Dec, places: number) => (y.gt(0) ? fixed(x.div(y), places) : null);

/**
 * Running totals of a group of positions. Sums the published (rounded) position figures, so a total is exactly the
 * sum of the parts a reader sees.
 */
export class BucketSum {
  private positions = 0;
  private outstanding: Dec = ZERO;
  private covered: Dec = ZERO;
  private scope12: Dec = ZERO;
  private scope3: Dec = ZERO;
  private scoreWeighted: Dec = ZERO;
  private scope3Outstanding: Dec = ZERO;
  private scope3ScoreWeighted: Dec = ZERO;
  private readonly byScore = new Map<string, Dec>();

  add(r: PcafPositionResult): void {
    const outstanding = new Dec(r.outstanding);
    this.positions++;
    this.outstanding = this.outstanding.plus(outstanding);
    if (r.financedScope12Tco2e === null || r.dataQuality === null) return;
    const score = r.dataQuality.score;
    this.covered = this.covered.plus(outstanding);
    this.scope12 = this.scope12.plus(r.financedScope12Tco2e);
    this.scoreWeighted = this.scoreWeighted.plus(outstanding.times(score));
    this.byScore.set(String(score), (this.byScore.get(String(score)) ?? ZERO).plus(outstanding));
    if (r.financedScope3Tco2e !== null) {
      this.scope3 = this.scope3.plus(r.financedScope3Tco2e);
      this.scope3Outstanding = this.scope3Outstanding.plus(outstanding);
      this.scope3ScoreWeighted = this.scope3ScoreWeighted.plus(outstanding.times(score));
    }
  }

  get coveredOutstanding(): Dec {
    return this.covered;
  }

  get financedScope12(): Dec {
    return this.scope12;
  }

  view(key: string, name: { nameZh: string; nameEn: string }): PcafBucket {
    return {
      key,
      nameZh: name.nameZh,
      nameEn: name.nameEn,
      positions: this.positions,
      outstanding: this.outstanding.toFixed(),
      coveredOutstanding: this.covered.toFixed(),
      coverage: ratio(this.covered, this.outstanding, 4),
      financedScope12Tco2e: this.scope12.toFixed(),
      financedScope3Tco2e: this.scope3.toFixed(),
      weightedDataQuality: ratio(this.scoreWeighted, this.covered, 2),
      weightedDataQualityScope3: ratio(this.scope3ScoreWeighted, this.scope3Outstanding, 2),
      outstandingByScore: Object.fromEntries(SCORES.map((s) => [s, (this.byScore.get(s) ?? ZERO).toFixed()])),
    };
  }
}
