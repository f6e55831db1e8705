import {
  changePassword,
  closeSession,
  login,
  type Platform,
  SESSION_TTL_MS,
  sessionViewFor,
  setLocale,
  switchOrganisation,
} from "@greenfin/app";
import {
  SESSION_COOKIE,
  zChangePassword,
  zLoginRequest,
  zOk,
  zSessionView,
  zSetLocale,
  zSwitchOrg,
} from "@greenfin/contracts";
import type { FastifyInstance, FastifyReply } from "fastify";
import { actorOf } from "../plugins/request-context";
import { typed } from "./route-kit";

function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "strict",
    secure,
    signed: true,
    maxAge: Math.floor(SESSION_TTL_MS / 1000),
  });
}

export function authRoutes(app: FastifyInstance, p: Platform, opts: { secureCookies: boolean }): void {
  const r = typed(app);
  const tags = ["auth"];
  r.post(
    "/api/auth/login",
    { config: { public: true }, schema: { tags, body: zLoginRequest, response: { 200: zSessionView } } },
    async (req, reply) => {
      // A session the client already had is closed: the new one never reuses its id.
      if (req.sessionToken) await closeSession(p, req.sessionToken);
      const { session, view } = await login(p, { ...req.body, ip: req.ip, userAgent: req.headers["user-agent"] });
      // Behind a TLS-terminating proxy (TRUST_PROXY) the request's protocol is the proxy's X-Forwarded-Proto.
      setSessionCookie(reply, session.token, opts.secureCookies || req.protocol === "https");
      return view;
    },
  );
  r.post("/api/auth/logout", { schema: { tags, response: { 200: zOk } } }, async (req, reply) => {
    if (req.sessionToken) await closeSession(p, req.sessionToken);
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
    return { ok: true as const };
  });
  r.get("/api/auth/me", { schema: { tags, response: { 200: zSessionView } } }, async (req) =>
    sessionViewFor(p, actorOf(req), req.csrfToken ?? ""),
  );
  r.post("/api/auth/switch-org", { schema: { tags, body: zSwitchOrg, response: { 200: zSessionView } } }, async (req) =>
    switchOrganisation(p, actorOf(req), req.sessionHash ?? "", req.csrfToken ?? "", req.body.orgId),
  );
  r.post("/api/auth/password", { schema: { tags, body: zChangePassword, response: { 200: zOk } } }, async (req) => {
    await changePassword(p, actorOf(req), req.sessionHash ?? "", req.body);
    return { ok: true as const };
  });
  r.post("/api/auth/locale", { schema: { tags, body: zSetLocale, response: { 200: zOk } } }, async (req) => {
    await setLocale(p, actorOf(req), req.body.locale);
    return { ok: true as const };
  });
}
