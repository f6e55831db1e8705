import type { Platform } from "@greenfin/app";
import type { FastifyInstance } from "fastify";

/** Routes of the green project library and the classifier (filled in by that work). */
export function greenProjectRoutes(_app: FastifyInstance, _p: Platform): void {}
