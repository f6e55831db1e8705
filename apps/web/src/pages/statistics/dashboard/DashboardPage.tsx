import { FilePdfOutlined, ReloadOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Col, Row, Select, Skeleton, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { statDashApi, useStatDashboard } from "../../../api/statisticsDashboard";
import { useSession } from "../../../app/auth";
import { Forbidden } from "../../../components/Forbidden";
import { LoadError } from "../../../components/LoadError";
import { PageHeader } from "../../../components/PageHeader";
import { DrillDrawer, type DrillTarget } from "./DrillDrawer";
import { HeadlineCards } from "./HeadlineCards";
import { IndicatorTable } from "./IndicatorTable";
import { ModulePanels } from "./ModulePanels";
import { RankingsCard } from "./RankingsCard";
import { TargetsSummary } from "./TargetsSummary";
import { TrendCharts } from "./TrendCharts";
import "./dashboard.css";

/** /statistics/dashboard — the district's "five major articles" dashboard: figures, trends, drill-downs, modules. */
export default function DashboardPage() {
  const { t } = useTranslation();
  const district = useSession().activeOrg.kind === "district";
  const [params, setParams] = useSearchParams();
  const period = params.get("period") ?? undefined;
  const q = useStatDashboard(period, district);
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  if (!district) return <Forbidden />;
  const d = q.data;
  const shown = d?.period ?? period ?? null;
  const onDrill = (metric: string, p: string) => setDrill({ metric, period: p });
  return (
    <div data-testid="page-stat-dashboard">
      <PageHeader
        title={t("statDash.title")}
        subtitle={
          <>
            {t("statDash.subtitle")}
            {d && d.institutions > 0 && <> · {t("statDash.institutionsReported", { count: d.institutions })}</>}
          </>
        }
        extra={
          <Space wrap>
            <span>{t("statDash.period")}</span>
            <Select
              value={shown ?? undefined}
              style={{ width: 130 }}
              showSearch
              loading={q.isFetching}
              options={(d?.periods ?? []).map((p) => ({ value: p, label: p }))}
              onChange={(p) => setParams({ period: p })}
              data-testid="stat-period"
            />
            <Button icon={<ReloadOutlined />} loading={q.isFetching} onClick={() => void q.refetch()}>
              {t("statDash.refresh")}
            </Button>
            <Button
              type="primary"
              icon={<FilePdfOutlined />}
              disabled={!shown}
              href={shown ? statDashApi.briefingUrl(shown) : undefined}
              download
              data-testid="stat-briefing"
            >
              {t("statDash.briefing")}
            </Button>
          </Space>
        }
      />
      {q.error ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : !d ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : d.period === null ? (
        <Alert type="info" showIcon title={t("statDash.noData")} style={{ marginBottom: 16 }} />
      ) : (
        <>
          <HeadlineCards headline={d.headline} onDrill={onDrill} />
          <TrendCharts data={d} onDrill={onDrill} />
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={24} xxl={14}>
              <RankingsCard headline={d.headline} period={d.period} />
            </Col>
            <Col xs={24} xxl={10}>
              <TargetsSummary />
            </Col>
          </Row>
          <Card
            variant="borderless"
            size="small"
            title={t("statDash.indicators.title")}
            extra={<Typography.Text type="secondary">{t("statDash.indicators.hint")}</Typography.Text>}
            style={{ marginBottom: 16 }}
          >
            <IndicatorTable headline={d.headline} onDrill={onDrill} />
          </Card>
        </>
      )}
      <Typography.Title level={5} style={{ margin: "8px 0 12px" }}>
        {t("statDash.modules.title")}
      </Typography.Title>
      <ModulePanels />
      <DrillDrawer
        target={drill}
        info={d?.headline.find((h) => h.metric === drill?.metric)}
        onClose={() => setDrill(null)}
      />
    </div>
  );
}
