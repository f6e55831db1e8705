import {
  DEFAULT_DISCLOSURE_CATALOGUE_VERSION,
  type EntityKind,
  loadDisclosureCatalogue,
  requiredIndicators,
} from "@greenfin/reference";
import { SUGGESTED_FRAMEWORKS } from "./entity-kind";

/** Frameworks that ask anything of this kind of entity, with how many indicators each asks for on `on`. */
export function frameworksFor(entityKind: EntityKind, on: string) {
  const catalogue = loadDisclosureCatalogue(DEFAULT_DISCLOSURE_CATALOGUE_VERSION);
  return catalogue.frameworks
    .map((f) => ({
      code: f.code,
      nameZh: f.name.zh,
      nameEn: f.name.en,
      issuer: f.issuer,
      suggested: SUGGESTED_FRAMEWORKS[entityKind].includes(f.code),
      indicatorCount: requiredIndicators(catalogue, { entityKind, frameworks: [f.code], on }).length,
    }))
    .filter((f) => f.indicatorCount > 0);
}
