import type { Platform } from "@greenfin/app";
import type { FastifyInstance } from "fastify";

/** Routes of benefit calculators: methods and preview (filled in by that work). */
export function greenBenefitRoutes(_app: FastifyInstance, _p: Platform): void {}
