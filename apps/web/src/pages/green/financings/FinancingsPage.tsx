import { Card, Tabs } from "antd";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { useSession } from "../../../app/auth";
import { Forbidden } from "../../../components/Forbidden";
import { PageHeader } from "../../../components/PageHeader";
import { seesFinancings } from "../shared/access";
import { FinancingsTable } from "./FinancingsTable";
import { StatisticsTab } from "./StatisticsTab";
import "../shared/green.css";

/** /green/financings — the labelled book and the green-loan statistics (tab in `?tab=`). */
export default function FinancingsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  if (!seesFinancings(session.activeOrg.kind)) return <Forbidden />;
  const district = session.activeOrg.kind === "district";
  return (
    <div data-testid="page-green-financings">
      <PageHeader
        title={t("green.financing.title")}
        subtitle={district ? t("green.financing.subtitleDistrict") : t("green.financing.subtitle")}
      />
      <Card variant="borderless">
        <Tabs
          activeKey={params.get("tab") ?? "book"}
          onChange={(tab) => setParams({ tab }, { replace: true })}
          items={[
            {
              key: "book",
              label: <span data-testid="green-tab-book">{t("green.financing.tabBook")}</span>,
              children: <FinancingsTable />,
            },
            {
              key: "stats",
              label: <span data-testid="green-tab-stats">{t("green.financing.tabStats")}</span>,
              children: <StatisticsTab />,
            },
          ]}
        />
      </Card>
    </div>
  );
}
