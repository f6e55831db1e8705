import { RightOutlined } from "@ant-design/icons";
import type { TStatModules } from "@greenfin/contracts";
import { Card, Col, Empty, Row, Skeleton, Typography } from "antd";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { useStatModules } from "../../../api/statisticsDashboard";
import { AXIS_LABEL } from "../../../components/EChart";
import { LoadError } from "../../../components/LoadError";
import { useLang } from "../../../lib/labels";
import { formatYuan } from "../../../lib/money";
import { CarbonMarketChart } from "./CarbonMarketChart";
import { ClickableChart } from "./ClickableChart";
import { MarketPanel } from "./MarketPanel";

/** Best to worst: a grade's colour by its place in the scale. */
const GRADE_COLORS = ["#0b5d3f", "#389e0d", "#7cb305", "#d4b106", "#d48806", "#d4380d", "#cf1322"];
const gradeColor = (i: number, n: number) =>
  GRADE_COLORS[n <= 1 ? 0 : Math.round((i * (GRADE_COLORS.length - 1)) / (n - 1))] ?? "#8c8c8c";

/** Bars per grade (graded: coloured best to worst) or per status (one colour). */
function gradeBars(grades: { grade: string; count: number }[], unitLabel: string, graded = true) {
  return {
    tooltip: { trigger: "axis" },
    grid: { left: 40, right: 16, top: 30, bottom: 28 },
    xAxis: { type: "category", axisLabel: { ...AXIS_LABEL, interval: 0 }, data: grades.map((g) => g.grade) },
    yAxis: { type: "value", name: unitLabel, nameTextStyle: AXIS_LABEL, axisLabel: AXIS_LABEL, minInterval: 1 },
    series: [
      {
        type: "bar",
        barMaxWidth: 32,
        label: { show: true, position: "top" },
        data: grades.map((g, i) => ({
          value: g.count,
          itemStyle: { color: graded ? gradeColor(i, grades.length) : "#0b5d3f" },
        })),
      },
    ],
  };
}

/**
 * The other modules seen from the district: ratings, carbon grades, the project library, the marketplace, CEA.
 * Memoised: the dashboard re-rendering (a drawer opening) must not reset these charts' options under the mouse.
 */
export const ModulePanels = memo(function ModulePanels() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const q = useStatModules();
  if (q.error) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return <Skeleton active />;
  const m: TStatModules = q.data;
  const more = (to: string) => (
    <Link to={to}>
      <RightOutlined />
    </Link>
  );
  const count = t("statDash.modules.count");
  const projects = m.projects.byStatus.map((s) => ({ grade: t(`green.stage.${s.status}`, s.status), count: s.count }));
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="stat-modules">
      <Col xs={24} xl={8}>
        <Card variant="borderless" size="small" title={t("statDash.modules.rating")} extra={more("/rating/district")}>
          <Typography.Text type="secondary" ellipsis={{ tooltip: true }} style={{ display: "block" }}>
            {m.rating.run
              ? t("statDash.modules.ratingRun", { methodology: m.rating.methodology, year: m.rating.run.periodYear })
              : t("statDash.modules.none")}
          </Typography.Text>
          {m.rating.total === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} style={{ height: 220, paddingTop: 40 }} />
          ) : (
            <ClickableChart
              option={gradeBars(m.rating.grades, count)}
              onClick={() => navigate("/rating/district")}
              style={{ height: 240 }}
              testId="stat-module-rating"
            />
          )}
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <Card variant="borderless" size="small" title={t("statDash.modules.carbonGrades")} extra={more("/carbon")}>
          <Typography.Text type="secondary" ellipsis={{ tooltip: true }} style={{ display: "block" }}>
            {m.carbonGrades.year
              ? t("statDash.modules.carbonYear", { year: m.carbonGrades.year, method: m.carbonGrades.method ?? "" })
              : t("statDash.modules.none")}
          </Typography.Text>
          {m.carbonGrades.total === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} style={{ height: 220, paddingTop: 40 }} />
          ) : (
            <ClickableChart
              option={gradeBars(m.carbonGrades.grades, count)}
              onClick={() => navigate("/carbon")}
              style={{ height: 240 }}
              testId="stat-module-carbon"
            />
          )}
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <Card variant="borderless" size="small" title={t("statDash.modules.projects")} extra={more("/green/projects")}>
          <Typography.Text type="secondary" ellipsis={{ tooltip: true }} style={{ display: "block" }}>
            {t("statDash.modules.projectsCertified", {
              count: m.projects.certifiedCount,
              amount: formatYuan(m.projects.certifiedAmount, lang),
            })}
          </Typography.Text>
          <ClickableChart
            option={gradeBars(projects, count, false)}
            onClick={() => navigate("/green/projects")}
            style={{ height: 240 }}
            testId="stat-module-projects"
          />
        </Card>
      </Col>
      <Col xs={24} xxl={12}>
        <MarketPanel market={m.market} extra={more("/market/overview")} />
      </Col>
      <Col xs={24} xxl={12}>
        <CarbonMarketChart data={m.carbonMarket} />
      </Col>
    </Row>
  );
});
