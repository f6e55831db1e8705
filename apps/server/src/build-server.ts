import { fileURLToPath } from "node:url";
import cookie from "@fastify/cookie";
import { type Platform, tenantAware } from "@greenfin/app";
import Fastify, { type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { registerAuthentication } from "./plugins/authentication";
import { registerErrorHandler } from "./plugins/error-handler";
import { registerInputLimits } from "./plugins/input-limits";
import { registerOpenApi } from "./plugins/openapi";
import { registerStaticWeb } from "./plugins/static-web";
import { registerTenantTransactions } from "./plugins/tenant-transactions";
import { auditAndJobRoutes } from "./routes/audit-and-jobs.routes";
import { authRoutes } from "./routes/auth.routes";
import { carbonAccountRoutes } from "./routes/carbon-accounts.routes";
import { carbonActivityRoutes } from "./routes/carbon-activity.routes";
import { carbonReportRoutes } from "./routes/carbon-report.routes";
import { disclosureFileRoutes } from "./routes/disclosure-files.routes";
import { disclosureRoutes } from "./routes/disclosures.routes";
import { grantRoutes } from "./routes/grants.routes";
import { greenBenefitRoutes } from "./routes/green-benefits.routes";
import { greenFinancingRoutes } from "./routes/green-financings.routes";
import { greenProjectRoutes } from "./routes/green-projects.routes";
import { marketRoutes } from "./routes/market.routes";
import { memberRoutes } from "./routes/members.routes";
import { organisationRoutes } from "./routes/organisations.routes";
import { pcafRoutes } from "./routes/pcaf.routes";
import { portfolioRoutes } from "./routes/portfolio.routes";
import { ratingRoutes } from "./routes/ratings.routes";
import { statisticsRoutes } from "./routes/statistics.routes";
import { statisticsDashboardRoutes } from "./routes/statistics-dashboard.routes";
import { statisticsIntakeRoutes } from "./routes/statistics-intake.routes";
import { statisticsTargetsRoutes } from "./routes/statistics-targets.routes";
import { subsidyRoutes } from "./routes/subsidies.routes";
import { tokenRoutes } from "./routes/tokens.routes";

export const WEB_DIST = fileURLToPath(new URL("../../web/dist", import.meta.url));

export interface ServerOptions {
  platform: Platform;
  sessionSecret: string;
  logLevel?: string;
  webDist?: string | null;
  secureCookies?: boolean;
  /** Which hops' X-Forwarded-* headers to believe (client address for the login throttle, https for cookies). */
  trustProxy?: string;
  /** Called when a route queues a job, so the local worker can start without waiting for its poll. */
  onJobQueued?: () => void;
}

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: opts.logLevel ?? "info", redact: ["req.headers.cookie", "req.headers.authorization"] },
    bodyLimit: 1024 * 1024,
    trustProxy: opts.trustProxy ?? "loopback",
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  registerInputLimits(app);
  await app.register(cookie, { secret: opts.sessionSecret });
  app.addHook("onSend", async (_req, reply) => {
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "same-origin");
    reply.header("x-frame-options", "DENY");
  });
  await registerOpenApi(app);
  registerAuthentication(app, opts.platform);
  const base = opts.platform.db;
  registerTenantTransactions(app, base);
  const p: Platform = { ...opts.platform, db: tenantAware(base) };
  authRoutes(app, p, { secureCookies: opts.secureCookies ?? false });
  organisationRoutes(app, p);
  memberRoutes(app, p);
  tokenRoutes(app, p);
  grantRoutes(app, p);
  disclosureRoutes(app, p);
  disclosureFileRoutes(app, p);
  portfolioRoutes(app, p);
  ratingRoutes(app, p, opts.onJobQueued ?? (() => undefined));
  carbonAccountRoutes(app, p, opts.onJobQueued ?? (() => undefined));
  auditAndJobRoutes(app, p, opts.onJobQueued ?? (() => undefined));
  carbonActivityRoutes(app, p);
  carbonReportRoutes(app, p);
  pcafRoutes(app, p, opts.onJobQueued ?? (() => undefined));
  greenBenefitRoutes(app, p);
  greenProjectRoutes(app, p);
  greenFinancingRoutes(app, p);
  marketRoutes(app, p);
  subsidyRoutes(app, p);
  statisticsRoutes(app, p);
  statisticsDashboardRoutes(app, p);
  statisticsTargetsRoutes(app, p);
  statisticsIntakeRoutes(app, p);
  if (opts.webDist !== null) await registerStaticWeb(app, opts.webDist ?? WEB_DIST);
  return app;
}
