import type { RequiredItem } from "@greenfin/domain";
import {
  buildDisclosureTemplate,
  type DisclosureTemplate,
  type EntityKind,
  loadDisclosureCatalogue,
  type RequirementLevel,
  type TemplateItem,
} from "@greenfin/reference";

export type RequiredWithLevels = RequiredItem & { readonly levels: Readonly<Record<string, RequirementLevel>> };

/** Everything the validator, the form, the workbook and the reports need about one disclosure's template. */
export interface DisclosureContext {
  readonly catalogue: ReturnType<typeof loadDisclosureCatalogue>;
  readonly template: DisclosureTemplate;
  readonly items: readonly TemplateItem[];
  readonly required: readonly RequiredWithLevels[];
}

const cache = new Map<string, DisclosureContext>();

/** The strongest level each chosen framework gives an item (a framework may cite it in several clauses). */
function levelsOf(item: TemplateItem): Record<string, RequirementLevel> {
  const order: RequirementLevel[] = ["mandatory", "comply_or_explain", "conditional", "voluntary"];
  const levels: Record<string, RequirementLevel> = {};
  for (const c of item.clauses) {
    const prev = levels[c.framework];
    if (!prev || order.indexOf(c.level) < order.indexOf(prev)) levels[c.framework] = c.level;
  }
  return levels;
}

export function disclosureContext(d: {
  catalogueVersion: string;
  entityKind: EntityKind;
  frameworks: readonly string[];
  periodEnd: string;
}): DisclosureContext {
  const key = `${d.catalogueVersion}|${d.entityKind}|${[...d.frameworks].sort().join(",")}|${d.periodEnd}`;
  let ctx = cache.get(key);
  if (!ctx) {
    const catalogue = loadDisclosureCatalogue(d.catalogueVersion);
    const template = buildDisclosureTemplate(catalogue, {
      entityKind: d.entityKind,
      frameworks: d.frameworks,
      on: d.periodEnd,
    });
    const items = template.topics.flatMap((t) => t.items);
    const required = items.map((i) => ({
      indicatorId: i.indicator.id,
      level: i.level,
      frameworks: i.frameworks,
      levels: levelsOf(i),
    }));
    ctx = { catalogue, template, items, required };
    cache.set(key, ctx);
  }
  return ctx;
}

/** The context of a stored disclosure. */
export const contextOfRow = (row: {
  catalogue_version: string;
  entity_kind: EntityKind;
  frameworks: readonly string[];
  period_end: string;
}) =>
  disclosureContext({
    catalogueVersion: row.catalogue_version,
    entityKind: row.entity_kind,
    frameworks: row.frameworks,
    periodEnd: row.period_end,
  });
