import { Alert, Card, Col, Row, Skeleton } from "antd";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";
import { useMarketOverview } from "../../../api/marketCatalogue";
import { useSession } from "../../../app/auth";
import { LoadError } from "../../../components/LoadError";
import { PageHeader } from "../../../components/PageHeader";
import { fmtWhen } from "../../green/shared/format";
import { ComplianceTable } from "./ComplianceTable";
import { InstitutionsTable } from "./InstitutionsTable";
import { OverviewCharts } from "./OverviewCharts";
import { OverviewKpis } from "./OverviewKpis";
import "../../green/shared/green.css";
import "./overview.css";

/** /market/overview — 市场总览: the district's whole zone, or an institution's slice of it. */
export default function MarketOverviewPage() {
  const { t } = useTranslation();
  const session = useSession();
  const district = session.activeOrg.kind === "district";
  const q = useMarketOverview();
  const missing = q.error instanceof ApiError && q.error.status === 404;
  return (
    <div data-testid="page-market-overview">
      <PageHeader
        title={t("marketDesk.overview.title")}
        subtitle={
          <>
            {district ? t("marketDesk.overview.subtitle") : t("marketDesk.overview.subtitleInstitution")}
            {q.data && <> · {t("marketDesk.overview.asOf", { when: fmtWhen(q.data.asOf) })}</>}
          </>
        }
      />
      {missing ? (
        <Alert type="info" showIcon message={t("marketDesk.common.notYetAvailable")} style={{ marginBottom: 16 }} />
      ) : q.error ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : !q.data ? (
        <Skeleton active />
      ) : (
        <>
          <OverviewKpis data={q.data} />
          <OverviewCharts data={q.data} />
        </>
      )}
      <Row gutter={[16, 16]}>
        {district && (
          <Col xs={24} xxl={q.data ? 12 : 24}>
            <Card variant="borderless" title={t("marketDesk.overview.compliance")} size="small">
              <ComplianceTable />
            </Card>
          </Col>
        )}
        {q.data && (
          <Col xs={24} xxl={district ? 12 : 24}>
            <Card variant="borderless" title={t("marketDesk.overview.institutions")} size="small">
              <InstitutionsTable rows={q.data.institutions} />
            </Card>
          </Col>
        )}
      </Row>
    </div>
  );
}
