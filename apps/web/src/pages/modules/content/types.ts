import type { TGrant } from "@greenfin/contracts";
import type { OrgKind } from "../../../lib/labels";

export interface Bilingual<T> {
  zh: T;
  en: T;
}

/** What a module will do, told separately for every kind of organisation. */
export interface ModuleContent {
  intro: Bilingual<string>;
  /** Consent scopes whose data this module will read or write. */
  scopes: TGrant["scope"][];
  kinds: Record<OrgKind, Bilingual<string[]>>;
}
