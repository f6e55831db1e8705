import type { CompiledGroup } from "./compile-methodology";
import type { MaterialityGroup } from "./methodology-types";

/** The group whose industry code is the longest prefix of the entity's code; the default group otherwise. */
export function industryMatcher(groups: readonly MaterialityGroup[], compiled: Map<string, CompiledGroup>) {
  const byCode = new Map<string, CompiledGroup>();
  let fallback: CompiledGroup | undefined;
  for (const g of groups) {
    const group = compiled.get(g.id) as CompiledGroup;
    if (g.industries.length === 0) fallback = group;
    for (const code of g.industries) byCode.set(code, group);
  }
  if (!fallback) throw new RangeError("The methodology has no default industry group");
  const defaultGroup = fallback;
  return (industryCode: string): CompiledGroup => {
    for (let length = industryCode.length; length > 0; length--) {
      const group = byCode.get(industryCode.slice(0, length));
      if (group) return group;
    }
    return defaultGroup;
  };
}
