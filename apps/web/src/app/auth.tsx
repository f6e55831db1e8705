import type { TLoginRequest, TSessionView } from "@greenfin/contracts";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { App } from "antd";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { authApi } from "../api/auth";
import { ApiError, setCsrfToken, setUnauthenticatedHandler } from "../api/client";
import { currentLang, setLang, storedLang } from "../i18n";

export const SESSION_KEY = ["session"] as const;

interface AuthValue {
  session: TSessionView | null;
  loading: boolean;
  login(req: TLoginRequest): Promise<TSessionView>;
  logout(): Promise<void>;
  switchOrg(orgId: string): Promise<TSessionView>;
}

const AuthContext = createContext<AuthValue | null>(null);

async function loadSession(): Promise<TSessionView | null> {
  try {
    const s = await authApi.me();
    setCsrfToken(s.csrfToken);
    return s;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}

/** Align the UI language with the account: a choice made in this browser wins and is saved to the account. */
function syncLanguage(s: TSessionView): void {
  const chosen = storedLang();
  if (chosen === null) {
    if (s.user.locale !== currentLang()) setLang(s.user.locale, false);
  } else if (chosen !== s.user.locale) {
    authApi.setLocale(chosen).catch(() => undefined);
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: SESSION_KEY,
    queryFn: loadSession,
    staleTime: Number.POSITIVE_INFINITY,
    retry: 1,
  });
  const session = query.data ?? null;
  const synced = useRef<string | null>(null);

  const put = useCallback(
    (s: TSessionView | null) => {
      setCsrfToken(s?.csrfToken ?? null);
      qc.setQueryData(SESSION_KEY, s);
    },
    [qc],
  );

  useEffect(() => {
    if (session && synced.current !== session.user.id) {
      synced.current = session.user.id;
      syncLanguage(session);
    }
  }, [session]);

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      if (qc.getQueryData(SESSION_KEY)) void message.warning(t("login.sessionExpired"));
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      put(null);
    });
    return () => setUnauthenticatedHandler(null);
  }, [qc, put, message, t]);

  const login = useCallback(
    async (req: TLoginRequest) => {
      const s = await authApi.login(req);
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      put(s);
      return s;
    },
    [qc, put],
  );

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      synced.current = null;
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      put(null);
    }
  }, [qc, put]);

  const switchOrg = useCallback(
    async (orgId: string) => {
      const s = await authApi.switchOrg(orgId);
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      put(s);
      return s;
    },
    [qc, put],
  );

  const value = useMemo<AuthValue>(
    () => ({ session, loading: query.isPending, login, logout, switchOrg }),
    [session, query.isPending, login, logout, switchOrg],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const v = useContext(AuthContext);
  if (!v) throw new Error("useAuth outside AuthProvider");
  return v;
}

/** The session of a page that is only rendered when logged in. */
export function useSession(): TSessionView {
  const { session } = useAuth();
  if (!session) throw new Error("useSession without a session");
  return session;
}

export function useIsAdmin(): boolean {
  const { session } = useAuth();
  return session?.role === "admin";
}
