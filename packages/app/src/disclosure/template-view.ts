import { findUnit } from "@greenfin/domain";
import { loadDisclosure } from "../access/disclosure-access";
import type { Actor } from "../context/actor";
import type { Platform } from "../platform";
import { contextOfRow } from "./disclosure-context";

const unitView = (id: string) => {
  const u = findUnit(id);
  return { id, zh: u?.label.zh ?? id, en: u?.label.en ?? id };
};

/** The form's structure for one disclosure: topics, indicators, levels per framework, units and breakdown rows. */
export async function disclosureTemplate(p: Platform, actor: Actor, id: string) {
  const { row } = await loadDisclosure(p, actor, id, "read");
  const ctx = contextOfRow(row);
  const levels = new Map(ctx.required.map((r) => [r.indicatorId, r.levels]));
  const dimensions = new Map(ctx.catalogue.dimensions.map((d) => [d.id, d]));
  return {
    catalogueVersion: ctx.template.catalogueVersion,
    entityKind: ctx.template.entityKind,
    frameworks: ctx.catalogue.frameworks
      .filter((f) => ctx.template.frameworks.includes(f.code))
      .map((f) => ({ code: f.code, nameZh: f.name.zh, nameEn: f.name.en, issuer: f.issuer })),
    topics: ctx.template.topics.map((t) => ({
      pillar: t.pillar,
      topicZh: t.topic.zh,
      topicEn: t.topic.en,
      items: t.items.map((i) => ({
        id: i.indicator.id,
        nameZh: i.indicator.name.zh,
        nameEn: i.indicator.name.en,
        type: i.indicator.type,
        unit: i.indicator.unit ? unitView(i.indicator.unit) : null,
        unitChoices: i.unitChoices.map(unitView),
        enumOptions: [...(i.indicator.enumOptions ?? [])],
        multiSelect: i.indicator.multiSelect,
        level: i.level,
        levels: levels.get(i.indicator.id) ?? {},
        clauses: [...i.clauses],
        notes: i.indicator.notes,
        rows: i.rows.map((r) => ({
          dimension: r.dimension,
          labelZh: r.label?.zh ?? null,
          labelEn: r.label?.en ?? null,
        })),
        openDimensions: i.openDimensions.map((d) => ({
          id: d,
          nameZh: dimensions.get(d)?.name.zh ?? d,
          nameEn: dimensions.get(d)?.name.en ?? d,
        })),
      })),
    })),
  };
}
