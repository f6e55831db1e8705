import { AlertOutlined, BellOutlined, MoneyCollectOutlined, SyncOutlined } from "@ant-design/icons";
import { Col, Row } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { KpiCard } from "../../../components/KpiCard";
import { useLang } from "../../../lib/labels";
import { sumYuan, yuanParts } from "../needs-shared/format";
import { type ClaimRow, inProgress } from "./inboxRows";

interface Props {
  fresh: number;
  claims: ClaimRow[];
  overdueStages: number;
  loading: boolean;
}

/** New opportunities, claims in progress, overdue stages, and the amount funded this year. */
export function InboxKpis({ fresh, claims, overdueStages, loading }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const year = String(dayjs().year());
  const fundedThisYear = claims.filter((r) => r.claim.fundedAt && dayjs(r.claim.fundedAt).format("YYYY") === year);
  const funded = yuanParts(sumYuan(fundedThisYear.map((r) => r.claim.fundedAmount)), lang);
  const kpis = [
    {
      id: "new",
      icon: <BellOutlined />,
      color: "#1677ff",
      label: t("market.inbox.kpiNew"),
      value: fresh,
      unit: t("market.unit.needs"),
    },
    {
      id: "progress",
      icon: <SyncOutlined />,
      color: "#722ed1",
      label: t("market.inbox.kpiProgress"),
      value: claims.filter(inProgress).length,
      unit: t("market.unit.claims"),
      foot: t("market.inbox.kpiProgressFoot", { count: claims.length }),
    },
    {
      id: "overdue",
      icon: <AlertOutlined />,
      color: overdueStages > 0 ? "#cf1322" : "#52c41a",
      label: t("market.inbox.kpiOverdue"),
      value: overdueStages,
      unit: t("market.unit.stages"),
    },
    {
      id: "funded",
      icon: <MoneyCollectOutlined />,
      color: "#0b5d3f",
      label: t("market.inbox.kpiFunded", { year }),
      value: funded.value,
      unit: funded.unit,
      foot: t("market.inbox.kpiFundedFoot", { count: fundedThisYear.length }),
      small: true,
    },
  ];
  return (
    <Row gutter={[16, 16]} data-testid="inbox-kpis">
      {kpis.map((k) => (
        <Col key={k.id} xs={12} xl={6}>
          <KpiCard
            icon={k.icon}
            color={k.color}
            label={k.label}
            value={k.value}
            unit={k.unit}
            foot={k.foot}
            small={k.small}
            loading={loading}
            testId={`kpi-inbox-${k.id}`}
          />
        </Col>
      ))}
    </Row>
  );
}
