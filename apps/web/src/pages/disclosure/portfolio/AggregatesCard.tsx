import { Card, Col, Empty, Row, Select, Skeleton } from "antd";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadError } from "../../../components/LoadError";
import { lastYear } from "../list/useNewDisclosure";
import { useAggregates } from "../shared/queries";
import { CompaniesTable, MetricsTable } from "./AggregatesTables";

const AggregatesChart = lazy(() => import("./AggregatesChart"));

/** Fund-level figures for a chosen year, from the portfolio companies' disclosures. */
export function AggregatesCard() {
  const { t } = useTranslation();
  const [year, setYear] = useState(lastYear());
  const { data, error, isPending, refetch } = useAggregates(year);
  const years = Array.from({ length: 6 }, (_, i) => lastYear() + 1 - i);
  return (
    <Card
      variant="borderless"
      title={t("disclosure.portfolio.aggregates")}
      extra={
        <Select
          value={year}
          onChange={setYear}
          style={{ width: 120 }}
          data-testid="aggregates-year"
          options={years.map((y) => ({ value: y, label: t("disclosure.create.yearOption", { year: y }) }))}
        />
      }
      data-testid="portfolio-aggregates"
    >
      {error ? (
        <LoadError error={error} onRetry={() => void refetch()} />
      ) : isPending ? (
        <Skeleton active />
      ) : !data || data.companies.length === 0 ? (
        <Empty description={t("disclosure.portfolio.noAggregates")} />
      ) : (
        <Row gutter={[16, 16]}>
          {data.metrics.length === 0 ? (
            <Col span={24}>
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("disclosure.portfolio.noMetrics")} />
            </Col>
          ) : (
            <>
              <Col xs={24} xl={14}>
                <MetricsTable metrics={data.metrics} />
              </Col>
              <Col xs={24} xl={10}>
                <Suspense fallback={<Skeleton active />}>
                  <AggregatesChart metrics={data.metrics} />
                </Suspense>
              </Col>
            </>
          )}
          <Col span={24}>
            <CompaniesTable companies={data.companies} />
          </Col>
        </Row>
      )}
    </Card>
  );
}
