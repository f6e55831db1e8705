import type { DimensionData, EntityKind, RequirementLevel } from "./disclosure-catalogue.schema";
import type { DisclosureCatalogue, DisclosureIndicator } from "./load-disclosure-catalogue";
import { type RequiredIndicator, requiredIndicators } from "./required-indicators";

/**
 * What one organisation fills in for one period: the indicators its chosen frameworks ask of its kind of entity,
 * grouped by topic in catalogue order, each with the rows to fill (the total, and one row per member of each closed
 * breakdown dimension) and the units it may be entered in. The web form, the Excel template and the completeness
 * figures are all built from this one structure.
 */
export interface TemplateRow {
  /** "" for the total, else `dimension=member`. */
  readonly dimension: string;
  readonly label: { readonly zh: string; readonly en: string } | null;
}

export interface TemplateItem {
  readonly indicator: DisclosureIndicator;
  readonly level: RequirementLevel;
  readonly frameworks: readonly string[];
  readonly clauses: readonly {
    readonly framework: string;
    readonly clause: string;
    readonly level: RequirementLevel;
  }[];
  /** Units the value may be entered in (same dimension as the canonical unit), canonical first; [] if unitless. */
  readonly unitChoices: readonly string[];
  readonly rows: readonly TemplateRow[];
  /** Open breakdown dimensions (region, facility …) the filer may add rows for, naming the member. */
  readonly openDimensions: readonly string[];
}

export interface TemplateTopic {
  readonly pillar: "E" | "S" | "G";
  readonly topic: { readonly zh: string; readonly en: string };
  readonly items: readonly TemplateItem[];
}

export interface DisclosureTemplate {
  readonly catalogueVersion: string;
  readonly entityKind: EntityKind;
  readonly frameworks: readonly string[];
  /** The day requirements are judged on (the end of the reporting period). */
  readonly on: string;
  readonly topics: readonly TemplateTopic[];
  readonly itemCount: number;
}

/** Units a number of this indicator may be entered in. Unit-less numbers (years, mixed fuels) accept any unit. */
export function unitChoices(catalogue: DisclosureCatalogue, indicator: DisclosureIndicator): string[] {
  if (indicator.type !== "number" && indicator.type !== "percent") return [];
  if (indicator.unit === null) return [];
  const dimension = catalogue.units.find((u) => u.id === indicator.unit)?.dimension;
  const same = catalogue.units.filter((u) => u.dimension === dimension && u.id !== indicator.unit).map((u) => u.id);
  return [indicator.unit, ...same];
}

function rowsOf(indicator: DisclosureIndicator, dimensions: ReadonlyMap<string, DimensionData>): TemplateRow[] {
  const rows: TemplateRow[] = [{ dimension: "", label: null }];
  for (const id of indicator.breakdowns) {
    const d = dimensions.get(id);
    if (!d || d.open) continue;
    for (const m of d.members)
      rows.push({
        dimension: `${d.id}=${m.key}`,
        label: { zh: `${d.name.zh}：${m.label.zh}`, en: `${d.name.en}: ${m.label.en}` },
      });
  }
  return rows;
}

function itemOf(
  catalogue: DisclosureCatalogue,
  r: RequiredIndicator,
  dims: ReadonlyMap<string, DimensionData>,
): TemplateItem {
  return {
    indicator: r.indicator,
    level: r.level,
    frameworks: r.frameworks,
    clauses: r.requirements.map((q) => ({ framework: q.framework, clause: q.clause, level: q.level })),
    unitChoices: unitChoices(catalogue, r.indicator),
    rows: rowsOf(r.indicator, dims),
    openDimensions: r.indicator.breakdowns.filter((b) => dims.get(b)?.open),
  };
}

export function buildDisclosureTemplate(
  catalogue: DisclosureCatalogue,
  query: { entityKind: EntityKind; frameworks: readonly string[]; on: string },
): DisclosureTemplate {
  const dims = new Map(catalogue.dimensions.map((d) => [d.id, d]));
  const topics: { pillar: "E" | "S" | "G"; topic: { zh: string; en: string }; items: TemplateItem[] }[] = [];
  const required = requiredIndicators(catalogue, query);
  for (const r of required) {
    let topic = topics.find((t) => t.topic.zh === r.indicator.topic.zh);
    if (!topic) {
      topic = { pillar: r.indicator.pillar, topic: r.indicator.topic, items: [] };
      topics.push(topic);
    }
    topic.items.push(itemOf(catalogue, r, dims));
  }
  return {
    catalogueVersion: catalogue.version,
    entityKind: query.entityKind,
    frameworks: [...query.frameworks],
    on: query.on,
    topics,
    itemCount: required.length,
  };
}
