import { Navigate } from "react-router-dom";
import { useSession } from "../../../app/auth";
import { marketHome } from "./access";

/** /marketplace opens the page each organisation works from. */
export default function MarketHome() {
  return <Navigate to={marketHome(useSession().activeOrg.kind)} replace />;
}
