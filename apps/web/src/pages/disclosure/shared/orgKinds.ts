import { disclosureEntityKind } from "@greenfin/contracts";
import type { EntityKind } from "../../../api/disclosure";
import type { OrgKind } from "../../../lib/labels";

/** The disclosure template an organisation of this kind files (the same rule the server applies). */
export const entityKindOf = (kind: OrgKind): EntityKind | null => disclosureEntityKind(kind);

export const filesDisclosures = (kind: OrgKind) => entityKindOf(kind) !== null;

/** The district reviews enterprises and institutions; a fund manager reviews its portfolio companies. */
export const reviewsDisclosures = (kind: OrgKind) => kind === "district" || kind === "fund_manager";
