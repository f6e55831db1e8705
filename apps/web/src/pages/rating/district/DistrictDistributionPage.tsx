import type { TRatingDistribution } from "@greenfin/contracts";
import { Card, Col, Empty, Row, Segmented, Select, Skeleton, Space, Statistic, Table } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { LoadError } from "../../../components/LoadError";
import { PageHeader } from "../../../components/PageHeader";
import { formatDate } from "../../../lib/dates";
import { orgName, useLang } from "../../../lib/labels";
import { GradeDistributionChart } from "../runs/GradeDistributionChart";
import { bi, fixed, goodShare } from "../shared/format";
import { useDistribution, useMethodologies, useRuns } from "../shared/queries";
import { DistributionChart, type DistributionView } from "./DistributionChart";
import "../shared/rating.css";

type Section = TRatingDistribution["bySection"][number];

/** /rating/district — the zone's final grades by GB/T 4754 section in a published run, for the district. */
export default function DistrictDistributionPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const methodologies = useMethodologies();
  const runs = useRuns();
  const [methodology, setMethodology] = useState<string>("enterprise-esg@2026.1");
  const [runId, setRunId] = useState<string | undefined>();
  const [view, setView] = useState<DistributionView>("heatmap");
  const q = useDistribution(methodology, runId);
  const published = useMemo(
    () => (runs.data ?? []).filter((r) => r.methodology === methodology && r.status === "published"),
    [runs.data, methodology],
  );
  const d = q.data;
  const totalCount = d?.total.reduce((s, c) => s + c.count, 0) ?? 0;

  const columns: ExportColumn<Section>[] = [
    {
      key: "section",
      title: t("rating.district.section"),
      exportValue: (s) => `${s.section} ${lang === "en" ? s.nameEn : s.nameZh}`,
      render: (_, s) => (
        <span>
          <b>{s.section}</b> {lang === "en" ? s.nameEn : s.nameZh}
        </span>
      ),
    },
    ...(d?.grades ?? []).map(
      (g) =>
        ({
          key: `g-${g}`,
          title: g,
          align: "right",
          exportValue: (s: Section) => s.counts.find((c) => c.grade === g)?.count ?? 0,
          render: (_: unknown, s: Section) => {
            const n = s.counts.find((c) => c.grade === g)?.count ?? 0;
            return n ? <span className="gf-num">{n}</span> : <span className="gf-sub">·</span>;
          },
        }) satisfies ExportColumn<Section>,
    ),
    {
      key: "total",
      title: t("rating.district.total"),
      align: "right",
      dataIndex: "total",
      sorter: (a, b) => a.total - b.total,
      render: (n: number) => <b className="gf-num">{n}</b>,
    },
    {
      key: "mean",
      title: t("rating.district.meanScore"),
      align: "right",
      exportValue: (s) => Number(s.meanScore),
      sorter: (a, b) => Number(a.meanScore) - Number(b.meanScore),
      render: (_, s) => <span className="gf-num">{fixed(s.meanScore)}</span>,
    },
  ];

  return (
    <div data-testid="page-rating-district">
      <PageHeader
        title={t("rating.district.title")}
        subtitle={t("rating.district.subtitle")}
        extra={
          <Space wrap>
            <Select<string>
              value={methodology}
              onChange={(v) => {
                setMethodology(v);
                setRunId(undefined);
              }}
              style={{ width: 260 }}
              options={(methodologies.data ?? []).map((m) => ({ value: m.ref, label: bi(m.name, lang) }))}
              data-testid="district-methodology"
            />
            <Select<string>
              allowClear
              value={runId}
              onChange={setRunId}
              placeholder={t("rating.district.latest")}
              style={{ width: 220 }}
              options={published.map((r) => ({
                value: r.id,
                label: `${t("rating.field.periodYear", { year: r.periodYear })} · ${orgName(r.org, lang)}`,
              }))}
              popupMatchSelectWidth={false}
              data-testid="district-run"
            />
          </Space>
        }
      />
      {q.error ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : !d ? (
        <Skeleton active paragraph={{ rows: 12 }} />
      ) : !d.run ? (
        <Card variant="borderless">
          <Empty description={t("rating.district.noRun")} />
        </Card>
      ) : (
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={8}>
              <Card variant="borderless" style={{ height: "100%" }}>
                <Space orientation="vertical" size={12} style={{ width: "100%" }}>
                  <div>
                    <div className="gf-sub">{t("rating.district.run")}</div>
                    <Link to={`/rating/runs/${d.run.id}`}>
                      {bi(d.run.methodologyName, lang)} · {t("rating.field.periodYear", { year: d.run.periodYear })}
                    </Link>
                    <div className="gf-sub">
                      {orgName(d.run.org, lang)} · {t("rating.field.asOf")} {formatDate(d.run.asOf, lang)}
                    </div>
                  </div>
                  <Row gutter={16}>
                    <Col span={12}>
                      <Statistic title={t("rating.district.rated")} value={totalCount} />
                    </Col>
                    <Col span={12}>
                      <Statistic
                        title={t("rating.district.share", { grades: "BBB+" })}
                        value={goodShare(d.total, d.grades)}
                        suffix="%"
                      />
                    </Col>
                  </Row>
                  <GradeDistributionChart counts={d.total} height={220} testId="rating-district-total" />
                </Space>
              </Card>
            </Col>
            <Col xs={24} xl={16}>
              <Card
                variant="borderless"
                title={t("rating.district.section")}
                extra={
                  <Segmented<DistributionView>
                    value={view}
                    onChange={setView}
                    options={(["heatmap", "stacked"] as const).map((v) => ({
                      value: v,
                      label: t(`rating.district.view.${v}`),
                    }))}
                    data-testid="district-view"
                  />
                }
              >
                <DistributionChart data={d} view={view} lang={lang} />
              </Card>
            </Col>
          </Row>
          <Card variant="borderless">
            <ExportableTable<Section>
              rowKey="section"
              exportName={`rating-distribution-${d.run.periodYear}`}
              columns={columns}
              dataSource={d.bySection}
              size="small"
              pagination={false}
              scroll={{ x: 900 }}
              summary={() => <TotalRow d={d} total={totalCount} />}
            />
          </Card>
        </Space>
      )}
    </div>
  );
}

/** The zone's totals under the sections, one cell per grade. */
function TotalRow({ d, total }: { d: TRatingDistribution; total: number }) {
  const { t } = useTranslation();
  return (
    <Table.Summary.Row>
      <Table.Summary.Cell index={0}>
        <b>{t("rating.district.total")}</b>
      </Table.Summary.Cell>
      {d.total.map((c, i) => (
        <Table.Summary.Cell key={c.grade} index={i + 1} align="right">
          <b className="gf-num">{c.count}</b>
        </Table.Summary.Cell>
      ))}
      <Table.Summary.Cell index={d.total.length + 1} align="right">
        <b className="gf-num">{total}</b>
      </Table.Summary.Cell>
      <Table.Summary.Cell index={d.total.length + 2} />
    </Table.Summary.Row>
  );
}
