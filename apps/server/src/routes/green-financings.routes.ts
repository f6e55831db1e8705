import type { Platform } from "@greenfin/app";
import type { FastifyInstance } from "fastify";

/** Routes of green financing labels and statistics (filled in by that work). */
export function greenFinancingRoutes(_app: FastifyInstance, _p: Platform): void {}
