import { ArrowLeftOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Col, Row, Skeleton } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams, useSearchParams } from "react-router-dom";
import { ApiError } from "../../../../api/client";
import { useStatInstitution } from "../../../../api/statisticsDashboard";
import { useSession } from "../../../../app/auth";
import { Forbidden } from "../../../../components/Forbidden";
import { LoadError } from "../../../../components/LoadError";
import { PageHeader } from "../../../../components/PageHeader";
import { useLang } from "../../../../lib/labels";
import { DrillTable } from "../DrillTable";
import { InstitutionFigures } from "./InstitutionFigures";
import { InstitutionTrend } from "./InstitutionTrend";
import "../dashboard.css";

/** /statistics/dashboard/institutions/:orgId — one institution's figures, breakdowns and trend, for the district. */
export default function InstitutionPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { orgId = "" } = useParams();
  const [params] = useSearchParams();
  const period = params.get("period") ?? undefined;
  const district = useSession().activeOrg.kind === "district";
  const q = useStatInstitution(orgId, period, district);
  if (!district) return <Forbidden />;
  const d = q.data;
  const back = (
    <Button
      icon={<ArrowLeftOutlined />}
      onClick={() => navigate(`/statistics/dashboard${period ? `?period=${period}` : ""}`)}
      data-testid="stat-institution-back"
    >
      {t("statDash.institution.back")}
    </Button>
  );
  if (q.error instanceof ApiError && q.error.status === 404)
    return (
      <>
        <PageHeader title={t("statDash.institution.title")} extra={back} />
        <Alert type="warning" showIcon title={t("statDash.institution.notFound")} />
      </>
    );
  const metricOf = (key: string) => d?.figures.find((f) => f.metric === key);
  // The breakdown's own metric names its dimension ("绿色贷款余额（按用途）", "…（按行业）").
  const breakdownTitle = (metric: string, by: string) => {
    const info = metricOf(metric);
    if (info) return lang === "en" ? info.nameEn : info.nameZh;
    return by === "catalogue-use" ? t("statDash.institution.byUse") : t("statDash.institution.byIndustry");
  };
  return (
    <div data-testid="page-stat-institution">
      <PageHeader
        title={d ? (lang === "en" ? d.org.nameEn : d.org.nameZh) : t("statDash.institution.title")}
        subtitle={
          <>
            {t("statDash.institution.title")}
            {d?.period && <> · {d.period}</>}
            {d?.quarter && <> · {d.quarter}</>}
          </>
        }
        extra={back}
      />
      {q.error ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : !d ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24}>
            <Card variant="borderless" size="small" title={t("statDash.institution.figures")}>
              <InstitutionFigures figures={d.figures} />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card variant="borderless" size="small" title={t("statDash.institution.trend")}>
              <InstitutionTrend series={d.trend} info={metricOf(d.trend.metric)} />
            </Card>
          </Col>
          {d.breakdowns.map((b) => (
            <Col key={`${b.metric}-${b.by}`} xs={24} xl={12}>
              <Card
                variant="borderless"
                size="small"
                title={`${breakdownTitle(b.metric, b.by)} · ${b.period}`}
                data-testid={`stat-institution-breakdown-${b.metric}`}
              >
                <DrillTable
                  rows={b.rows}
                  info={{ unit: metricOf(b.metric)?.unit ?? "yuan" }}
                  withCode
                  exportName={`stat-${orgId.slice(0, 8)}-${b.metric}-${b.by}-${b.period}`}
                />
              </Card>
            </Col>
          ))}
        </Row>
      )}
    </div>
  );
}
