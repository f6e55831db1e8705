/**
 * An institution (with `write`) publishes a product, or a new version of one: the same `productKey` gives the next
 * version as a new row, and the version published before is retired (kept, so offers that cite it still read it).
 * `pricingTemplate` names the linked-pricing table of the reference set it prices with (kept as a versioned reference).
 * `draft: true` saves a version without publishing it. The eligibility rules are checked with zod in the shape the
 * domain's matching takes; every problem is listed with its field. Saved with its audit entry in one transaction.
 */
import { appendAudit } from "../../audit/audit-log";
import type { Actor } from "../../context/actor";
import { AppError } from "../../errors/app-error";
import type { Platform } from "../../platform";
import { requireInstitution } from "./need-access";
import { PRODUCT_SELECT, type ProductRow, type ProductView, toProductView } from "./need-rows";
import { pricingRefFor } from "./product-pricing";
import { type ProductInput, productSchema, zodProblems } from "./product-schema";

export async function publishProduct(p: Platform, actor: Actor, input: ProductInput): Promise<ProductView> {
  requireInstitution(actor, "write", { zh: "发布金融产品", en: "publish a product" });
  const parsed = productSchema().safeParse(input);
  if (!parsed.success) throw AppError.validation(zodProblems(parsed.error));
  const v = parsed.data;
  const now = p.clock.now();
  const status = v.draft ? "draft" : "published";
  const pricingRef = v.pricingTemplate === undefined ? null : pricingRefFor(v.pricingTemplate);
  return p.db.transaction(async (tx) => {
    const prev = await tx.query<{ version: number }>(
      "SELECT coalesce(max(version), 0) AS version FROM market_products WHERE org_id = $1 AND product_key = $2",
      [actor.orgId, v.productKey],
    );
    const version = Number(prev.rows[0]?.version ?? 0) + 1;
    let retired: string[] = [];
    if (status === "published")
      retired = (
        await tx.query<{ id: string }>(
          `UPDATE market_products SET status = 'retired', retired_at = $3
            WHERE org_id = $1 AND product_key = $2 AND status = 'published' RETURNING id`,
          [actor.orgId, v.productKey, now],
        )
      ).rows.map((r) => r.id);
    const inserted = await tx
      .query<{ id: string }>(
        `INSERT INTO market_products (org_id, product_key, version, family, sub_type, name_zh, name_en, description,
                                      eligibility, rate_min, rate_max, pricing_ref, status, created_by, created_at,
                                      published_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9::jsonb,$10,$11,$12,$13,$14,$15,$16) RETURNING id`,
        [
          actor.orgId,
          v.productKey,
          version,
          v.family,
          v.subType ?? null,
          v.nameZh,
          v.nameEn,
          v.description,
          JSON.stringify(v.eligibility),
          v.rate?.min ?? null,
          v.rate?.max ?? null,
          pricingRef,
          status,
          actor.userId,
          now,
          status === "published" ? now : null,
        ],
      )
      .catch((e: unknown) => {
        if ((e as { code?: string }).code === "23505")
          throw new AppError("CONFLICT", {
            zh: `产品 ${v.productKey} 正在被同时修改，请重试`,
            en: `product ${v.productKey} was changed at the same time; try again`,
            details: { field: "productKey" },
          });
        throw e;
      });
    const id = inserted.rows[0]!.id;
    await appendAudit(tx, actor, now, {
      action: status === "published" ? "market.product.publish" : "market.product.draft",
      entityType: "market_product",
      entityId: id,
      orgId: actor.orgId,
      details: {
        productKey: v.productKey,
        version,
        family: v.family,
        subType: v.subType ?? null,
        eligibility: v.eligibility,
        rate: v.rate ?? null,
        pricingRef,
        retired,
      },
    });
    const row = (await tx.query<ProductRow>(`${PRODUCT_SELECT} WHERE m.id = $1`, [id])).rows[0]!;
    return toProductView(row);
  });
}
