import { CloudOutlined } from "@ant-design/icons";
import { Button, Card, Empty, Skeleton, Space, Statistic } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useCarbonList } from "../../../api/carbon";
import { useSession } from "../../../app/auth";
import { defaultYear, fmtT } from "../shared/format";
import { GradeTag } from "../shared/GradeTag";

/** The home page's carbon card: the district's year at a glance, or an enterprise's own account; links to /carbon. */
export function CarbonHomeCard() {
  const { t } = useTranslation();
  const session = useSession();
  const year = defaultYear();
  const q = useCarbonList(year);
  const rows = q.data ?? [];
  const own = rows.find((r) => r.orgId === session.activeOrg.id);
  const total = rows.reduce((s, r) => s + Number(r.total), 0);
  const target = session.activeOrg.kind === "enterprise" ? `/carbon/accounts/${session.activeOrg.id}` : "/carbon";
  return (
    <Card
      variant="borderless"
      title={t("carbon.home.card")}
      data-testid="home-carbon"
      style={{ height: "100%" }}
      extra={
        <Link to={target}>
          <Button type="link" icon={<CloudOutlined />} data-testid="home-carbon-link">
            {t("carbon.home.open")}
          </Button>
        </Link>
      }
    >
      {q.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("carbon.home.none")} />
      ) : own && session.activeOrg.kind === "enterprise" ? (
        <Space size={24} wrap>
          <Statistic title={t("carbon.yearN", { year })} value={fmtT(own.total)} suffix="tCO2" />
          <GradeTag grade={own.grade} colour={own.colour} large />
        </Space>
      ) : (
        <Space size={32} wrap>
          <Statistic title={t("carbon.col.enterprise")} value={rows.length} />
          <Statistic title={`${t("carbon.yearN", { year })} · ${t("carbon.col.total")}`} value={fmtT(total, 0)} />
        </Space>
      )}
    </Card>
  );
}
