import type { CompiledGroup, CompiledMethodology } from "./compile-methodology";
import { amount4, Dec, fixed, isPositive, ZERO } from "./rating-decimal";
import { type ControversyEvent, type ControversyFlag, type ControversyResult, RatingInputError } from "./rating-types";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const HALF = new Dec("0.5");

/** Days since 1970-01-01 of an ISO calendar date; a malformed or impossible date is an input error. */
export function dayNumber(date: string, what: string): number {
  const match = ISO_DATE.exec(date);
  if (match) {
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const ms = Date.UTC(y, m - 1, d);
    const back = new Date(ms);
    if (back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d) return ms / DAY_MS;
  }
  throw new RatingInputError(`${what}: "${date}" is not an ISO date (YYYY-MM-DD)`);
}

export interface ScoredControversy {
  readonly result: ControversyResult;
  readonly keyIssue: string;
  /** The decayed deduction, unrounded; zero when the event does not count. */
  readonly deduction: Dec;
}

/**
 * One event's deduction from its key issue: severity deduction × status factor × 0.5^(age ÷ half-life), age in days
 * up to the rating date. Events after the rating date, older than the methodology's maximum age, or on a key issue
 * that is not material for the entity's group count for nothing (and say why).
 */
export function scoreControversy(
  entityId: string,
  event: ControversyEvent,
  methodology: CompiledMethodology,
  group: CompiledGroup,
  asOfDay: number,
): ScoredControversy {
  const where = `${entityId}: controversy ${event.id}`;
  const keyIssue = methodology.categoryKeyIssue.get(event.category);
  if (keyIssue === undefined) throw new RatingInputError(`${where} has unknown category "${event.category}"`);
  const severityDeduction = methodology.severityDeduction.get(event.severity);
  if (severityDeduction === undefined) throw new RatingInputError(`${where} has severity ${event.severity}, not 1–5`);
  const statusFactor = methodology.statusFactor.get(event.status);
  if (statusFactor === undefined) throw new RatingInputError(`${where} has unknown status "${event.status}"`);

  const ageDays = asOfDay - dayNumber(event.date, where);
  const flags: ControversyFlag[] = [];
  if (ageDays < 0) flags.push("after_as_of");
  if (ageDays > methodology.maxAgeDays) flags.push("expired");
  if (!isPositive(group.weights.get(keyIssue) ?? ZERO)) flags.push("key_issue_not_material");
  const decay = ageDays < 0 ? null : HALF.pow(new Dec(ageDays).dividedBy(methodology.halfLifeDays));
  const deduction = flags.length || decay === null ? ZERO : severityDeduction.times(statusFactor).times(decay);
  return {
    keyIssue,
    deduction,
    // Keys in sorted order, as the rating's canonical JSON writes them (see rating-canonical-json.ts).
    result: {
      ageDays,
      category: event.category,
      date: event.date,
      decayFactor: decay === null ? null : fixed(decay, 6),
      deduction: amount4(deduction),
      flags,
      id: event.id,
      keyIssue,
      severity: event.severity,
      severityDeduction: severityDeduction.toFixed(),
      source: event.source,
      status: event.status,
      statusFactor: statusFactor.toFixed(),
    },
  };
}
