import { useSearchParams } from "react-router-dom";
import { useSession } from "../../../app/auth";
import { filesDisclosures } from "../shared/orgKinds";

export type HomeTab = "own" | "review" | "granted";

/** Which tabs /disclosure shows this organisation, and the one chosen (kept in ?tab=). */
export function useHomeTabs() {
  const { activeOrg } = useSession();
  const [params, setParams] = useSearchParams();
  const tabs: HomeTab[] = [
    ...(filesDisclosures(activeOrg.kind) ? (["own"] as const) : []),
    ...(activeOrg.kind === "fund_manager" ? (["review"] as const) : []),
    "granted",
  ];
  const asked = params.get("tab") as HomeTab | null;
  const tab: HomeTab = asked && tabs.includes(asked) ? asked : (tabs[0] ?? "granted");
  const setTab = (k: HomeTab) => setParams(k === tabs[0] ? {} : { tab: k }, { replace: true });
  return { tabs, tab, setTab, kind: activeOrg.kind };
}
