import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type AuditParams, auditApi, type GrantDirection, grantsApi, membersApi, tokensApi } from "./admin";
import { type OrgListParams, orgsApi } from "./orgs";

export const qk = {
  org: (id: string) => ["org", id] as const,
  orgs: (p: OrgListParams) => ["orgs", p] as const,
  overview: ["district", "overview"] as const,
  grants: (d: GrantDirection) => ["grants", d] as const,
  members: (orgId: string) => ["members", orgId] as const,
  tokens: ["tokens"] as const,
  audit: (p: AuditParams) => ["audit", p] as const,
};

export const useOrg = (id: string | null | undefined) =>
  useQuery({ queryKey: qk.org(id ?? ""), queryFn: () => orgsApi.get(id ?? ""), enabled: !!id, staleTime: 5 * 60_000 });

export const useOrgList = (p: OrgListParams) =>
  useQuery({ queryKey: qk.orgs(p), queryFn: () => orgsApi.list(p), placeholderData: keepPreviousData });

export const useOverview = () => useQuery({ queryKey: qk.overview, queryFn: orgsApi.overview });

export const useGrants = (d: GrantDirection, enabled = true) =>
  useQuery({ queryKey: qk.grants(d), queryFn: () => grantsApi.list(d), enabled });

export const useMembers = (orgId: string | null | undefined) =>
  useQuery({ queryKey: qk.members(orgId ?? ""), queryFn: () => membersApi.list(orgId ?? ""), enabled: !!orgId });

export const useTokens = () => useQuery({ queryKey: qk.tokens, queryFn: tokensApi.list });

export const useAudit = (p: AuditParams) =>
  useQuery({ queryKey: qk.audit(p), queryFn: () => auditApi.list(p), placeholderData: keepPreviousData });
