import { CloudOutlined, FileTextOutlined, PlusOutlined, ProjectOutlined, ShopOutlined } from "@ant-design/icons";
import { Button, Card, Col, Row } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useGrants } from "../../api/hooks";
import { useIsAdmin } from "../../app/auth";
import { OrgProfileCard } from "../../components/OrgProfileCard";
import { QuickLinks } from "../../components/QuickLinks";
import { CreateGrantModal } from "../admin/grants/CreateGrantModal";
import { GrantsTable } from "../admin/grants/GrantsTable";
import { CarbonHomeCard } from "../carbon/home/CarbonHomeCard";
import { GreenHomeCard } from "../green/home/GreenHomeCard";
import { OwnRatingCard } from "../rating/home/OwnRatingCard";
import { DisclosureProgressCard } from "./DisclosureProgressCard";
import { HomeGreeting } from "./HomeGreeting";

/** An enterprise: its profile and who it has let read its data. */
export function EnterpriseHome() {
  const { t } = useTranslation();
  const isAdmin = useIsAdmin();
  const grants = useGrants("given");
  const [open, setOpen] = useState(false);

  const grantButton = isAdmin && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="grant-bank-access">
      {t("grants.grantBank")}
    </Button>
  );

  return (
    <div data-testid="home-enterprise">
      <HomeGreeting extra={grantButton} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <OrgProfileCard />
        </Col>
        <Col xs={24} xl={9}>
          <Card variant="borderless" title={t("home.quickLinks")} style={{ height: "100%" }}>
            <QuickLinks
              narrow
              links={[
                { to: "/disclosure", icon: <FileTextOutlined />, title: t("nav.disclosure") },
                { to: "/carbon", icon: <CloudOutlined />, title: t("nav.carbon") },
                { to: "/green/projects", icon: <ProjectOutlined />, title: t("nav.projects") },
                { to: "/marketplace", icon: <ShopOutlined />, title: t("nav.marketplace") },
              ]}
            />
          </Card>
        </Col>
        <Col span={24}>
          <OwnRatingCard />
        </Col>
        <Col span={24}>
          <CarbonHomeCard />
        </Col>
        <Col span={24}>
          <GreenHomeCard />
        </Col>
        <Col span={24}>
          <DisclosureProgressCard />
        </Col>
        <Col span={24}>
          <Card variant="borderless" title={t("home.grantsGiven")} data-testid="grants-given">
            <GrantsTable
              direction="given"
              grants={grants.data}
              loading={grants.isPending}
              canRevoke={isAdmin}
              emptyText={t("home.noGrantsGiven")}
            />
          </Card>
        </Col>
      </Row>
      <CreateGrantModal open={open} onClose={() => setOpen(false)} defaultKind="bank" />
    </div>
  );
}
