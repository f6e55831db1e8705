import {
  assessLinkedLoan,
  type ClaimStepInput,
  checkMarginCalls,
  chooseOffer,
  claimNeed,
  claimTimers,
  fundClaim,
  getNeed,
  listCarbonHoldings,
  listNeeds,
  listPledges,
  listProducts,
  listReminders,
  marketOverview,
  matchNeed,
  type Platform,
  postNeed,
  pricingTemplates,
  publishProduct,
  recordCarbonHolding,
  recordClaimStep,
  registerPledge,
  releasePledge,
  serviceLevelCompliance,
  withdrawNeed,
} from "@greenfin/app";
import {
  zCarbonHolding,
  zCarbonHoldingInput,
  zCarbonHoldingQuery,
  zCarbonPledge,
  zCarbonPledgeInput,
  zCarbonPledgeParams,
  zCarbonPledgeQuery,
  zCarbonPledgeRelease,
  zChooseOfferInput,
  zClaimNeedInput,
  zClaimStepInput,
  zClaimTimers,
  zFinancingNeed,
  zFinancingNeedDetail,
  zFinancingNeedInput,
  zFinancingNeedParams,
  zFinancingNeedQuery,
  zFundClaimInput,
  zLinkedLoanAssessment,
  zMarginCallQuery,
  zMarginCheck,
  zMarketOverview,
  zMarketProduct,
  zMarketProductInput,
  zMarketProductQuery,
  zMarketReminder,
  zNeedClaim,
  zNeedClaimParams,
  zNeedMatching,
  zPricingTemplate,
  zServiceLevelCompliance,
  zServiceLevelQuery,
  zWithdrawNeedInput,
} from "@greenfin/contracts";
import type { FastifyInstance, FastifySchemaCompiler } from "fastify";
import { validatorCompiler } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../plugins/request-context";
import { typed } from "./route-kit";

/**
 * The body is documented by its schema but checked by the use-case, which validates it whole with its own rules
 * (eligibility against the grade scale, sub-type per family, project ownership) and lists every problem in one answer.
 */
function bodyCheckedByUseCase<S>(): FastifySchemaCompiler<S> {
  const zod = validatorCompiler as unknown as FastifySchemaCompiler<S>;
  return (route) => (route.httpPart === "body" ? (data: unknown) => ({ value: data }) : zod(route));
}

const asOfDate = (asOf: string | undefined) => (asOf === undefined ? {} : { asOf: new Date(asOf) });

/** The green-finance marketplace: products, needs, claims and their timers; carbon holdings, pledges, margin calls. */
export function marketRoutes(app: FastifyInstance, p: Platform): void {
  const r = typed(app);
  const tags = ["market"];
  const carbonTags = ["carbon assets"];

  r.get(
    "/api/market/products",
    { schema: { tags, querystring: zMarketProductQuery, response: { 200: z.array(zMarketProduct) } } },
    (req) => {
      const { mine, includeRetired, ...query } = req.query;
      return listProducts(p, actorOf(req), {
        ...query,
        mine: mine === "true",
        includeRetired: includeRetired === "true",
      });
    },
  );
  r.post(
    "/api/market/products",
    {
      schema: { tags, body: zMarketProductInput, response: { 201: zMarketProduct } },
      validatorCompiler: bodyCheckedByUseCase(),
    },
    async (req, reply) => {
      const product = await publishProduct(p, actorOf(req), req.body as Parameters<typeof publishProduct>[2]);
      reply.status(201);
      return product;
    },
  );

  r.get("/api/market/pricing-templates", { schema: { tags, response: { 200: z.array(zPricingTemplate) } } }, () =>
    pricingTemplates(),
  );

  r.get(
    "/api/market/needs",
    { schema: { tags, querystring: zFinancingNeedQuery, response: { 200: z.array(zFinancingNeedDetail) } } },
    (req) => listNeeds(p, actorOf(req), req.query),
  );
  r.post(
    "/api/market/needs",
    {
      schema: { tags, body: zFinancingNeedInput, response: { 201: zFinancingNeed } },
      validatorCompiler: bodyCheckedByUseCase(),
    },
    async (req, reply) => {
      const need = await postNeed(p, actorOf(req), req.body as Parameters<typeof postNeed>[2]);
      reply.status(201);
      return need;
    },
  );
  r.get(
    "/api/market/needs/:needId",
    { schema: { tags, params: zFinancingNeedParams, response: { 200: zFinancingNeedDetail } } },
    (req) => getNeed(p, actorOf(req), req.params.needId),
  );
  r.get(
    "/api/market/needs/:needId/matches",
    { schema: { tags, params: zFinancingNeedParams, response: { 200: zNeedMatching } } },
    (req) => matchNeed(p, actorOf(req), req.params.needId),
  );
  r.post(
    "/api/market/needs/:needId/withdraw",
    {
      schema: {
        tags,
        params: zFinancingNeedParams,
        body: zWithdrawNeedInput.nullish(),
        response: { 200: zFinancingNeed },
      },
    },
    (req) => withdrawNeed(p, actorOf(req), req.params.needId, req.body ?? {}),
  );
  r.post(
    "/api/market/needs/:needId/claims",
    {
      schema: {
        tags,
        params: zFinancingNeedParams,
        body: zClaimNeedInput.nullish(),
        response: { 201: zNeedClaim },
      },
    },
    async (req, reply) => {
      const claim = await claimNeed(p, actorOf(req), { ...req.body, needId: req.params.needId });
      reply.status(201);
      return claim;
    },
  );
  r.post(
    "/api/market/claims/:claimId/steps",
    { schema: { tags, params: zNeedClaimParams, body: zClaimStepInput, response: { 200: zNeedClaim } } },
    // The flat body is the use-case's step union; it names each field a step is missing.
    (req) => recordClaimStep(p, actorOf(req), req.params.claimId, req.body as ClaimStepInput),
  );
  r.post(
    "/api/market/claims/:claimId/choose",
    {
      schema: { tags, params: zNeedClaimParams, body: zChooseOfferInput.nullish(), response: { 200: zNeedClaim } },
    },
    (req) => chooseOffer(p, actorOf(req), req.params.claimId, req.body ?? {}),
  );
  r.post(
    "/api/market/claims/:claimId/fund",
    { schema: { tags, params: zNeedClaimParams, body: zFundClaimInput, response: { 200: zNeedClaim } } },
    (req) => fundClaim(p, actorOf(req), req.params.claimId, req.body),
  );
  r.get(
    "/api/market/claims/:claimId/linked-assessment",
    {
      schema: {
        tags,
        params: zNeedClaimParams,
        querystring: zServiceLevelQuery,
        response: { 200: zLinkedLoanAssessment },
      },
    },
    (req) => assessLinkedLoan(p, actorOf(req), req.params.claimId, asOfDate(req.query.asOf)),
  );
  r.get("/api/market/reminders", { schema: { tags, response: { 200: z.array(zMarketReminder) } } }, (req) =>
    listReminders(p, actorOf(req)),
  );
  r.get("/api/market/overview", { schema: { tags, response: { 200: zMarketOverview } } }, (req) =>
    marketOverview(p, actorOf(req)),
  );
  r.get(
    "/api/market/claims/timers",
    { schema: { tags, querystring: zServiceLevelQuery, response: { 200: zClaimTimers } } },
    (req) => claimTimers(p, actorOf(req), asOfDate(req.query.asOf)),
  );
  r.get(
    "/api/market/compliance",
    { schema: { tags, querystring: zServiceLevelQuery, response: { 200: zServiceLevelCompliance } } },
    (req) => serviceLevelCompliance(p, actorOf(req), asOfDate(req.query.asOf)),
  );

  r.get(
    "/api/carbon-assets/holdings",
    { schema: { tags: carbonTags, querystring: zCarbonHoldingQuery, response: { 200: z.array(zCarbonHolding) } } },
    (req) => listCarbonHoldings(p, actorOf(req), req.query),
  );
  r.post(
    "/api/carbon-assets/holdings",
    { schema: { tags: carbonTags, body: zCarbonHoldingInput, response: { 201: zCarbonHolding } } },
    async (req, reply) => {
      const holding = await recordCarbonHolding(p, actorOf(req), req.body);
      reply.status(201);
      return holding;
    },
  );
  r.get(
    "/api/carbon-assets/pledges",
    { schema: { tags: carbonTags, querystring: zCarbonPledgeQuery, response: { 200: z.array(zCarbonPledge) } } },
    (req) => listPledges(p, actorOf(req), req.query),
  );
  r.post(
    "/api/carbon-assets/pledges",
    { schema: { tags: carbonTags, body: zCarbonPledgeInput, response: { 201: zCarbonPledge } } },
    async (req, reply) => {
      const pledge = await registerPledge(p, actorOf(req), req.body);
      reply.status(201);
      return pledge;
    },
  );
  r.post(
    "/api/carbon-assets/pledges/:pledgeId/release",
    {
      schema: {
        tags: carbonTags,
        params: zCarbonPledgeParams,
        body: zCarbonPledgeRelease.nullish(),
        response: { 200: zCarbonPledge },
      },
    },
    (req) => releasePledge(p, actorOf(req), req.params.pledgeId, req.body ?? {}),
  );
  r.get(
    "/api/carbon-assets/margin-calls",
    { schema: { tags: carbonTags, querystring: zMarginCallQuery, response: { 200: zMarginCheck } } },
    (req) => checkMarginCalls(p, actorOf(req), req.query),
  );
}
