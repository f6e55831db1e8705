import {
  FileTextOutlined,
  SafetyCertificateOutlined,
  ShopOutlined,
  StarOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import { Card, Col, Row } from "antd";
import { useTranslation } from "react-i18next";
import { useGrants, useMembers } from "../../api/hooks";
import { useSession } from "../../app/auth";
import { KpiCard } from "../../components/KpiCard";
import { OrgProfileCard } from "../../components/OrgProfileCard";
import { QuickLinks } from "../../components/QuickLinks";
import { lifecycle } from "../../lib/dates";
import type { OrgKind } from "../../lib/labels";
import { GrantsTable } from "../admin/grants/GrantsTable";
import { GreenHomeCard } from "../green/home/GreenHomeCard";
import { PcafHomeCard } from "../pcaf/home/PcafHomeCard";
import { DisclosureProgressCard } from "./DisclosureProgressCard";
import { HomeGreeting } from "./HomeGreeting";

/** Banks, insurers, wealth managers and fund managers: the enterprises that opened their data to them. */
export function FinancialHome({ kind }: { kind: OrgKind }) {
  const { t } = useTranslation();
  const session = useSession();
  const grants = useGrants("received");
  const members = useMembers(session.activeOrg.id);
  const active = (grants.data ?? []).filter((g) => lifecycle(g) === "active").length;

  return (
    <div data-testid={`home-${kind}`}>
      <HomeGreeting />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <OrgProfileCard />
        </Col>
        <Col xs={24} xl={10}>
          <Row gutter={[16, 16]}>
            <Col span={12}>
              <KpiCard
                testId="kpi-members"
                icon={<TeamOutlined />}
                color="#7a5cc1"
                label={t("members.count")}
                value={members.error ? "—" : (members.data?.length ?? 0)}
                loading={members.isPending}
              />
            </Col>
            <Col span={12}>
              <KpiCard
                testId="kpi-active-grants"
                icon={<SafetyCertificateOutlined />}
                color="#0b6b47"
                label={t("home.activeGrants")}
                value={grants.error ? "—" : active}
                loading={grants.isPending}
              />
            </Col>
            <Col span={24}>
              <Card variant="borderless" title={t("home.quickLinks")}>
                <QuickLinks
                  narrow
                  links={[
                    { to: "/marketplace", icon: <ShopOutlined />, title: t("nav.marketplace") },
                    { to: "/rating", icon: <StarOutlined />, title: t("nav.rating") },
                    { to: "/disclosure", icon: <FileTextOutlined />, title: t("nav.disclosure") },
                    { to: "/admin/grants", icon: <SafetyCertificateOutlined />, title: t("nav.grants") },
                    { to: "/admin/members", icon: <TeamOutlined />, title: t("nav.members") },
                  ]}
                />
              </Card>
            </Col>
          </Row>
        </Col>
        <Col span={24}>
          <PcafHomeCard />
        </Col>
        <Col span={24}>
          <GreenHomeCard />
        </Col>
        <Col span={24}>
          <DisclosureProgressCard />
        </Col>
        <Col span={24}>
          <Card variant="borderless" title={t("home.grantsReceived")} data-testid="grants-received">
            <GrantsTable
              direction="received"
              grants={grants.data}
              loading={grants.isPending}
              compact
              counterpartTitle={t("grants.enterprise")}
              emptyText={t("home.noGrantsReceived")}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
