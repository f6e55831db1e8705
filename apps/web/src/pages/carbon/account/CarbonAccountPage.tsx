import {
  CalculatorOutlined,
  CloudOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  FilePdfOutlined,
  FireOutlined,
  ThunderboltOutlined,
  TrophyOutlined,
} from "@ant-design/icons";
import type { TCarbonAccountDetail } from "@greenfin/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Col, Empty, Result, Row, Skeleton, Space } from "antd";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import { carbonApi, carbonKeys, useCarbonAccount, useCarbonYears } from "../../../api/carbon";
import { ApiError } from "../../../api/client";
import { KpiCard } from "../../../components/KpiCard";
import { LoadError } from "../../../components/LoadError";
import { PageHeader } from "../../../components/PageHeader";
import { useShowError } from "../../../lib/errors";
import { useLang } from "../../../lib/labels";
import { useDownload } from "../../disclosure/shared/useDownload";
import { defaultYear, fmtFixed, warningText } from "../shared/format";
import { GradeTag } from "../shared/GradeTag";
import { useCarbonOrg } from "../shared/useCarbonOrg";
import { YearSelect } from "../shared/YearSelect";
import { HistoryChart, ItemsChart, MonthlyChart } from "./AccountCharts";
import { LinesTable } from "./LinesTable";
import { EtsCard, GradeCard, VersionsCard } from "./SideCards";
import "../shared/carbon.css";

/** /carbon/accounts/:orgId — one enterprise's yearly carbon account, for itself, the district and its grantees. */
export default function CarbonAccountPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const { orgId, name, seesActivity, canWrite } = useCarbonOrg();
  const [params, setParams] = useSearchParams();
  const years = useCarbonYears(orgId);
  const known = (years.data ?? []).map((y) => y.year);
  const year = Number(params.get("year")) || (years.data ? (known.at(-1) ?? defaultYear()) : undefined);
  const version = Number(params.get("version")) || undefined;
  const q = useCarbonAccount(orgId, year, version);
  const { download, busy } = useDownload();
  const [calculating, setCalculating] = useState(false);

  const setYear = (y: number) => setParams({ year: String(y) });
  const view = (v: number) => setParams({ year: String(year), version: String(v) });
  const recalculate = async () => {
    if (year === undefined) return;
    setCalculating(true);
    try {
      const r = await carbonApi.calculate(orgId, year);
      void message.success(
        t(r.created ? "carbon.actions.recalculated" : "carbon.actions.unchanged", { version: r.version }),
      );
      await qc.invalidateQueries({ queryKey: carbonKeys.all });
      setParams({ year: String(year) });
    } catch (e) {
      showError(e);
    } finally {
      setCalculating(false);
    }
  };

  const d = q.data;
  const notFound = q.error instanceof ApiError && q.error.status === 404;
  const reportLang = lang === "en" ? "en" : "zh";

  return (
    <div data-testid="page-carbon-account">
      <PageHeader
        title={name ?? t("carbon.accountTitle")}
        subtitle={t("carbon.accountSubtitle")}
        extra={
          <Space wrap>
            {year !== undefined && <YearSelect value={year} known={known} onChange={setYear} />}
            {canWrite && (
              <Button
                icon={<CalculatorOutlined />}
                loading={calculating}
                onClick={recalculate}
                data-testid="carbon-recalculate"
              >
                {t("carbon.actions.recalculate")}
              </Button>
            )}
            <Button
              type="primary"
              icon={<FilePdfOutlined />}
              disabled={!d}
              loading={busy === "pdf"}
              data-testid="carbon-report-pdf"
              onClick={() =>
                d &&
                void download(
                  "pdf",
                  carbonApi.reportUrl(orgId, d.year, reportLang, d.version),
                  `carbon-report-${d.year}.pdf`,
                )
              }
            >
              {t("carbon.actions.report")}
            </Button>
            {seesActivity && (
              <Link to={`/carbon/activity/${orgId}${year ? `?year=${year}` : ""}`}>
                <Button icon={<DatabaseOutlined />} data-testid="carbon-activity-link">
                  {t("carbon.actions.activity")}
                </Button>
              </Link>
            )}
          </Space>
        }
      />
      {q.isPending || year === undefined ? (
        <Card variant="borderless">
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      ) : notFound ? (
        <Card variant="borderless">
          <Result
            icon={<CloudOutlined style={{ color: "#3fb984" }} />}
            title={t("carbon.noAccount")}
            subTitle={t("carbon.noAccountHint")}
            data-testid="carbon-no-account"
          />
        </Card>
      ) : q.error || !d ? (
        <Card variant="borderless">
          <LoadError error={q.error} onRetry={() => void q.refetch()} />
        </Card>
      ) : (
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          <Kpis detail={d} />
          {d.account.warnings.length > 0 && (
            <Alert
              type="warning"
              showIcon
              title={t("carbon.warnings")}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {d.account.warnings.map((w) => (
                    <li key={w}>{warningText(t, lang, w, d.account.province)}</li>
                  ))}
                </ul>
              }
              data-testid="carbon-warnings"
            />
          )}
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={14}>
              <Card variant="borderless" title={t("carbon.chart.monthly")}>
                <MonthlyChart account={d.account} />
              </Card>
            </Col>
            <Col xs={24} xl={10}>
              <Card variant="borderless" title={t("carbon.chart.byItem")}>
                <ItemsChart account={d.account} />
              </Card>
            </Col>
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <GradeCard grade={d.grade} />
            </Col>
            <Col xs={24} xl={12}>
              <Card variant="borderless" title={t("carbon.chart.history")} style={{ height: "100%" }}>
                {years.data && years.data.length > 0 ? (
                  <HistoryChart years={years.data} />
                ) : (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
                )}
              </Card>
            </Col>
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={10}>
              <EtsCard ets={d.ets} />
            </Col>
            <Col xs={24} xl={14}>
              <VersionsCard detail={d} onView={view} />
            </Col>
          </Row>
          <Card variant="borderless" title={t("carbon.lines.title")}>
            <LinesTable account={d.account} />
          </Card>
        </Space>
      )}
    </div>
  );
}

/** The year's figures side by side, each with the same two decimals (an intensity four), and the grade. */
function Kpis({ detail }: { detail: TCarbonAccountDetail }) {
  const { t } = useTranslation();
  const tot = detail.account.totals;
  const perVa = detail.account.intensities.perValueAdded;
  const tco2 = t("carbon.unit.t");
  const kpis: { id: string; icon: ReactNode; color: string; label: string; value: ReactNode; unit?: string }[] = [
    {
      id: "scope1",
      icon: <FireOutlined />,
      color: "#0b6b47",
      label: t("carbon.kpi.scope1"),
      value: fmtFixed(tot.scope1),
      unit: tco2,
    },
    {
      id: "scope2-location",
      icon: <ThunderboltOutlined />,
      color: "#3fb984",
      label: t("carbon.kpi.scope2Location"),
      value: fmtFixed(tot.scope2Location),
      unit: tco2,
    },
    {
      id: "scope2-market",
      icon: <ThunderboltOutlined />,
      color: "#5b8fc9",
      label: t("carbon.kpi.scope2Market"),
      value: fmtFixed(tot.scope2Market),
      unit: tco2,
    },
    {
      id: "total",
      icon: <CloudOutlined />,
      color: "#1d2327",
      label: t("carbon.kpi.total"),
      value: fmtFixed(tot.totalLocationBased),
      unit: tco2,
    },
    {
      id: "intensity",
      icon: <DashboardOutlined />,
      color: "#c9a227",
      label: t("carbon.kpi.intensity"),
      value: fmtFixed(perVa.value, 4),
      unit: perVa.value ? t("carbon.unit.perWan") : undefined,
    },
  ];
  return (
    <Row gutter={[16, 16]} data-testid="carbon-kpis">
      {kpis.map((k) => (
        <Col key={k.id} xs={12} md={8} xxl={4}>
          <KpiCard
            icon={k.icon}
            color={k.color}
            label={k.label}
            value={k.value}
            unit={k.unit}
            small
            testId={`kpi-${k.id}`}
          />
        </Col>
      ))}
      <Col xs={12} md={8} xxl={4}>
        <KpiCard
          icon={<TrophyOutlined />}
          color="#e07b39"
          label={t("carbon.kpi.grade")}
          value={
            <GradeTag
              grade={detail.grade?.grade ?? null}
              colour={detail.grade?.colour ?? null}
              testId="carbon-grade"
              large
            />
          }
          foot={detail.grade ? `K = ${fmtFixed(detail.grade.k, 4)}` : undefined}
          testId="kpi-grade"
        />
      </Col>
    </Row>
  );
}
