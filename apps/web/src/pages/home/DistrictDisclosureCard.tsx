import { Button, Card, Col, Row, Skeleton, Statistic } from "antd";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useDisclosureOverview } from "../../api/disclosureOverview";
import { LoadError } from "../../components/LoadError";

const DisclosureStatusChart = lazy(() => import("./DisclosureStatusChart"));

/** The zone's disclosure at a glance for the management committee: the review queue and states by year. */
export function DistrictDisclosureCard() {
  const { t } = useTranslation();
  const { data, error, refetch } = useDisclosureOverview();
  if (error)
    return (
      <Card variant="borderless">
        <LoadError error={error} onRetry={() => void refetch()} />
      </Card>
    );
  const enterprises = data?.population.find((p) => p.kind === "enterprise")?.count ?? 0;
  const lastYear = Math.max(0, ...(data?.accepted.map((a) => a.year) ?? [0]));
  const acceptedEnterprises =
    data?.accepted.find((a) => a.year === lastYear && a.kind === "enterprise")?.disclosed ?? 0;
  return (
    <Card
      variant="borderless"
      title={t("home.districtDisclosure")}
      data-testid="home-district-disclosure"
      extra={
        <Link to="/disclosure">
          <Button type="link">{t("home.reviewQueue")}</Button>
        </Link>
      }
    >
      {!data ? (
        <Skeleton active />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} md={6}>
            <Statistic title={t("home.awaitingReview")} value={data.awaitingReview} />
            <Statistic
              style={{ marginTop: 16 }}
              title={t("home.acceptedCoverage", { year: lastYear })}
              value={enterprises ? Math.round((acceptedEnterprises / enterprises) * 1000) / 10 : 0}
              suffix={`% (${acceptedEnterprises}/${enterprises})`}
            />
          </Col>
          <Col xs={24} md={18}>
            <Suspense fallback={<Skeleton active />}>
              <DisclosureStatusChart byYear={data.byYear} />
            </Suspense>
          </Col>
        </Row>
      )}
    </Card>
  );
}
