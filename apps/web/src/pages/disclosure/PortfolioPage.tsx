import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Result } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../app/auth";
import { LoadError } from "../../components/LoadError";
import { PageHeader } from "../../components/PageHeader";
import { AggregatesCard } from "./portfolio/AggregatesCard";
import { InviteModal } from "./portfolio/InviteModal";
import { PortfolioLinksTable } from "./portfolio/PortfolioLinksTable";
import { usePortfolio } from "./shared/queries";
import "./shared/disclosure.css";

/** /disclosure/portfolio — a fund manager's portfolio companies: invitations, links and fund-level figures. */
export default function PortfolioPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [inviting, setInviting] = useState(false);
  const isManager = session.activeOrg.kind === "fund_manager";
  const links = usePortfolio(isManager);
  if (!isManager)
    return <Result status="403" title={t("errors.forbidden")} subTitle={t("disclosure.portfolio.onlyManagers")} />;

  return (
    <div data-testid="page-portfolio">
      <PageHeader
        title={t("disclosure.portfolio.title")}
        subtitle={t("disclosure.portfolio.subtitle")}
        extra={
          session.role === "admin" && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setInviting(true)}
              data-testid="portfolio-invite"
            >
              {t("disclosure.portfolio.invite")}
            </Button>
          )
        }
      />
      <Card variant="borderless" title={t("disclosure.portfolio.links")} style={{ marginBottom: 16 }}>
        {links.error ? (
          <LoadError error={links.error} onRetry={() => void links.refetch()} />
        ) : (
          <PortfolioLinksTable links={links.data} loading={links.isPending} />
        )}
      </Card>
      <AggregatesCard />
      <InviteModal open={inviting} onClose={() => setInviting(false)} />
    </div>
  );
}
