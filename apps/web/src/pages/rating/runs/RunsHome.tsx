import { Space } from "antd";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/PageHeader";
import { useRatingAccess } from "../shared/access";
import { RatingNavButtons } from "../shared/RatingNavButtons";
import { NewRunCard } from "./NewRunCard";
import { RunsTable } from "./RunsTable";

/** /rating for a rating agency and the district: the runs, and (analysts) a form to start one. */
export function RunsHome() {
  const { t } = useTranslation();
  const a = useRatingAccess();
  return (
    <div data-testid="page-rating-runs">
      <PageHeader
        title={t("rating.title")}
        subtitle={a.district ? t("rating.subtitleDistrict") : t("rating.subtitleAgency")}
        extra={<RatingNavButtons />}
      />
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        {a.canRun && <NewRunCard />}
        <RunsTable />
      </Space>
    </div>
  );
}
