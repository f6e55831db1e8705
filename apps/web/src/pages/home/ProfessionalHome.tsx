import {
  AuditOutlined,
  BarChartOutlined,
  CloudOutlined,
  FileTextOutlined,
  SafetyCertificateOutlined,
  StarOutlined,
} from "@ant-design/icons";
import { Card, Col, Row } from "antd";
import { useTranslation } from "react-i18next";
import { OrgProfileCard } from "../../components/OrgProfileCard";
import { type QuickLink, QuickLinks } from "../../components/QuickLinks";
import { GreenHomeCard } from "../green/home/GreenHomeCard";
import { HomeGreeting } from "./HomeGreeting";
import { RecentAuditCard } from "./RecentAuditCard";

/** Rating agencies and verifiers: their profile, the modules they work in, their recent activity. */
export function ProfessionalHome({ kind }: { kind: "rating_agency" | "verifier" }) {
  const { t } = useTranslation();
  const links: QuickLink[] =
    kind === "rating_agency"
      ? [
          { to: "/rating", icon: <StarOutlined />, title: t("nav.rating") },
          { to: "/disclosure", icon: <FileTextOutlined />, title: t("nav.disclosure") },
          { to: "/statistics", icon: <BarChartOutlined />, title: t("nav.statistics") },
          { to: "/admin/grants", icon: <SafetyCertificateOutlined />, title: t("nav.grants") },
        ]
      : [
          { to: "/carbon", icon: <CloudOutlined />, title: t("nav.carbon") },
          { to: "/disclosure", icon: <FileTextOutlined />, title: t("nav.disclosure") },
          { to: "/admin/grants", icon: <SafetyCertificateOutlined />, title: t("nav.grants") },
          { to: "/admin/audit", icon: <AuditOutlined />, title: t("nav.audit") },
        ];
  return (
    <div data-testid={`home-${kind}`}>
      <HomeGreeting />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <OrgProfileCard />
        </Col>
        <Col xs={24} xl={9}>
          <Card variant="borderless" title={t("home.quickLinks")} style={{ height: "100%" }}>
            <QuickLinks narrow links={links} />
          </Card>
        </Col>
        {kind === "verifier" && (
          <Col span={24}>
            <GreenHomeCard />
          </Col>
        )}
        <Col span={24}>
          <RecentAuditCard title={t("home.recentAudit")} />
        </Col>
      </Row>
    </div>
  );
}
