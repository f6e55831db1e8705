import type { Actor, Lang } from "@greenfin/app";
import { AppError } from "@greenfin/app";
import type { FastifyRequest } from "fastify";

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor | null;
    sessionToken: string | null;
    sessionHash: string | null;
    csrfToken: string | null;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in. */
    public?: boolean;
  }
}

/** The signed-in actor, or UNAUTHENTICATED. Routes call this rather than reading the field. */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError("UNAUTHENTICATED");
  return req.actor;
}

export function langOf(req: FastifyRequest): Lang {
  return /^en\b/i.test(req.headers["accept-language"] ?? "") ? "en" : "zh";
}
