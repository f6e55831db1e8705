import { Button, Card, Col, Empty, Row, Skeleton, Statistic } from "antd";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { LoadError } from "../../../components/LoadError";
import { useLang } from "../../../lib/labels";
import { bi, goodShare } from "../shared/format";
import { useDistribution } from "../shared/queries";
import "../shared/rating.css";

// The chart library loads only when the card has something to draw.
const GradeDistributionChart = lazy(() => import("../runs/GradeDistributionChart"));

/** The district home's ESG rating card: the latest published enterprise rating at a glance. */
export function DistrictRatingCard() {
  const { t } = useTranslation();
  const lang = useLang();
  const q = useDistribution("enterprise-esg@2026.1", undefined);
  const d = q.data;
  const total = d?.total.reduce((s, c) => s + c.count, 0) ?? 0;
  return (
    <Card
      variant="borderless"
      title={t("rating.home.districtCard")}
      data-testid="home-district-rating"
      extra={
        <Link to="/rating/district">
          <Button type="link" data-testid="home-district-rating-link">
            {t("rating.home.districtOpen")}
          </Button>
        </Link>
      }
    >
      {q.error ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : !d ? (
        <Skeleton active />
      ) : !d.run ? (
        <Empty description={t("rating.home.noPublished")} />
      ) : (
        <Row gutter={[16, 16]} align="middle">
          <Col xs={24} md={6}>
            <div className="gf-sub">
              {t("rating.home.latestRun", { methodology: bi(d.run.methodologyName, lang), year: d.run.periodYear })}
            </div>
            <Statistic style={{ marginTop: 8 }} title={t("rating.home.ratedCount")} value={total} />
            <Statistic
              style={{ marginTop: 16 }}
              title={t("rating.home.goodShare")}
              value={goodShare(d.total, d.grades)}
              suffix="%"
            />
          </Col>
          <Col xs={24} md={18}>
            <Suspense fallback={<Skeleton active />}>
              <GradeDistributionChart counts={d.total} height={220} testId="rating-home-grades" />
            </Suspense>
          </Col>
        </Row>
      )}
    </Card>
  );
}
