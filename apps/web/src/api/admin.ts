import {
  type TAddMember,
  type TApiToken,
  type TAuditEntry,
  type TCreateGrant,
  type TCreateToken,
  type TGrant,
  type TGrantAccess,
  type TJob,
  type TMember,
  zApiToken,
  zAuditEntry,
  zCreatedToken,
  zGrant,
  zGrantAccess,
  zJob,
  zMember,
  zPage,
} from "@greenfin/contracts";
import { api } from "./client";
import type { Page } from "./orgs";

const zAuditPage = zPage(zAuditEntry);
const zMembers = zMember.array();
const zTokens = zApiToken.array();
const zGrants = zGrant.array();
const zAccessLog = zGrantAccess.array();

export const membersApi = {
  list: (orgId: string) => api.get<TMember[]>(`/api/orgs/${orgId}/members`, { schema: zMembers }),
  add: (orgId: string, body: TAddMember) => api.post<TMember>(`/api/orgs/${orgId}/members`, body, { schema: zMember }),
  changeRole: (orgId: string, userId: string, role: TMember["role"]) =>
    api.patch<unknown>(`/api/orgs/${orgId}/members/${userId}`, { role }),
  remove: (orgId: string, userId: string) => api.del<unknown>(`/api/orgs/${orgId}/members/${userId}`),
};

export const tokensApi = {
  list: () => api.get<TApiToken[]>("/api/tokens", { schema: zTokens }),
  create: (body: TCreateToken) =>
    api.post<{ token: TApiToken; secret: string }>("/api/tokens", body, { schema: zCreatedToken }),
  revoke: (id: string) => api.post<unknown>(`/api/tokens/${id}/revoke`),
};

export type GrantDirection = "given" | "received";

export const grantsApi = {
  list: (direction: GrantDirection) => api.get<TGrant[]>("/api/grants", { query: { direction }, schema: zGrants }),
  create: (body: TCreateGrant) => api.post<TGrant>("/api/grants", body, { schema: zGrant }),
  revoke: (id: string) => api.post<unknown>(`/api/grants/${id}/revoke`),
  accessLog: (id: string) => api.get<TGrantAccess[]>(`/api/grants/${id}/access-log`, { schema: zAccessLog }),
};

export interface AuditParams {
  page: number;
  pageSize: number;
  action?: string | undefined;
  entityType?: string | undefined;
}

export const auditApi = {
  list: (params: AuditParams) => api.get<Page<TAuditEntry>>("/api/audit", { query: { ...params }, schema: zAuditPage }),
  verify: () => api.post<TJob>("/api/audit/verify", {}, { schema: zJob }),
};

export const jobsApi = {
  get: (id: string) => api.get<TJob>(`/api/jobs/${id}`, { schema: zJob }),
};
