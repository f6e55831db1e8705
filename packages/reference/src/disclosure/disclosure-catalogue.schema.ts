import { z } from "zod";

/**
 * The shape of a disclosure catalogue version under `data/disclosure/catalogue-<version>/`: five JSON files
 * (meta, indicators, framework requirements, frameworks, units) validated together, so that a requirement that
 * names an unknown indicator or framework, a duplicate id, an enum without options or an unknown unit fails.
 */
export const ENTITY_KINDS = ["enterprise", "financial_institution", "fund_manager", "portfolio_company"] as const;
export const INDICATOR_TYPES = ["number", "percent", "boolean", "text", "enum", "date"] as const;
/** Strongest first: used to pick an indicator's strongest level across frameworks. */
export const REQUIREMENT_LEVELS = ["mandatory", "comply_or_explain", "conditional", "voluntary"] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];
export type IndicatorType = (typeof INDICATOR_TYPES)[number];
export type RequirementLevel = (typeof REQUIREMENT_LEVELS)[number];

const text = z.string().trim().min(1);
const isoDate = z.iso.date();
const bilingual = z.object({ zh: text, en: text });
const verification = text;

export const zIndicator = z.object({
  id: z.string().regex(/^[A-Z]-[A-Z]{2,3}-\d{3}$/, "an indicator id looks like E-GHG-001"),
  pillar: z.enum(["E", "S", "G"]),
  topic: bilingual,
  name: bilingual,
  type: z.enum(INDICATOR_TYPES),
  unit: text.nullable(),
  unitLabel: text.nullable(),
  enumOptions: z.array(text).nullable(),
  multiSelect: z.boolean(),
  appliesTo: z.array(z.enum(ENTITY_KINDS)).min(1, "an indicator applies to at least one kind of entity"),
  breakdowns: z.array(text),
  standardsTags: z.array(text),
  notes: text.nullable(),
  source: text,
  verification,
});

export const zFrameworkRequirement = z.object({
  indicatorId: text,
  framework: text,
  clause: text,
  level: z.enum(REQUIREMENT_LEVELS),
  effectiveFrom: isoDate.nullable(),
  supersededFrom: isoDate.nullable(),
  condition: text.nullable(),
  verification,
  sourceTag: text,
});

export const zFramework = z.object({
  code: text,
  name: bilingual,
  issuer: text,
  effectiveFrom: isoDate.nullable(),
  scope: text,
  verification,
  source: text,
});

export const zUnitRef = z.object({ id: text, dimension: text });

const decimalText = z.string().regex(/^-?\d+(\.\d+)?$/, "a decimal number written as text");
const operand = z.object({ indicator: text, dimension: text.optional() });
const ruleBase = { id: text, explain: bilingual, source: text };

export const zDimension = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  name: bilingual,
  open: z.boolean(),
  members: z.array(z.object({ key: z.string().regex(/^[A-Za-z0-9_]+$/), label: bilingual })),
  source: text,
  verification,
});

export const zCrossFieldRule = z.discriminatedUnion("kind", [
  z.object({
    ...ruleBase,
    kind: z.literal("sum"),
    total: text,
    alternatives: z.array(z.array(text).min(2)).min(1),
    relativeTolerance: decimalText,
  }),
  z.object({
    ...ruleBase,
    kind: z.literal("breakdown_sum"),
    membersGiven: z.enum(["complete", "all_or_part"]),
    total: text,
    of: text,
    dimension: text,
    relativeTolerance: decimalText,
  }),
  z.object({
    ...ruleBase,
    kind: z.literal("not_greater"),
    part: z.array(operand).min(1),
    whole: z.array(operand).min(1),
  }),
  z.object({
    ...ruleBase,
    kind: z.literal("ratio"),
    result: text,
    numerator: z.array(operand).min(1),
    denominator: z.array(operand).min(1),
    multiplier: decimalText,
    relativeTolerance: decimalText,
  }),
  z.object({
    ...ruleBase,
    kind: z.literal("required_if"),
    indicator: text,
    when: z.object({ indicator: text, equals: z.union([z.boolean(), z.string(), z.number()]) }),
  }),
  z.object({
    ...ruleBase,
    kind: z.literal("range"),
    indicator: text,
    min: decimalText,
    max: decimalText,
    integer: z.boolean(),
  }),
]);

export const zValidationRules = z.object({
  yearOnYear: z.object({ warnAboveRelativeChange: decimalText, minimumBase: decimalText, explain: bilingual }),
  allowNegative: z.array(text),
  wholeNumberUnits: z.array(text),
  rules: z.array(zCrossFieldRule),
  verification,
});

export const zCatalogueMeta = z.looseObject({
  version: text,
  status: z.enum(["draft", "released"]),
  sources: z.array(text).min(1, "the catalogue must name its sources"),
  verification: text,
  levelDerivation: z.array(text).min(1, "the catalogue must say how requirement levels were derived"),
  counts: z.object({ indicators: z.number().int(), requirements: z.number().int(), frameworks: z.number().int() }),
});

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const v of values) (seen.has(v) ? repeated : seen).add(v);
  return [...repeated];
}

export const zDisclosureCatalogueFiles = z
  .object({
    meta: zCatalogueMeta,
    indicators: z.array(zIndicator),
    requirements: z.array(zFrameworkRequirement),
    frameworks: z.array(zFramework),
    units: z.array(zUnitRef),
    dimensions: z.array(zDimension),
    rules: zValidationRules,
  })
  .superRefine((file, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
    const { counts } = file.meta;
    const sizes = {
      indicators: file.indicators.length,
      requirements: file.requirements.length,
      frameworks: file.frameworks.length,
    };
    for (const key of ["indicators", "requirements", "frameworks"] as const)
      if (sizes[key] !== counts[key])
        issue([key], `expected ${counts[key]} ${key} (as meta says), found ${sizes[key]}`);

    for (const id of duplicates(file.indicators.map((i) => i.id)))
      issue(["indicators"], `indicator ${id} is listed twice`);
    for (const code of duplicates(file.frameworks.map((f) => f.code)))
      issue(["frameworks"], `framework ${code} is listed twice`);
    for (const id of duplicates(file.units.map((u) => u.id))) issue(["units"], `unit ${id} is listed twice`);
    for (const key of duplicates(file.requirements.map((r) => `${r.indicatorId} / ${r.framework} / ${r.clause}`)))
      issue(["requirements"], `requirement ${key} is listed twice`);

    const units = new Set(file.units.map((u) => u.id));
    file.indicators.forEach((ind, i) => {
      if (ind.type === "enum" && (ind.enumOptions === null || ind.enumOptions.length < 2))
        issue(["indicators", i, "enumOptions"], `${ind.id} is an enum indicator without options`);
      if (ind.type !== "enum" && ind.enumOptions !== null)
        issue(["indicators", i, "enumOptions"], `${ind.id} is not an enum but has options`);
      if (ind.enumOptions)
        for (const o of duplicates(ind.enumOptions)) issue(["indicators", i], `${ind.id}: option ${o} twice`);
      if (ind.unit !== null && !units.has(ind.unit))
        issue(["indicators", i, "unit"], `${ind.id} names unit "${ind.unit}", which is not in the units table`);
    });

    const indicators = new Set(file.indicators.map((i) => i.id));
    const dimensions = new Set(file.dimensions.map((d) => d.id));
    for (const id of duplicates(file.dimensions.map((d) => d.id)))
      issue(["dimensions"], `dimension ${id} is listed twice`);
    file.indicators.forEach((ind, i) => {
      for (const b of ind.breakdowns)
        if (!dimensions.has(b))
          issue(["indicators", i, "breakdowns"], `${ind.id} is broken down by unknown dimension ${b}`);
    });
    file.dimensions.forEach((d, i) => {
      if (!d.open && d.members.length < 2)
        issue(["dimensions", i], `closed dimension ${d.id} needs at least two members`);
    });
    for (const id of duplicates(file.rules.rules.map((r) => r.id))) issue(["rules"], `rule ${id} is listed twice`);
    const ruleIndicators = (r: z.infer<typeof zCrossFieldRule>): string[] => {
      switch (r.kind) {
        case "sum":
          return [r.total, ...r.alternatives.flat()];
        case "breakdown_sum":
          return [r.total, r.of];
        case "not_greater":
          return [...r.part, ...r.whole].map((o) => o.indicator);
        case "ratio":
          return [r.result, ...r.numerator, ...r.denominator].map((o) => (typeof o === "string" ? o : o.indicator));
        case "required_if":
          return [r.indicator, r.when.indicator];
        case "range":
          return [r.indicator];
      }
    };
    file.rules.rules.forEach((r, i) => {
      for (const id of ruleIndicators(r))
        if (!indicators.has(id)) issue(["rules", "rules", i], `rule ${r.id} names unknown indicator ${id}`);
    });
    for (const id of file.rules.allowNegative)
      if (!indicators.has(id)) issue(["rules", "allowNegative"], `unknown indicator ${id}`);
    const frameworks = new Set(file.frameworks.map((f) => f.code));
    file.requirements.forEach((r, i) => {
      if (!indicators.has(r.indicatorId))
        issue(["requirements", i, "indicatorId"], `requirement names unknown indicator ${r.indicatorId}`);
      if (!frameworks.has(r.framework))
        issue(
          ["requirements", i, "framework"],
          `requirement of ${r.indicatorId} names unknown framework ${r.framework}`,
        );
      if (r.effectiveFrom && r.supersededFrom && r.supersededFrom <= r.effectiveFrom)
        issue(
          ["requirements", i],
          `requirement of ${r.indicatorId} (${r.clause}) is superseded before it takes effect`,
        );
    });
  });

export type DisclosureCatalogueFiles = z.infer<typeof zDisclosureCatalogueFiles>;

export type DimensionData = z.infer<typeof zDimension>;
export type CrossFieldRuleData = z.infer<typeof zCrossFieldRule>;
