import type { OrgKind, Role } from "@greenfin/domain";

/** Who is acting: a user in one organisation (by session), or an organisation's API token. */
export interface Actor {
  userId: string | null;
  orgId: string;
  orgKind: OrgKind;
  role: Role;
  via: "session" | "token" | "system";
  tokenId?: string;
}

/** The platform itself, for the CLI and background jobs that act on no one's behalf. */
export function systemActor(districtOrgId: string): Actor {
  return { userId: null, orgId: districtOrgId, orgKind: "district", role: "admin", via: "system" };
}
