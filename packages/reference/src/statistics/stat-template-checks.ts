import type { StatTemplateFile, StatTemplateMeta } from "./stat-template.schema";

/** A cross-check term: an optional "-", then "prev:" and a metric key, a metric key, or a decimal constant. */
const TERM = /^(-?)(?:(prev:)?([a-z][a-z0-9_]*)|(\d+(?:\.\d+)?))$/;

export interface ParsedTerm {
  readonly negative: boolean;
  readonly previous: boolean;
  /** The metric it reads, or null for a constant. */
  readonly metric: string | null;
  readonly constant: string | null;
}

export function parseCrossCheckTerm(term: string): ParsedTerm | null {
  const m = TERM.exec(term);
  if (!m) return null;
  return { negative: m[1] === "-", previous: m[2] === "prev:", metric: m[3] ?? null, constant: m[4] ?? null };
}

/**
 * What a schema cannot say: metric and cross-check keys are unique; a ratio names a weight that exists and is not
 * itself a ratio (and only a ratio names one); a ratio is a percent and is never broken down (its items would not add
 * up); `requiredFor` names the template's institution kinds; every cross-check term is well formed and names a
 * metric of this template, each check reads at least one metric and all its metrics share one unit; the verification
 * list covers every metric exactly once.
 */
export function checkStatTemplate(file: StatTemplateFile, meta: StatTemplateMeta): string[] {
  const problems: string[] = [];
  const metrics = new Map<string, StatTemplateFile["metrics"][number]>();
  for (const m of file.metrics) {
    if (metrics.has(m.key)) problems.push(`metric ${m.key} is listed twice`);
    metrics.set(m.key, m);
  }
  for (const m of file.metrics) {
    if (m.kind === "ratio") {
      if (m.unit !== "percent") problems.push(`metric ${m.key}: a ratio must be in percent, not ${m.unit}`);
      if (m.breakdown) problems.push(`metric ${m.key}: a ratio cannot be broken down (its items would not add up)`);
      if (!m.weightMetric) problems.push(`metric ${m.key}: a ratio must name its weightMetric`);
      else {
        const weight = metrics.get(m.weightMetric);
        if (!weight) problems.push(`metric ${m.key}: weightMetric ${m.weightMetric} is not a metric of the template`);
        else if (weight.kind === "ratio")
          problems.push(`metric ${m.key}: weightMetric ${m.weightMetric} is a ratio and cannot weight an average`);
      }
    } else {
      if (m.weightMetric) problems.push(`metric ${m.key}: only a ratio names a weightMetric`);
      if (m.unit === "percent") problems.push(`metric ${m.key}: a percent must be a ratio, not a ${m.kind}`);
    }
    for (const kind of m.requiredFor)
      if (!meta.institutionKinds.includes(kind))
        problems.push(`metric ${m.key}: requiredFor names ${kind}, not an institution kind of the template`);
    if (new Set(m.requiredFor).size !== m.requiredFor.length)
      problems.push(`metric ${m.key}: requiredFor repeats a kind`);
  }
  const checkKeys = new Set<string>();
  for (const c of file.crossChecks) {
    if (checkKeys.has(c.key)) problems.push(`cross-check ${c.key} is listed twice`);
    checkKeys.add(c.key);
    const units = new Set<string>();
    let readsMetric = false;
    for (const term of [...c.lhs, ...c.rhs]) {
      const t = parseCrossCheckTerm(term);
      if (!t) {
        problems.push(
          `cross-check ${c.key}: term "${term}" is not "key", "prev:key", a decimal, or one of them after "-"`,
        );
        continue;
      }
      if (t.metric === null) continue;
      const m = metrics.get(t.metric);
      if (!m) problems.push(`cross-check ${c.key}: term "${term}" names ${t.metric}, not a metric of the template`);
      else {
        readsMetric = true;
        units.add(m.unit);
      }
    }
    if (!readsMetric) problems.push(`cross-check ${c.key} reads no metric`);
    if (units.size > 1) problems.push(`cross-check ${c.key} mixes units (${[...units].join(", ")})`);
  }
  const verified = new Map<string, number>();
  for (const v of meta.verification) verified.set(v.metric, (verified.get(v.metric) ?? 0) + 1);
  for (const m of file.metrics)
    if (verified.get(m.key) !== 1)
      problems.push(
        `metric ${m.key} needs exactly one verification entry in meta.json (has ${verified.get(m.key) ?? 0})`,
      );
  for (const key of verified.keys())
    if (!metrics.has(key)) problems.push(`meta.json verification names ${key}, not a metric of the template`);
  return problems;
}
