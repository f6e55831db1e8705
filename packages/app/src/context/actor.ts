import type { OrgKind, Role } from "@greenfin/domain";

/** Who is acting: a user in one organisation (by session), or an organisation's API token. */
export interface Actor {
  userId: string | null;
  orgId: string;
  orgKind: OrgKind;
  role: Role;
  via: "session" | "token";
  tokenId?: string;
}
