/**
 * An enterprise (with `write`) records a holding of a carbon asset — CEA allowances of a compliance year, issued or
 * expected CCERs of a vintage, an emission right of a pollutant, future carbon-sink income — with the registry
 * account it sits in and where the figure comes from; or the district records one for an enterprise. Checked whole
 * (every problem listed, the domain's asset rules among them), saved with its audit entry in one transaction.
 */
import {
  assetProblems,
  CARBON_ASSET_KINDS,
  type CarbonAssetKind,
  type CarbonAssetUnit,
  UNIT_OF_KIND,
} from "@greenfin/domain";
import { appendAudit } from "../../audit/audit-log";
import type { Actor } from "../../context/actor";
import { AppError, type FieldProblem } from "../../errors/app-error";
import type { Platform } from "../../platform";
import { requireHoldingWriter } from "./pledge-access";
import { fieldProblem } from "./pledge-pricing";
import { type CarbonHoldingView, readHolding, toHoldingView, UUID } from "./pledge-rows";

export interface CarbonHoldingInput {
  /** The enterprise holding the asset: the actor's own organisation, or (for the district) any enterprise. */
  orgId?: string;
  kind: CarbonAssetKind;
  /** Decimal text, up to 3 places. */
  quantity: string;
  /** Defaults to the kind's unit (tCO2e; t for emission rights); another unit is refused. */
  unit?: CarbonAssetUnit;
  complianceYear?: number;
  vintage?: number;
  pollutant?: string;
  registryRef: string;
  source: string;
  note?: string;
}

const POLLUTANTS = ["SO2", "NOx", "COD", "NH3-N"];
const year = (v: unknown) => v === undefined || (Number.isInteger(v) && (v as number) >= 2000 && (v as number) <= 2100);

function holdingProblems(input: CarbonHoldingInput): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (!(CARBON_ASSET_KINDS as readonly string[]).includes(input.kind)) {
    out.push(fieldProblem("kind", "未知的碳资产类型", `unknown asset kind ${String(input.kind)}`));
    return out;
  }
  const unit = input.unit ?? UNIT_OF_KIND[input.kind];
  out.push(
    ...assetProblems({
      kind: input.kind,
      quantity: String(input.quantity),
      unit,
      ...(input.pollutant ? { pollutant: input.pollutant } : {}),
    }).map((x) => fieldProblem(x.field.replace(/^asset\./, ""), x.messageZh, x.messageEn)),
  );
  if (/^0+(\.0*)?$/.test(String(input.quantity)))
    out.push(fieldProblem("quantity", "持有量须大于零", "the quantity held must be greater than zero"));
  if (input.pollutant !== undefined && input.kind !== "emission_right")
    out.push(fieldProblem("pollutant", "只有排污权注明污染物", "only an emission right names a pollutant"));
  if (input.kind === "emission_right" && input.pollutant && !POLLUTANTS.includes(input.pollutant))
    out.push(fieldProblem("pollutant", `污染物应为 ${POLLUTANTS.join("、")}`, `one of ${POLLUTANTS.join(", ")}`));
  if (input.kind === "cea_allowance" && input.complianceYear === undefined)
    out.push(fieldProblem("complianceYear", "碳配额须注明履约年度", "CEA allowances name their compliance year"));
  if (!year(input.complianceYear))
    out.push(fieldProblem("complianceYear", "年度应在 2000 至 2100 之间", "a year in 2000–2100"));
  if (!year(input.vintage)) out.push(fieldProblem("vintage", "年份应在 2000 至 2100 之间", "a year in 2000–2100"));
  if (!input.registryRef?.trim())
    out.push(fieldProblem("registryRef", "须填写登记账户或证书编号", "name the registry account or certificate"));
  if (!input.source?.trim()) out.push(fieldProblem("source", "须说明数据来源", "say where the figure comes from"));
  return out;
}

export async function recordCarbonHolding(
  p: Platform,
  actor: Actor,
  input: CarbonHoldingInput,
): Promise<CarbonHoldingView> {
  requireHoldingWriter(actor);
  const orgId = input.orgId ?? (actor.orgKind === "enterprise" ? actor.orgId : undefined);
  if (actor.orgKind === "enterprise" && orgId !== actor.orgId) throw AppError.notFound("organisation");
  const problems = holdingProblems(input);
  if (!orgId) problems.push(fieldProblem("orgId", "须指明持有企业", "name the enterprise that holds the asset"));
  if (problems.length) throw AppError.validation(problems);
  const now = p.clock.now();
  return p.db.transaction(async (tx) => {
    const org = UUID.test(orgId as string)
      ? (await tx.query<{ kind: string }>("SELECT kind FROM organisations WHERE id = $1", [orgId])).rows[0]
      : undefined;
    if (!org) throw AppError.notFound("organisation");
    if (org.kind !== "enterprise")
      throw AppError.validation([
        fieldProblem("orgId", "碳资产只能登记在企业名下", "carbon assets are recorded for enterprises only"),
      ]);
    const unit = input.unit ?? UNIT_OF_KIND[input.kind];
    const inserted = await tx.query<{ id: string }>(
      `INSERT INTO carbon_holdings (org_id, kind, compliance_year, vintage, pollutant, quantity, unit, registry_ref,
                                    source, note, recorded_by, recorded_by_org, recorded_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13) RETURNING id`,
      [
        orgId,
        input.kind,
        input.complianceYear ?? null,
        input.vintage ?? null,
        input.pollutant ?? null,
        input.quantity,
        unit,
        input.registryRef.trim(),
        input.source.trim(),
        input.note ?? null,
        actor.userId,
        actor.orgId,
        now,
      ],
    );
    const id = inserted.rows[0]!.id;
    await appendAudit(tx, actor, now, {
      action: "market.holding.record",
      entityType: "carbon_holding",
      entityId: id,
      orgId: orgId as string,
      details: {
        kind: input.kind,
        quantity: input.quantity,
        unit,
        complianceYear: input.complianceYear ?? null,
        vintage: input.vintage ?? null,
        pollutant: input.pollutant ?? null,
        registryRef: input.registryRef.trim(),
        source: input.source.trim(),
      },
    });
    return toHoldingView((await readHolding(tx, id))!);
  });
}
