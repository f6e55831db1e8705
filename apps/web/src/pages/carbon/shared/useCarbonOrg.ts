import { useParams } from "react-router-dom";
import { useOrg } from "../../../api/hooks";
import { useSession } from "../../../app/auth";
import { orgName, useLang } from "../../../lib/labels";

/**
 * The enterprise a carbon page is about (/carbon/…/:orgId): its name, and what the signed-in organisation may do
 * with its data. The enterprise itself and the district see and upload its activity and recalculate its account
 * (a viewer only looks); a bank with a grant reads the account.
 */
export function useCarbonOrg() {
  const { orgId = "" } = useParams();
  const session = useSession();
  const lang = useLang();
  const org = useOrg(orgId);
  const ownerOrDistrict = session.activeOrg.id === orgId || session.activeOrg.kind === "district";
  return {
    orgId,
    name: org.data ? orgName(org.data, lang) : null,
    /** May open the enterprise's activity data. */
    seesActivity: ownerOrDistrict,
    /** May upload activity data and recalculate the account. */
    canWrite: ownerOrDistrict && session.role !== "viewer",
  };
}
