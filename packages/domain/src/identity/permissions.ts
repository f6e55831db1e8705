import type { Role } from "./organisation-kinds";

/** What a role may do inside its own organisation. Kept as data so the table can be read and tested. */
export const ROLE_PERMISSIONS = {
  admin: ["read", "write", "review", "manage_members", "manage_tokens", "manage_grants"],
  analyst: ["read", "write"],
  reviewer: ["read", "review"],
  viewer: ["read"],
} as const satisfies Record<Role, readonly string[]>;

export type Permission = (typeof ROLE_PERMISSIONS)[Role][number];

export function roleAllows(role: Role, permission: Permission): boolean {
  return (ROLE_PERMISSIONS[role] as readonly string[]).includes(permission);
}
