import { EntityRatingView } from "./entity/EntityRatingView";
import { GrantedRatings } from "./entity/GrantedRatings";
import { RunsHome } from "./runs/RunsHome";
import { useRatingAccess } from "./shared/access";
import "./shared/rating.css";

/**
 * /rating. A rating agency and the district work with runs; an enterprise or a fund manager sees its own rating
 * page; anyone else (banks, insurers, …) the ratings organisations granted it.
 */
export default function RatingHomePage() {
  const a = useRatingAccess();
  if (a.overseer) return <RunsHome />;
  if (a.rated) return <EntityRatingView orgId={a.orgId} own />;
  return <GrantedRatings />;
}
