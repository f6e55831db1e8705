/** Holdings and pledges as the registry's use-cases return them, and the SQL that reads them. */
import type { Queryable } from "@greenfin/db";
import { type CarbonAssetKind, type CarbonAssetUnit, pledgeAvailability } from "@greenfin/domain";

export interface CarbonHoldingView {
  id: string;
  orgId: string;
  orgName: string;
  orgNameEn: string;
  kind: CarbonAssetKind;
  complianceYear: number | null;
  vintage: number | null;
  pollutant: string | null;
  quantity: string;
  unit: CarbonAssetUnit;
  /** Sum of active pledges, and what is left to pledge (the domain's availability). */
  pledged: string;
  free: string;
  registryRef: string;
  source: string;
  note: string | null;
  recordedBy: string | null;
  recordedByOrgId: string;
  recordedAt: string;
}

export interface PledgeView {
  id: string;
  refNo: string;
  holdingId: string;
  orgId: string;
  orgName: string;
  orgNameEn: string;
  pledgeeOrgId: string;
  pledgeeName: string;
  pledgeeNameEn: string;
  kind: CarbonAssetKind;
  quantity: string;
  unit: CarbonAssetUnit;
  productKey: string;
  pricingRef: string;
  loanReference: string;
  securedAmount: string;
  termStart: string;
  termEnd: string;
  callPrice: string;
  liquidationPrice: string | null;
  status: "active" | "released";
  /** The valuation at registration (value, maximum loan, triggers) with its trace, as stored. */
  valuation: unknown;
  registeredBy: string | null;
  registeredAt: string;
  releasedBy: string | null;
  releasedAt: string | null;
  releaseNote: string | null;
}

export interface HoldingRow {
  id: string;
  org_id: string;
  org_name: string;
  org_name_en: string;
  kind: CarbonAssetKind;
  compliance_year: number | null;
  vintage: number | null;
  pollutant: string | null;
  quantity: string;
  unit: CarbonAssetUnit;
  pledged_quantity: string;
  registry_ref: string;
  source: string;
  note: string | null;
  recorded_by: string | null;
  recorded_by_org: string;
  recorded_at: Date;
}

export const HOLDING_SELECT = `SELECT h.id, h.org_id, o.name_zh AS org_name, o.name_en AS org_name_en, h.kind, h.compliance_year, h.vintage,
       h.pollutant, h.quantity::text AS quantity, h.unit, h.pledged_quantity::text AS pledged_quantity, h.registry_ref,
       h.source, h.note, h.recorded_by, h.recorded_by_org, h.recorded_at
  FROM carbon_holdings h JOIN organisations o ON o.id = h.org_id`;

/** A decimal text as the domain wants it: no exponent, at most 3 places, no trailing zeros needed. */
export const qty = (text: string): string => {
  const [i, f = ""] = text.split(".");
  const frac = f.replace(/0+$/, "");
  return frac ? `${i}.${frac}` : (i as string);
};

export function toHoldingView(r: HoldingRow): CarbonHoldingView {
  const pledged = qty(r.pledged_quantity);
  const availability = pledgeAvailability(
    { assetId: r.id, quantity: qty(r.quantity), unit: r.unit },
    pledged === "0" ? [] : [{ pledgeId: "active", assetId: r.id, quantity: pledged, unit: r.unit }],
  );
  return {
    id: r.id,
    orgId: r.org_id,
    orgName: r.org_name,
    orgNameEn: r.org_name_en,
    kind: r.kind,
    complianceYear: r.compliance_year,
    vintage: r.vintage,
    pollutant: r.pollutant,
    quantity: availability.held,
    unit: r.unit,
    pledged: availability.pledged,
    free: availability.free,
    registryRef: r.registry_ref,
    source: r.source,
    note: r.note,
    recordedBy: r.recorded_by,
    recordedByOrgId: r.recorded_by_org,
    recordedAt: r.recorded_at.toISOString(),
  };
}

export async function readHolding(tx: Queryable, id: string): Promise<HoldingRow | undefined> {
  if (!UUID.test(id)) return undefined;
  return (await tx.query<HoldingRow>(`${HOLDING_SELECT} WHERE h.id = $1`, [id])).rows[0];
}

export interface PledgeRow {
  id: string;
  ref_no: string;
  holding_id: string;
  org_id: string;
  org_name: string;
  org_name_en: string;
  pledgee_org_id: string;
  pledgee_name: string;
  pledgee_name_en: string;
  kind: CarbonAssetKind;
  pollutant: string | null;
  quantity: string;
  unit: CarbonAssetUnit;
  product_key: string;
  pricing_ref: string;
  loan_reference: string;
  secured_amount: string;
  term_start: string;
  term_end: string;
  call_price: string;
  liquidation_price: string | null;
  status: "active" | "released";
  valuation: string;
  registered_by: string | null;
  registered_at: Date;
  released_by: string | null;
  released_at: Date | null;
  release_note: string | null;
}

export const PLEDGE_SELECT = `SELECT c.id, c.ref_no, c.holding_id, c.org_id, o.name_zh AS org_name, o.name_en AS org_name_en, c.pledgee_org_id,
       e.name_zh AS pledgee_name, e.name_en AS pledgee_name_en, h.kind, h.pollutant, c.quantity::text AS quantity, c.unit, c.product_key,
       c.pricing_ref, c.loan_reference, c.secured_amount::text AS secured_amount, c.term_start::text AS term_start,
       c.term_end::text AS term_end, c.call_price::text AS call_price, c.liquidation_price::text AS liquidation_price,
       c.status, c.valuation, c.registered_by, c.registered_at, c.released_by, c.released_at, c.release_note
  FROM carbon_pledges c
  JOIN carbon_holdings h ON h.id = c.holding_id
  JOIN organisations o ON o.id = c.org_id
  JOIN organisations e ON e.id = c.pledgee_org_id`;

export const toPledgeView = (r: PledgeRow): PledgeView => ({
  id: r.id,
  refNo: r.ref_no,
  holdingId: r.holding_id,
  orgId: r.org_id,
  orgName: r.org_name,
  orgNameEn: r.org_name_en,
  pledgeeOrgId: r.pledgee_org_id,
  pledgeeName: r.pledgee_name,
  pledgeeNameEn: r.pledgee_name_en,
  kind: r.kind,
  quantity: qty(r.quantity),
  unit: r.unit,
  productKey: r.product_key,
  pricingRef: r.pricing_ref,
  loanReference: r.loan_reference,
  securedAmount: r.secured_amount,
  termStart: r.term_start,
  termEnd: r.term_end,
  callPrice: r.call_price,
  liquidationPrice: r.liquidation_price,
  status: r.status,
  valuation: JSON.parse(r.valuation) as unknown,
  registeredBy: r.registered_by,
  registeredAt: r.registered_at.toISOString(),
  releasedBy: r.released_by,
  releasedAt: r.released_at?.toISOString() ?? null,
  releaseNote: r.release_note,
});

export async function readPledge(tx: Queryable, id: string): Promise<PledgeRow | undefined> {
  if (!UUID.test(id)) return undefined;
  return (await tx.query<PledgeRow>(`${PLEDGE_SELECT} WHERE c.id = $1`, [id])).rows[0];
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
