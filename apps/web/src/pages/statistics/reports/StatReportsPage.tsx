import { useTranslation } from "react-i18next";
import { useSession } from "../../../app/auth";
import { PageHeader } from "../../../components/PageHeader";
import { OwnReports } from "./list/OwnReports";
import { ReviewQueue } from "./list/ReviewQueue";

/**
 * /statistics/reports — 统计报表: an institution's own reports (new, Excel workbook in and out); for the district, the
 * review queue of every institution's reports, submitted ones first.
 */
export default function StatReportsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const district = session.activeOrg.kind === "district";
  return (
    <div data-testid="page-stat-reports">
      <PageHeader
        title={district ? t("statistics.reports.reviewTitle") : t("statistics.reports.title")}
        subtitle={district ? t("statistics.reports.reviewSubtitle") : t("statistics.reports.subtitle")}
      />
      {district ? <ReviewQueue /> : <OwnReports />}
    </div>
  );
}
