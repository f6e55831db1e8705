import { useSession } from "../../app/auth";
import { DistrictHome } from "./DistrictHome";
import { EnterpriseHome } from "./EnterpriseHome";
import { FinancialHome } from "./FinancialHome";
import { ProfessionalHome } from "./ProfessionalHome";

/** The home page depends on what kind of organisation the user is acting for. */
export default function HomePage() {
  const { activeOrg } = useSession();
  switch (activeOrg.kind) {
    case "district":
      return <DistrictHome />;
    case "enterprise":
      return <EnterpriseHome />;
    case "rating_agency":
    case "verifier":
      return <ProfessionalHome kind={activeOrg.kind} />;
    default:
      return <FinancialHome kind={activeOrg.kind} />;
  }
}
