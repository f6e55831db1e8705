/** Catalogue order of codes ("1.1.9" before "1.1.10"): ties in the ranking are broken by it, so output is stable. */
export function compareCatalogueCodes(a: string, b: string): number {
  const pa = a.split(".");
  const pb = b.split(".");
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = Number(pa[i] ?? -1) - Number(pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}
