/**
 * A financial institution (with `write`) registers a pledge of part of an enterprise's carbon holding as security for
 * a loan. The enterprise's consent is needed: an active `financing` grant from it to the institution (else the
 * holding does not exist for the institution: NOT_FOUND). The pledge is valued on the day at the reference price
 * with the product's haircut, and the secured amount may not exceed the product's maximum loan (refused with the
 * figures). The quantity must fit in what is free (held − active pledges): refused as CONFLICT with held, pledged
 * and free; the database makes that reservation atomic (0009_carbon_pledges.sql), so two institutions pledging the
 * same allowances at once cannot both succeed. Saved with its audit entry in one transaction.
 */
import {
  type CarbonAsset,
  canonicalJson,
  decidePledgeRequest,
  maxLoan,
  priceTriggers,
  valueCarbonAsset,
} from "@greenfin/domain";
import Decimal from "decimal.js";
import { authorizeRead } from "../../access/tenancy";
import { appendAudit } from "../../audit/audit-log";
import type { Actor } from "../../context/actor";
import { AppError, type FieldProblem } from "../../errors/app-error";
import type { Platform } from "../../platform";
import { requirePledgee } from "./pledge-access";
import {
  chinaDate,
  domainCall,
  fieldProblem,
  isIsoDate,
  nextPledgeRef,
  type PricingOptions,
  pricingSet,
  productTerms,
  seriesFor,
} from "./pledge-pricing";
import { type HoldingRow, type PledgeView, qty, readHolding, readPledge, toPledgeView } from "./pledge-rows";

export interface PledgeInput {
  holdingId: string;
  /** Decimal text in the holding's unit, up to 3 places. */
  quantity: string;
  /** A product of the market-pricing set that takes the holding's kind as collateral. */
  productKey: string;
  loanReference: string;
  /** Yuan, decimal text. */
  securedAmount: string;
  termStart: string;
  termEnd: string;
}

const QTY = /^\d+(\.\d{1,3})?$/;
const AMOUNT = /^\d+(\.\d{1,2})?$/;

function inputProblems(input: PledgeInput): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (!QTY.test(String(input.quantity)) || new Decimal(QTY.test(String(input.quantity)) ? input.quantity : 0).isZero())
    out.push(fieldProblem("quantity", "质押数量应为正数，最多 3 位小数", "a positive quantity with ≤ 3 places"));
  if (
    !AMOUNT.test(String(input.securedAmount)) ||
    new Decimal(AMOUNT.test(input.securedAmount) ? input.securedAmount : 0).isZero()
  )
    out.push(
      fieldProblem("securedAmount", "担保金额应为正数（元，最多 2 位小数）", "a positive amount in yuan, ≤ 2 places"),
    );
  if (!input.loanReference?.trim())
    out.push(fieldProblem("loanReference", "须填写所担保贷款的编号", "name the secured loan's reference"));
  for (const key of ["termStart", "termEnd"] as const)
    if (!isIsoDate(input[key])) out.push(fieldProblem(key, "日期应为 YYYY-MM-DD", "a date YYYY-MM-DD"));
  if (isIsoDate(input.termStart) && isIsoDate(input.termEnd) && input.termEnd < input.termStart)
    out.push(fieldProblem("termEnd", "到期日不能早于起始日", "the term cannot end before it starts"));
  return out;
}

/** CONFLICT naming held, already pledged, free and short, in the domain's words. */
function notEnoughFree(holding: Pick<HoldingRow, "id" | "unit">, held: string, pledged: string, requested: string) {
  const decision = decidePledgeRequest(
    { assetId: holding.id, quantity: qty(held), unit: holding.unit },
    qty(pledged) === "0"
      ? []
      : [{ pledgeId: "active", assetId: holding.id, quantity: qty(pledged), unit: holding.unit }],
    { quantity: requested, unit: holding.unit },
  );
  if (decision.accepted) return null;
  const a = decision.availability;
  return new AppError("CONFLICT", {
    zh: `可质押数量不足：${decision.messageZh}`,
    en: `Not enough free to pledge: ${decision.messageEn}`,
    details: {
      field: "quantity",
      problems: [fieldProblem("quantity", decision.messageZh, decision.messageEn)],
      unit: holding.unit,
      held: a.held,
      pledged: a.pledged,
      free: a.free,
      requested: decision.requested,
      shortfall: decision.shortfall,
    },
  });
}

interface DbError {
  code?: string;
  constraint?: string;
  detail?: string;
}

export async function registerPledge(
  p: Platform,
  actor: Actor,
  input: PledgeInput,
  opts: PricingOptions = {},
): Promise<PledgeView> {
  requirePledgee(actor, "write");
  const problems = inputProblems(input);
  if (problems.length) throw AppError.validation(problems);
  const set = pricingSet(opts);
  const now = p.clock.now();
  const date = chinaDate(now);
  const quantity = qty(input.quantity);
  return p.db.transaction(async (tx) => {
    const holding = await readHolding(tx, input.holdingId);
    if (!holding) throw AppError.notFound("carbon_holding");
    // The enterprise's consent: a `financing` grant to this institution (logged); otherwise the holding is not there.
    await authorizeRead(
      p,
      actor,
      {
        ownerOrgId: holding.org_id,
        scope: "financing",
        resource: `carbon_holding:${holding.id}`,
        submittedToDistrict: false,
      },
      tx,
    );
    const product = productTerms(set, input.productKey, holding.kind);
    if (!product)
      throw AppError.validation([
        fieldProblem(
          "productKey",
          `产品 ${input.productKey} 不接受 ${holding.kind} 作为押品`,
          `product ${input.productKey} does not take ${holding.kind} as collateral (pricing ${set.ref})`,
        ),
      ]);
    // A first look, for a clear answer; the trigger's guarded UPDATE is what decides under concurrency.
    const early = notEnoughFree(holding, holding.quantity, holding.pledged_quantity, quantity);
    if (early) throw early;

    const asset: CarbonAsset = {
      kind: holding.kind,
      quantity,
      unit: holding.unit,
      ...(holding.pollutant ? { pollutant: holding.pollutant } : {}),
    };
    const series = seriesFor(set, asset);
    const valuation = domainCall(() =>
      valueCarbonAsset({ asset, series, date, stalenessDays: series.stalenessDays, terms: product.terms }),
    );
    const cap = domainCall(() => maxLoan(valuation, product.terms.ltvCapPercent));
    if (new Decimal(input.securedAmount).gt(cap.maxLoan)) {
      const zh = `担保金额 ${input.securedAmount} 元超过最高可贷 ${cap.maxLoan} 元（押品价值 ${valuation.value} 元 × 抵质押率上限 ${cap.ltvCapPercent}%；${quantity} ${holding.unit} × ${valuation.price.point.price} 元，折扣 ${product.terms.haircutPercent}%）`;
      const en = `the secured amount ${input.securedAmount} yuan exceeds the maximum loan ${cap.maxLoan} yuan (collateral value ${valuation.value} yuan × LTV cap ${cap.ltvCapPercent} %; ${quantity} ${holding.unit} × ${valuation.price.point.price} yuan, haircut ${product.terms.haircutPercent} %)`;
      throw new AppError("VALIDATION_FAILED", {
        zh,
        en,
        details: {
          problems: [fieldProblem("securedAmount", zh, en)],
          securedAmount: input.securedAmount,
          maxLoan: cap.maxLoan,
          collateralValue: valuation.value,
          marketValue: valuation.marketValue,
          price: valuation.price.point.price,
          priceDate: valuation.price.point.date,
          ltvCapPercent: cap.ltvCapPercent,
          trace: [...valuation.trace, ...cap.trace],
        },
      });
    }
    const triggers = domainCall(() => priceTriggers(asset, input.securedAmount, product.terms, series.unit));
    const stored = canonicalJson({
      date,
      pricingRef: set.ref,
      pricingSha256: set.sha256,
      productKey: input.productKey,
      terms: product.terms,
      callRule: product.rule,
      price: valuation.price,
      marketValue: valuation.marketValue,
      collateralValue: valuation.value,
      exactValue: valuation.exactValue,
      maxLoan: cap.maxLoan,
      securedAmount: input.securedAmount,
      callPrice: triggers.callPrice,
      liquidationPrice: triggers.liquidationPrice,
      trace: [...valuation.trace, ...cap.trace, ...triggers.trace],
    });
    const refNo = await nextPledgeRef(tx, now);
    const inserted = await tx
      .query<{ id: string }>(
        `INSERT INTO carbon_pledges (ref_no, holding_id, org_id, pledgee_org_id, quantity, unit, product_key, pricing_ref,
                                     loan_reference, secured_amount, term_start, term_end, call_price,
                                     liquidation_price, status, valuation, registered_by, registered_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,'active',$15,$16,$17) RETURNING id`,
        [
          refNo,
          holding.id,
          holding.org_id,
          actor.orgId,
          quantity,
          holding.unit,
          input.productKey,
          set.ref,
          input.loanReference.trim(),
          input.securedAmount,
          input.termStart,
          input.termEnd,
          triggers.callPrice,
          triggers.liquidationPrice,
          stored,
          actor.userId,
          now,
        ],
      )
      .catch((e: unknown) => {
        const err = e as DbError;
        if (
          err.code === "23514" &&
          (err.constraint === "carbon_pledges_within_holding" || /free quantity/.test(String(e)))
        ) {
          // Another pledge took the quantity between the first look and the reservation: the trigger's figures.
          const d = JSON.parse(err.detail ?? "{}") as { held?: number | string; pledged?: number | string };
          throw (
            notEnoughFree(
              holding,
              String(d.held ?? holding.quantity),
              String(d.pledged ?? holding.quantity),
              quantity,
            ) ?? new AppError("CONFLICT", { details: { field: "quantity" } })
          );
        }
        if (err.code === "23505")
          throw new AppError("CONFLICT", {
            zh: `贷款 ${input.loanReference} 已在该持有量上登记质押`,
            en: `loan ${input.loanReference} already has a pledge registered on this holding`,
            details: { field: "loanReference" },
          });
        throw e;
      });
    const id = inserted.rows[0]!.id;
    await appendAudit(tx, actor, now, {
      action: "market.pledge.register",
      entityType: "carbon_pledge",
      entityId: id,
      orgId: holding.org_id,
      details: {
        refNo,
        holdingId: holding.id,
        pledgeeOrgId: actor.orgId,
        quantity,
        unit: holding.unit,
        productKey: input.productKey,
        loanReference: input.loanReference.trim(),
        securedAmount: input.securedAmount,
        maxLoan: cap.maxLoan,
        collateralValue: valuation.value,
        termStart: input.termStart,
        termEnd: input.termEnd,
      },
    });
    return toPledgeView((await readPledge(tx, id))!);
  });
}
