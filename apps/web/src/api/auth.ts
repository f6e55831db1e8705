import { type TLoginRequest, type TSessionView, zSessionView } from "@greenfin/contracts";
import type { Lang } from "../i18n";
import { api } from "./client";

export const authApi = {
  me: () => api.get<TSessionView>("/api/auth/me", { schema: zSessionView, quiet401: true }),
  login: (body: TLoginRequest) =>
    api.post<TSessionView>("/api/auth/login", body, { schema: zSessionView, quiet401: true }),
  logout: () => api.post<unknown>("/api/auth/logout", {}, { quiet401: true }),
  switchOrg: (orgId: string) => api.post<TSessionView>("/api/auth/switch-org", { orgId }, { schema: zSessionView }),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<unknown>("/api/auth/password", { currentPassword, newPassword }),
  setLocale: (locale: Lang) => api.post<unknown>("/api/auth/locale", { locale }),
};
