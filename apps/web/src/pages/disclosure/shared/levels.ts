import type { DisclosureStatus } from "../../../api/disclosure";

export type RequirementLevel = "mandatory" | "comply_or_explain" | "conditional" | "voluntary";

/** Tag colours of the requirement levels: mandatory red, comply-or-explain orange, conditional blue, voluntary grey. */
export const LEVEL_COLORS: Record<RequirementLevel, string> = {
  mandatory: "red",
  comply_or_explain: "orange",
  conditional: "blue",
  voluntary: "default",
};

export const STATUS_COLORS: Record<DisclosureStatus, string> = {
  draft: "default",
  submitted: "processing",
  in_review: "purple",
  returned: "error",
  accepted: "success",
  published: "green",
};

export const DISCLOSURE_STATUSES: readonly DisclosureStatus[] = [
  "draft",
  "submitted",
  "in_review",
  "returned",
  "accepted",
  "published",
];

/** Statuses in which the organisation may change its values. */
export const EDITABLE: readonly DisclosureStatus[] = ["draft", "returned"];
