import type { DisclosureCatalogue, DisclosureIndicator } from "../disclosure/load-disclosure-catalogue";
import { resolveIndustryCode } from "../industry/industry-codes";
import { compareDecimal, sumDecimal } from "./exact-decimal";
import type { RatingMethodologyFiles, ScoringRuleData, ThresholdPointData } from "./rating-methodology.schema";

/** What a scored id or ratio operand resolves to: a catalogue indicator or a derived input declared in tree.json. */
export interface ResolvedInput {
  readonly id: string;
  readonly name: { readonly zh: string; readonly en: string };
  readonly type: string;
  readonly unit: string | null;
  readonly origin: "catalogue" | "derived";
  readonly enumOptions: readonly string[] | null;
}

const CATALOGUE_ID = /^[A-Z]-[A-Z]{2,3}-\d{3}$/;

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const v of values) (seen.has(v) ? repeated : seen).add(v);
  return [...repeated];
}

/** Every input id the methodology may read, from the catalogue and the declared derived inputs. */
export function resolveInputs(
  files: RatingMethodologyFiles,
  catalogue: DisclosureCatalogue,
): Map<string, ResolvedInput> {
  const inputs = new Map<string, ResolvedInput>();
  for (const ind of catalogue.indicators) inputs.set(ind.id, fromCatalogue(ind));
  for (const d of files.tree.derivedInputs)
    inputs.set(d.id, { id: d.id, name: d.name, type: d.type, unit: d.unit, origin: "derived", enumOptions: null });
  return inputs;
}

function fromCatalogue(ind: DisclosureIndicator): ResolvedInput {
  return {
    id: ind.id,
    name: ind.name,
    type: ind.type,
    unit: ind.unit,
    origin: "catalogue",
    enumOptions: ind.enumOptions,
  };
}

function checkPoints(where: string, rule: { direction: string; points: readonly ThresholdPointData[] }): string[] {
  const problems: string[] = [];
  const { points } = rule;
  const higher = rule.direction === "higher_is_better";
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1] as ThresholdPointData, points[i] as ThresholdPointData];
    if (compareDecimal(a.value, b.value) >= 0)
      problems.push(`${where}: threshold values must strictly increase (${a.value} then ${b.value})`);
    const step = compareDecimal(a.score, b.score);
    if ((higher && step > 0) || (!higher && step < 0))
      problems.push(`${where}: scores must ${higher ? "rise" : "fall"} with the value (${rule.direction})`);
  }
  for (const p of points)
    if (compareDecimal(p.score, "100") > 0) problems.push(`${where}: score ${p.score} is above 100`);
  const first = points[0] as ThresholdPointData;
  const last = points[points.length - 1] as ThresholdPointData;
  if (compareDecimal(first.score, last.score) === 0) problems.push(`${where}: every point has the same score`);
  return problems;
}

function checkRule(
  where: string,
  indicatorId: string,
  rule: ScoringRuleData,
  input: (id: string) => ResolvedInput | undefined,
): string[] {
  const numeric = (id: string, role: string): string[] => {
    const found = input(id);
    if (!found) return [`${where}: ${role} ${id} is neither in the disclosure catalogue nor a declared derived input`];
    return found.type === "number" || found.type === "percent"
      ? []
      : [`${where}: ${role} ${id} is a ${found.type} indicator, not a number`];
  };
  switch (rule.kind) {
    case "thresholds":
      return [...numeric(indicatorId, "indicator"), ...checkPoints(where, rule)];
    case "peer_percentile":
      return [
        ...numeric(indicatorId, "indicator"),
        ...checkPoints(`${where} (fallback)`, { ...rule, points: rule.fallback }),
      ];
    case "ratio": {
      const expected = `${rule.numerator}/${rule.denominator}`;
      return [
        ...(indicatorId === expected ? [] : [`${where}: a ratio's id must be "${expected}"`]),
        ...numeric(rule.numerator, "numerator"),
        ...numeric(rule.denominator, "denominator"),
        ...(compareDecimal(rule.multiplier, "0") > 0 ? [] : [`${where}: the multiplier must be positive`]),
        ...checkPoints(where, rule),
      ];
    }
    case "presence": {
      const found = input(indicatorId);
      if (!found) return [`${where}: ${indicatorId} is not in the disclosure catalogue`];
      return found.type === "boolean"
        ? []
        : [`${where}: presence needs a boolean indicator, ${indicatorId} is ${found.type}`];
    }
    case "ladder": {
      const found = input(indicatorId);
      if (!found?.enumOptions) return [`${where}: a ladder needs an enum indicator of the catalogue`];
      const given = rule.options.map((o) => o.option);
      const problems = duplicates(given).map((o) => `${where}: option ${o} is listed twice`);
      const missing = found.enumOptions.filter((o) => !given.includes(o));
      const unknown = given.filter((o) => !found.enumOptions?.includes(o));
      if (missing.length) problems.push(`${where}: options without a score: ${missing.join(", ")}`);
      if (unknown.length) problems.push(`${where}: options the catalogue does not have: ${unknown.join(", ")}`);
      for (const o of rule.options)
        if (compareDecimal(o.score, "100") > 0) problems.push(`${where}: option ${o.option} scores above 100`);
      return problems;
    }
  }
}

function inputsRead(indicatorId: string, rule: ScoringRuleData): string[] {
  return rule.kind === "ratio" ? [rule.numerator, rule.denominator] : [indicatorId];
}

function checkTree(files: RatingMethodologyFiles, catalogue: DisclosureCatalogue): string[] {
  const problems: string[] = [];
  const { tree, meta } = files;
  const inputs = resolveInputs(files, catalogue);
  const catalogueIds = new Set(catalogue.indicators.map((i) => i.id));
  const kind = meta.entityKind;

  for (const d of tree.derivedInputs) {
    if (catalogueIds.has(d.id) || CATALOGUE_ID.test(d.id))
      problems.push(`derived input ${d.id} looks like a catalogue indicator id; give it a name of its own`);
  }
  for (const d of duplicates(tree.derivedInputs.map((d) => d.id)))
    problems.push(`derived input ${d} is declared twice`);

  const pillars = tree.pillars;
  const themes = pillars.flatMap((p) => p.themes);
  const keyIssues = themes.flatMap((t) => t.keyIssues);
  const indicators = keyIssues.flatMap((k) => k.indicators);
  for (const p of duplicates(pillars.map((p) => p.id))) problems.push(`pillar ${p} appears twice`);
  for (const t of duplicates(themes.map((t) => t.id))) problems.push(`theme ${t} appears twice`);
  for (const k of duplicates(keyIssues.map((k) => k.id))) problems.push(`key issue ${k} appears twice`);
  for (const i of duplicates(indicators.map((i) => i.id))) problems.push(`indicator ${i} is scored twice`);

  for (const issue of keyIssues) {
    const where = `key issue ${issue.id}`;
    if (issue.indicators.length === 0) {
      problems.push(`${where} has no indicators`);
      continue;
    }
    const sum = sumDecimal(issue.indicators.map((i) => i.weight));
    if (sum !== "100") problems.push(`${where}: indicator weights sum to ${sum}, not 100`);
    if (issue.indicators.every((i) => i.missing.policy === "exclude_reweight"))
      problems.push(`${where}: every indicator may be excluded; keep at least one that is scored when missing`);
    for (const ind of issue.indicators) {
      const at = `${where} / ${ind.id}`;
      if (compareDecimal(ind.weight, "0") <= 0) problems.push(`${at}: weight must be positive`);
      problems.push(...checkRule(at, ind.id, ind.rule, (id) => inputs.get(id)));
      if (ind.missing.policy === "industry_median_penalty" && compareDecimal(ind.missing.penalty, "100") > 0)
        problems.push(`${at}: a penalty above 100 points`);
      for (const read of inputsRead(ind.id, ind.rule)) {
        const found = catalogue.indicators.find((c) => c.id === read);
        if (found && !found.appliesTo.includes(kind)) problems.push(`${at}: ${read} is not asked of a ${kind}`);
      }
    }
  }
  return problems;
}

function checkMateriality(files: RatingMethodologyFiles): string[] {
  const problems: string[] = [];
  const { groups } = files.materiality;
  const keyIssues = files.tree.pillars.flatMap((p) =>
    p.themes.flatMap((t) => t.keyIssues.map((k) => ({ id: k.id, pillar: p.id }))),
  );
  const issueIds = keyIssues.map((k) => k.id);
  for (const g of duplicates(groups.map((g) => g.id))) problems.push(`industry group ${g} appears twice`);
  const defaults = groups.filter((g) => g.industries.length === 0);
  if (defaults.length !== 1)
    problems.push(`there must be exactly one default group (no industries), found ${defaults.length}`);
  for (const code of duplicates(groups.flatMap((g) => g.industries)))
    problems.push(`industry ${code} belongs to two groups`);

  for (const group of groups) {
    const where = `industry group ${group.id}`;
    for (const code of group.industries)
      if (resolveIndustryCode(code)?.code !== code) problems.push(`${where}: ${code} is not a GB/T 4754-2017 code`);
    const listed = Object.keys(group.weights);
    const missing = issueIds.filter((k) => !listed.includes(k));
    const unknown = listed.filter((k) => !issueIds.includes(k));
    if (missing.length) problems.push(`${where}: no weight for ${missing.join(", ")} (write "0" if not material)`);
    if (unknown.length) problems.push(`${where}: weights for unknown key issues ${unknown.join(", ")}`);
    const sum = sumDecimal(Object.values(group.weights));
    if (sum !== "100") problems.push(`${where}: key-issue weights sum to ${sum}, not 100`);
    for (const k of keyIssues)
      if (k.pillar === "G" && compareDecimal(group.weights[k.id] ?? "0", "0") <= 0)
        problems.push(`${where}: governance key issue ${k.id} must weigh in every industry`);
  }
  for (const k of issueIds)
    if (groups.every((g) => compareDecimal(g.weights[k] ?? "0", "0") <= 0))
      problems.push(`key issue ${k} is not material in any industry group`);
  return problems;
}

function checkScale(files: RatingMethodologyFiles): string[] {
  const problems: string[] = [];
  const { grades } = files.scale;
  for (const g of duplicates(grades.map((g) => g.grade))) problems.push(`grade ${g} appears twice`);
  for (let i = 1; i < grades.length; i++) {
    const [a, b] = [grades[i - 1]?.lowerBound ?? "0", grades[i]?.lowerBound ?? "0"];
    if (compareDecimal(a, b) <= 0) problems.push(`scale: lower bounds must strictly decrease (${a} then ${b})`);
  }
  if (compareDecimal(grades[0]?.lowerBound ?? "0", "100") > 0) problems.push("scale: the top grade starts above 100");
  if (grades[grades.length - 1]?.lowerBound !== "0")
    problems.push("scale: the lowest grade must start at 0, so every score has a grade");
  if (files.overrides.maxNotches >= grades.length)
    problems.push(`overrides: ${files.overrides.maxNotches} notches is more than the scale has`);
  return problems;
}

function checkControversies(files: RatingMethodologyFiles): string[] {
  const problems: string[] = [];
  const { severities, statuses, categories } = files.controversies;
  const levels = severities.map((s) => s.severity);
  if (levels.join() !== "1,2,3,4,5") problems.push("controversies: give severities 1 to 5, once each, in order");
  for (let i = 1; i < severities.length; i++)
    if (compareDecimal(severities[i - 1]?.deduction ?? "0", severities[i]?.deduction ?? "0") > 0)
      problems.push("controversies: a higher severity must not deduct less");
  for (const s of severities)
    if (compareDecimal(s.deduction, "100") > 0)
      problems.push(`controversies: severity ${s.severity} deducts above 100`);
  for (const s of duplicates(statuses.map((s) => s.status))) problems.push(`controversies: status ${s} twice`);
  for (const s of statuses)
    if (compareDecimal(s.factor, "1") > 0) problems.push(`controversies: status ${s.status} has a factor above 1`);
  for (const c of duplicates(categories.map((c) => c.id))) problems.push(`controversies: category ${c} twice`);
  const issueIds = new Set(files.tree.pillars.flatMap((p) => p.themes.flatMap((t) => t.keyIssues.map((k) => k.id))));
  for (const c of categories) {
    if (!issueIds.has(c.keyIssue)) problems.push(`controversy category ${c.id} hits unknown key issue ${c.keyIssue}`);
    for (const g of files.materiality.groups)
      if (compareDecimal(g.weights[c.keyIssue] ?? "0", "0") <= 0)
        problems.push(
          `controversy category ${c.id} hits ${c.keyIssue}, which is not material in group ${g.id}: the event would not count`,
        );
  }
  return problems;
}

/** Every rule a methodology version must keep beyond its files' shapes; an empty list when it keeps them all. */
export function checkRatingMethodology(files: RatingMethodologyFiles, catalogue: DisclosureCatalogue): string[] {
  return [
    ...(files.meta.disclosureCatalogue === catalogue.version
      ? []
      : [`meta names disclosure catalogue ${files.meta.disclosureCatalogue}, checked against ${catalogue.version}`]),
    ...checkTree(files, catalogue),
    ...checkMateriality(files),
    ...checkScale(files),
    ...checkControversies(files),
  ];
}
