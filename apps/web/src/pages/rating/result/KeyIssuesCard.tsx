import { Card, Col, Row, Table, type TableColumnsType, Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { Explanation, KeyIssueExplanation } from "../../../api/rating";
import { useLang } from "../../../lib/labels";
import { bi, fixed } from "../shared/format";
import { AXIS_LABEL, RatingChart } from "../shared/RatingChart";

export const PILLAR_COLORS: Record<string, string> = { E: "#3fb984", S: "#1d7fb8", G: "#c9a227" };

/**
 * Each key issue's weight split into what the entity earned (its contribution to the total), what controversies
 * took away and what it left on the table, pillar by pillar; with the same figures in a table.
 */
export function KeyIssuesCard({ x }: { x: Explanation }) {
  const { t } = useTranslation();
  const lang = useLang();
  const issues = [...x.keyIssues].sort((a, b) => "ESG".indexOf(a.pillar) - "ESG".indexOf(b.pillar));
  const lost = (k: KeyIssueExplanation) =>
    Math.max(0, (Number(k.weight) * (Number(k.indicatorScore) - Number(k.score))) / 100);
  const earned = (k: KeyIssueExplanation) => Number(k.contribution);
  const gap = (k: KeyIssueExplanation) => Math.max(0, Number(k.weight) - earned(k) - lost(k));
  const names = issues.map((k) => bi(k.name, lang));
  const round = (n: number) => Math.round(n * 100) / 100;
  // The chart reads top-down like the table: echarts draws the first category at the bottom.
  const rev = <T,>(a: T[]) => [...a].reverse();

  const columns: TableColumnsType<KeyIssueExplanation> = [
    {
      key: "name",
      title: t("rating.result.keyIssue"),
      render: (_, k) => (
        <span>
          <Tag color={PILLAR_COLORS[k.pillar]} style={{ marginInlineEnd: 6 }}>
            {k.pillar}
          </Tag>
          {bi(k.name, lang)}
        </span>
      ),
    },
    { key: "w", title: t("rating.result.weight"), align: "right", render: (_, k) => `${fixed(k.weight, 1)}%` },
    { key: "is", title: t("rating.result.indicatorScore"), align: "right", render: (_, k) => fixed(k.indicatorScore) },
    {
      key: "d",
      title: t("rating.result.deduction"),
      align: "right",
      render: (_, k) =>
        Number(k.controversyDeduction) > 0 ? (
          <span style={{ color: "#d4553f" }}>−{fixed(k.controversyDeduction)}</span>
        ) : (
          <span className="gf-sub">0</span>
        ),
    },
    { key: "s", title: t("rating.result.issueScore"), align: "right", render: (_, k) => <b>{fixed(k.score)}</b> },
    {
      key: "c",
      title: t("rating.result.contribution"),
      align: "right",
      render: (_, k) => <span className="gf-num">{fixed(k.contribution)}</span>,
    },
  ];

  return (
    <Card variant="borderless" title={t("rating.result.keyIssues")} data-testid="result-key-issues">
      <div className="gf-sub" style={{ marginBottom: 12 }}>
        {t("rating.result.keyIssuesHint")}
      </div>
      <Row gutter={[24, 16]}>
        <Col xs={24} xl={10}>
          <RatingChart
            testId="rating-key-issue-chart"
            style={{ height: 90 + issues.length * 34 }}
            option={{
              animation: false,
              tooltip: {
                trigger: "axis",
                axisPointer: { type: "shadow" },
                valueFormatter: (v: unknown) => `${Number(v).toFixed(2)}`,
              },
              legend: { top: 0, icon: "roundRect", itemWidth: 10, itemHeight: 10, textStyle: AXIS_LABEL },
              grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
              xAxis: { type: "value", axisLabel: AXIS_LABEL, splitLine: { lineStyle: { color: "#eef2ef" } } },
              yAxis: {
                type: "category",
                data: rev(names),
                axisLabel: { ...AXIS_LABEL, width: 150, overflow: "truncate" },
                axisTick: { show: false },
              },
              series: [
                {
                  type: "bar",
                  stack: "w",
                  name: t("rating.result.contribution"),
                  barMaxWidth: 16,
                  itemStyle: { color: "#0b6b47" },
                  data: rev(
                    issues.map((k) => ({ value: round(earned(k)), itemStyle: { color: PILLAR_COLORS[k.pillar] } })),
                  ),
                },
                {
                  type: "bar",
                  stack: "w",
                  name: t("rating.result.deduction"),
                  itemStyle: { color: "#d4553f" },
                  data: rev(issues.map((k) => round(lost(k)))),
                },
                {
                  type: "bar",
                  stack: "w",
                  name: t("rating.result.notEarned"),
                  itemStyle: { color: "#e6ece8" },
                  data: rev(issues.map((k) => round(gap(k)))),
                },
              ],
            }}
          />
        </Col>
        <Col xs={24} xl={14}>
          <Table<KeyIssueExplanation>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={issues}
            pagination={false}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <b>{t("rating.result.waterfallTotal")}</b>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right">
                  100%
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2} colSpan={3} />
                <Table.Summary.Cell index={5} align="right">
                  <b className="gf-num">{fixed(x.score)}</b>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
        </Col>
      </Row>
    </Card>
  );
}
