import {
  type TCreateOrganisation,
  type TDistrictOverview,
  type TOrganisation,
  type TUpdateOrganisation,
  zDistrictOverview,
  zOrganisation,
  zPage,
} from "@greenfin/contracts";
import { api } from "./client";

const zOrgPage = zPage(zOrganisation);

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface OrgListParams {
  kind?: string | undefined;
  q?: string | undefined;
  industrySection?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

export const orgsApi = {
  list: (params: OrgListParams) =>
    api.get<Page<TOrganisation>>("/api/orgs", { query: { ...params }, schema: zOrgPage }),
  get: (id: string) => api.get<TOrganisation>(`/api/orgs/${id}`, { schema: zOrganisation }),
  create: (body: TCreateOrganisation) => api.post<TOrganisation>("/api/orgs", body, { schema: zOrganisation }),
  update: (id: string, body: TUpdateOrganisation) =>
    api.patch<TOrganisation>(`/api/orgs/${id}`, body, { schema: zOrganisation }),
  overview: () => api.get<TDistrictOverview>("/api/district/overview", { schema: zDistrictOverview }),
};
