import { useParams } from "react-router-dom";
import { useRatingAccess } from "../shared/access";
import { EntityRatingView } from "./EntityRatingView";

/** /rating/entities/:orgId — an organisation's published ratings, for the district and rating grantees. */
export default function EntityRatingPage() {
  const { orgId = "" } = useParams();
  const a = useRatingAccess();
  return <EntityRatingView orgId={orgId} own={orgId === a.orgId} />;
}
