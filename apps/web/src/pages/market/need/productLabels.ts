import type { TNeedMatching } from "@greenfin/contracts";
import { productName } from "../needs-shared/labels";

/** productId → "name · vN" from the matching (which lists every published product). */
export function productLabels(m: TNeedMatching | undefined, en: boolean): Map<string, string> {
  return new Map((m?.matches ?? []).map((x) => [x.productId, `${productName(x.product, en)} · v${x.product.version}`]));
}
