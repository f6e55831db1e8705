import { WarningOutlined } from "@ant-design/icons";
import type { TStatMineFigure } from "@greenfin/contracts";
import { Alert, Card, Col, Empty, Row, Select, Skeleton, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useMyStatistics } from "../../../api/statistics";
import { useSession } from "../../../app/auth";
import { LoadError } from "../../../components/LoadError";
import { PageHeader } from "../../../components/PageHeader";
import { useLang } from "../../../lib/labels";
import { readableFigure } from "../reports/shared/figureFormat";
import { named, useUnitLabel } from "../reports/shared/labels";
import { MineTable } from "./MineTable";
import { PeerBandChart } from "./PeerBandChart";
import { useSuppressedText } from "./suppressedText";

/** /statistics/mine — 我的统计: our accepted figures against the district's totals and anonymised peer quartiles. */
export default function MyStatisticsPage() {
  const { t } = useTranslation();
  const session = useSession();
  if (session.activeOrg.kind === "district")
    return (
      <div data-testid="page-my-statistics">
        <PageHeader title={t("statistics.mine.title")} />
        <Alert
          type="info"
          showIcon
          title={t("statistics.mine.notInstitution")}
          action={<Link to="/statistics/dashboard">{t("statistics.mine.toDashboard")}</Link>}
        />
      </div>
    );
  return <MineView />;
}

function MineView() {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<string | undefined>(undefined);
  const q = useMyStatistics(period);
  const data = q.data;
  const shown = (data?.figures ?? []).filter((f) => f.own !== null || f.peers !== null || f.peersReason);
  return (
    <div data-testid="page-my-statistics">
      <PageHeader
        title={t("statistics.mine.title")}
        subtitle={t("statistics.mine.subtitle")}
        extra={
          data && data.periods.length > 0 ? (
            <Space>
              <span>{t("statistics.mine.period")}</span>
              <Select
                value={data.period ?? undefined}
                style={{ width: 130 }}
                options={data.periods.map((p) => ({ value: p, label: p }))}
                onChange={setPeriod}
                data-testid="mine-period"
              />
            </Space>
          ) : null
        }
      />
      {q.error ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : !data ? (
        <Skeleton active />
      ) : shown.length === 0 ? (
        <Card variant="borderless">
          <Empty description={t("statistics.mine.noData")} />
        </Card>
      ) : (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={t("statistics.mine.anonymised")}
            description={data.quarter ? t("statistics.mine.quarterNote", { quarter: data.quarter }) : undefined}
          />
          <Card
            variant="borderless"
            size="small"
            title={t("statistics.mine.chartsTitle")}
            style={{ marginBottom: 16 }}
            extra={<BandLegend />}
          >
            <Row gutter={[16, 8]}>
              {shown.map((f) => (
                <Col key={`${f.metric}-${f.period}`} xs={24} lg={12} xxl={8}>
                  <FigureCell figure={f} />
                </Col>
              ))}
            </Row>
          </Card>
          <Card variant="borderless" size="small" title={t("statistics.mine.tableTitle")}>
            <MineTable figures={shown} />
          </Card>
        </>
      )}
    </div>
  );
}

/** One metric's name, our figure, and the band chart — or, when peers are too few, the reason in plain words. */
function FigureCell({ figure }: { figure: TStatMineFigure }) {
  const { t } = useTranslation();
  const lang = useLang();
  const unitLabel = useUnitLabel();
  const suppressedText = useSuppressedText();
  return (
    <div data-testid={`mine-${figure.metric}`}>
      <div style={{ display: "flex", justifyContent: "space-between", gap: 8 }}>
        <Typography.Text strong ellipsis>
          {named(figure, lang)}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ whiteSpace: "nowrap" }}>
          {figure.period} · {readableFigure(figure.own, figure.unit, lang, unitLabel(figure.unit))}
        </Typography.Text>
      </div>
      {figure.peers ? (
        <PeerBandChart figure={figure} />
      ) : (
        <Alert
          type="warning"
          showIcon
          icon={<WarningOutlined />}
          style={{ margin: "8px 0 12px" }}
          title={t("statistics.mine.suppressed")}
          description={suppressedText(figure)}
          data-testid={`suppressed-reason-${figure.metric}`}
        />
      )}
    </div>
  );
}

function BandLegend() {
  const { t } = useTranslation();
  return (
    <Space size={16} style={{ fontSize: 12 }}>
      <span>
        <span style={{ display: "inline-block", width: 18, height: 10, background: "rgba(82,196,26,0.22)" }} />{" "}
        {t("statistics.mine.band")}
      </span>
      <span>
        <span
          style={{ display: "inline-block", width: 18, borderTop: "2px dashed #0b5d3f", verticalAlign: "middle" }}
        />{" "}
        {t("statistics.mine.median")}
      </span>
      <span style={{ color: "#1677ff" }}>● {t("statistics.mine.ownPoint")}</span>
    </Space>
  );
}
