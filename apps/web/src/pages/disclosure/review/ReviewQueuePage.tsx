import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/PageHeader";
import { ReviewQueue } from "./ReviewQueue";
import "../shared/disclosure.css";

/** /disclosure/review: the review queue on its own page. */
export default function ReviewQueuePage() {
  const { t } = useTranslation();
  return (
    <div data-testid="page-disclosure-review">
      <PageHeader title={t("disclosure.review.title")} subtitle={t("disclosure.review.subtitle")} />
      <ReviewQueue />
    </div>
  );
}
