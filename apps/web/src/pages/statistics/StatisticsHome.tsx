import { Navigate } from "react-router-dom";
import { useSession } from "../../app/auth";
import { FINANCIAL_KINDS } from "../../lib/labels";

/** /statistics — the district lands on its dashboard, a reporting institution on its reports, others on the targets. */
export default function StatisticsHome() {
  const kind = useSession().activeOrg.kind;
  const to =
    kind === "district"
      ? "/statistics/dashboard"
      : FINANCIAL_KINDS.includes(kind)
        ? "/statistics/reports"
        : "/statistics/targets";
  return <Navigate to={to} replace />;
}
