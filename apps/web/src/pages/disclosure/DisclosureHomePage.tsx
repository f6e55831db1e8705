import { FundOutlined } from "@ant-design/icons";
import { Button, Tabs } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { PageHeader } from "../../components/PageHeader";
import { GrantedDisclosures } from "./list/GrantedDisclosures";
import { InvitationsCard } from "./list/InvitationsCard";
import { OwnDisclosures } from "./list/OwnDisclosures";
import { type HomeTab, useHomeTabs } from "./list/useHomeTabs";
import { ReviewQueue } from "./review/ReviewQueue";
import "./shared/disclosure.css";

function TabBody({ tab }: { tab: HomeTab }) {
  if (tab === "own") return <OwnDisclosures />;
  if (tab === "review") return <ReviewQueue />;
  return <GrantedDisclosures />;
}

/**
 * /disclosure. The district sees its review queue; filers their own disclosures (and a fund manager its portfolio
 * companies' to review); anyone holding a consent grant the disclosures opened to it.
 */
export default function DisclosureHomePage() {
  const { t } = useTranslation();
  const { tabs, tab, setTab, kind } = useHomeTabs();

  if (kind === "district")
    return (
      <div data-testid="page-disclosure">
        <PageHeader title={t("disclosure.review.title")} subtitle={t("disclosure.review.subtitleDistrict")} />
        <ReviewQueue />
      </div>
    );

  return (
    <div data-testid="page-disclosure">
      <PageHeader
        title={t("nav.disclosure")}
        subtitle={t("disclosure.home.subtitle")}
        extra={
          kind === "fund_manager" && (
            <Link to="/disclosure/portfolio">
              <Button icon={<FundOutlined />} data-testid="portfolio-link">
                {t("disclosure.portfolio.title")}
              </Button>
            </Link>
          )
        }
      />
      {kind === "enterprise" && <InvitationsCard />}
      {tabs.length > 1 ? (
        <Tabs
          activeKey={tab}
          onChange={(k) => setTab(k as HomeTab)}
          destroyOnHidden
          items={tabs.map((k) => ({
            key: k,
            label: <span data-testid={`disclosure-tab-${k}`}>{t(`disclosure.home.tabs.${k}`)}</span>,
            children: <TabBody tab={k} />,
          }))}
        />
      ) : (
        <TabBody tab={tab} />
      )}
    </div>
  );
}
