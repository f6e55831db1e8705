import type { GreenClassification } from "./green-classification";

/** The labels the metrics need (an evaluation record of @greenfin/reference fits). */
export interface GreenEvalRecordLike {
  readonly id: string;
  readonly expected: "none" | readonly string[];
  readonly blue: boolean;
  readonly transition: boolean;
}

/**
 * Metrics of a labelled set (docs/green-taxonomy.md "Classifier"):
 * - a prediction is the first candidate when its confidence reaches the threshold (`top`);
 * - it is correct when it is one of the record's expected items (every item whose scope covers the project);
 * - precision = correct predictions / predictions (a prediction on a negative is a false positive);
 * - recall = correct predictions / positives;
 * - top-3 recall = positives with an expected item among the first three ranked candidates / positives;
 * - negatives' false-positive rate = negatives with a prediction / negatives;
 * - blue and transition accuracy = records whose flag equals the label / records.
 */
export interface GreenEvalMetrics {
  readonly records: number;
  readonly positives: number;
  readonly negatives: number;
  readonly predictions: number;
  readonly correct: number;
  /** Correct and equal to the record's primary (first) expected item. */
  readonly correctPrimary: number;
  readonly precision: number;
  readonly recall: number;
  readonly top3Recall: number;
  readonly negativeFalsePositiveRate: number;
  readonly blueAccuracy: number;
  readonly transitionAccuracy: number;
  /** Ids of the records each count missed, for a reviewer to read. */
  readonly misses: {
    readonly wrong: readonly string[];
    readonly missed: readonly string[];
    readonly falsePositives: readonly string[];
  };
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 10000) / 10000);

export function greenEvalMetrics(
  pairs: readonly { readonly record: GreenEvalRecordLike; readonly result: GreenClassification }[],
): GreenEvalMetrics {
  let positives = 0;
  let predictions = 0;
  let correct = 0;
  let correctPrimary = 0;
  let top3 = 0;
  let negativeHits = 0;
  let blue = 0;
  let transition = 0;
  const wrong: string[] = [];
  const missed: string[] = [];
  const falsePositives: string[] = [];
  for (const { record, result } of pairs) {
    const expected = record.expected === "none" ? null : record.expected;
    const predicted = result.top?.code ?? null;
    if (predicted !== null) predictions++;
    if (result.blue.relevant === record.blue) blue++;
    if (result.transition.relevant === record.transition) transition++;
    if (!expected) {
      if (predicted !== null) {
        negativeHits++;
        falsePositives.push(record.id);
      }
      continue;
    }
    positives++;
    if (predicted !== null && expected.includes(predicted)) {
      correct++;
      if (expected[0] === predicted) correctPrimary++;
    } else if (predicted !== null) wrong.push(record.id);
    else missed.push(record.id);
    if (result.candidates.slice(0, 3).some((c) => expected.includes(c.code))) top3++;
  }
  const negatives = pairs.length - positives;
  return {
    records: pairs.length,
    positives,
    negatives,
    predictions,
    correct,
    correctPrimary,
    precision: ratio(correct, predictions),
    recall: ratio(correct, positives),
    top3Recall: ratio(top3, positives),
    negativeFalsePositiveRate: ratio(negativeHits, negatives),
    blueAccuracy: ratio(blue, pairs.length),
    transitionAccuracy: ratio(transition, pairs.length),
    misses: { wrong, missed, falsePositives },
  };
}
