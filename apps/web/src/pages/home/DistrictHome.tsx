import { ReloadOutlined } from "@ant-design/icons";
import { Button, Card, Col, Row, Skeleton, Space } from "antd";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useOverview } from "../../api/hooks";
import { LoadError } from "../../components/LoadError";
import { CarbonHomeCard } from "../carbon/home/CarbonHomeCard";
import { GreenHomeCard } from "../green/home/GreenHomeCard";
import { DistrictPcafCard } from "../pcaf/home/DistrictPcafCard";
import { DistrictRatingCard } from "../rating/home/DistrictRatingCard";
import { DistrictDisclosureCard } from "./DistrictDisclosureCard";
import { DistrictKpis } from "./DistrictKpis";
import { HomeGreeting } from "./HomeGreeting";
import { RecentAuditCard } from "./RecentAuditCard";

const DistrictCharts = lazy(() => import("./DistrictCharts"));

const chartSkeleton = (
  <Row gutter={[16, 16]}>
    <Col xs={24} xl={14}>
      <Card variant="borderless">
        <Skeleton active paragraph={{ rows: 9 }} />
      </Card>
    </Col>
    <Col xs={24} xl={10}>
      <Card variant="borderless">
        <Skeleton active paragraph={{ rows: 9 }} />
      </Card>
    </Col>
  </Row>
);

/** The management committee's dashboard of the whole zone. */
export function DistrictHome() {
  const { t } = useTranslation();
  const { data, error, isPending, isFetching, refetch } = useOverview();
  return (
    <div data-testid="home-district">
      <HomeGreeting
        extra={
          <Button icon={<ReloadOutlined />} loading={isFetching} onClick={() => void refetch()}>
            {t("common.refresh")}
          </Button>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        {error ? (
          <Card variant="borderless">
            <LoadError error={error} onRetry={() => void refetch()} />
          </Card>
        ) : (
          <>
            <DistrictKpis data={data} loading={isPending} />
            {data ? (
              <Suspense fallback={chartSkeleton}>
                <DistrictCharts data={data} />
              </Suspense>
            ) : (
              chartSkeleton
            )}
          </>
        )}
        <DistrictDisclosureCard />
        <DistrictRatingCard />
        <CarbonHomeCard />
        <DistrictPcafCard />
        <GreenHomeCard />
        <RecentAuditCard title={t("audit.recent")} />
      </Space>
    </div>
  );
}
