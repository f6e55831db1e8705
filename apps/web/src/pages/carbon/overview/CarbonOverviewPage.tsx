import { PlayCircleOutlined } from "@ant-design/icons";
import type { TCarbonAccountListRow, TJob } from "@greenfin/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Col, Empty, Row, Select, Skeleton, Space, Statistic } from "antd";
import { lazy, Suspense, useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate } from "react-router-dom";
import { carbonApi, carbonKeys, useCarbonList } from "../../../api/carbon";
import { useSession } from "../../../app/auth";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { JobProgress } from "../../../components/JobProgress";
import { LoadError } from "../../../components/LoadError";
import { PageHeader } from "../../../components/PageHeader";
import { useShowError } from "../../../lib/errors";
import { sectionOf } from "../../../lib/industry";
import { orgName, useLang } from "../../../lib/labels";
import { fmtFixed } from "../shared/format";
import { GradeTag } from "../shared/GradeTag";
import { useYearParam, YearSelect } from "../shared/YearSelect";
import "../shared/carbon.css";

const GradeDistribution = lazy(() => import("./GradeDistribution"));

const num = (s: string | null) => (s === null ? Number.NEGATIVE_INFINITY : Number(s));

/** /carbon — the zone's carbon accounts for a year (the district), or those granted to a bank; an enterprise its own. */
export default function CarbonOverviewPage() {
  const session = useSession();
  if (session.activeOrg.kind === "enterprise")
    return <Navigate to={`/carbon/accounts/${session.activeOrg.id}`} replace />;
  return <Overview />;
}

function Overview() {
  const { t } = useTranslation();
  const lang = useLang();
  const session = useSession();
  const { modal, message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const [year, setYear] = useYearParam();
  const q = useCarbonList(year);
  const [job, setJob] = useState<TJob | null>(null);
  const [industry, setIndustry] = useState<string | undefined>();
  const [grade, setGrade] = useState<number | "none" | undefined>();
  const district = session.activeOrg.kind === "district";
  const canRun = district && session.role !== "viewer";

  const rows = useMemo(
    () =>
      (q.data ?? []).filter(
        (r) =>
          (!industry || sectionOf(r.industryCode)?.code === industry) &&
          (grade === undefined || (grade === "none" ? r.grade === null : r.grade === grade)),
      ),
    [q.data, industry, grade],
  );
  const sections = useMemo(() => {
    const codes = new Set((q.data ?? []).map((r) => sectionOf(r.industryCode)?.code).filter(Boolean));
    return [...codes].sort().map((c) => {
      const s = sectionOf(c);
      return { value: c as string, label: `${c} ${s ? (lang === "en" ? s.en : s.zh) : ""}` };
    });
  }, [q.data, lang]);
  const total = (q.data ?? []).reduce((s, r) => s + Number(r.total), 0);

  const run = () =>
    modal.confirm({
      title: t("carbon.actions.run"),
      content: t("carbon.actions.runConfirm", { year }),
      okButtonProps: { "data-testid": "carbon-run-confirm" } as never,
      onOk: async () => {
        try {
          setJob(await carbonApi.run(year));
        } catch (e) {
          showError(e);
        }
      },
    });
  const onDone = useCallback(
    (j: TJob) => {
      if (j.status === "succeeded") void message.success(t("carbon.actions.runDone"));
      void qc.invalidateQueries({ queryKey: carbonKeys.all });
    },
    [message, qc, t],
  );

  const columns: ExportColumn<TCarbonAccountListRow>[] = [
    {
      key: "name",
      title: t("carbon.col.enterprise"),
      exportValue: (r) => orgName(r, lang),
      sorter: (a, b) => orgName(a, lang).localeCompare(orgName(b, lang)),
      render: (_, r) => (
        <Link to={`/carbon/accounts/${r.orgId}?year=${year}`} data-testid="carbon-account-link">
          {orgName(r, lang)}
        </Link>
      ),
    },
    {
      key: "industry",
      title: t("carbon.col.industry"),
      exportValue: (r) => r.industryCode,
      render: (_, r) => {
        const s = sectionOf(r.industryCode);
        return <span title={s ? (lang === "en" ? s.en : s.zh) : undefined}>{r.industryCode ?? "—"}</span>;
      },
    },
    { key: "version", title: t("carbon.col.version"), dataIndex: "version", align: "right" },
    ...(
      [
        ["scope1", "scope1", "t"],
        ["scope2Location", "scope2Location", "t"],
        ["scope2Market", "scope2Market", "t"],
        ["total", "total", "t"],
        ["valueAdded", "valueAddedWan", "wan"],
      ] as const
    ).map(
      ([title, field, unit]): ExportColumn<TCarbonAccountListRow> => ({
        key: field,
        title: <ColumnTitle name={t(`carbon.colName.${title}`)} unit={t(`carbon.unit.${unit}`)} />,
        exportTitle: t(`carbon.col.${title}`),
        align: "right",
        exportValue: (r) => (r[field] === null ? null : Number(r[field])),
        sorter: (a, b) => num(a[field]) - num(b[field]),
        defaultSortOrder: field === "total" ? "descend" : undefined,
        render: (_, r) => <span className="gf-num">{fmtFixed(r[field])}</span>,
      }),
    ),
    {
      key: "intensity",
      title: <ColumnTitle name={t("carbon.colName.intensity")} unit={t("carbon.unit.perWan")} />,
      exportTitle: t("carbon.col.intensity"),
      align: "right",
      exportValue: (r) => (r.intensityPerValueAdded === null ? null : Number(r.intensityPerValueAdded)),
      sorter: (a, b) => num(a.intensityPerValueAdded) - num(b.intensityPerValueAdded),
      render: (_, r) => <span className="gf-num">{fmtFixed(r.intensityPerValueAdded, 4)}</span>,
    },
    {
      key: "grade",
      title: t("carbon.col.grade"),
      exportValue: (r) => r.grade,
      sorter: (a, b) => (a.grade ?? 9) - (b.grade ?? 9),
      render: (_, r) => <GradeTag grade={r.grade} colour={r.colour} />,
    },
  ];

  return (
    <div data-testid="page-carbon-overview">
      <PageHeader
        title={t("carbon.overviewTitle")}
        subtitle={district ? t("carbon.subtitleDistrict") : t("carbon.subtitleGranted")}
        extra={
          <Space wrap>
            <YearSelect value={year} onChange={setYear} />
            {canRun && (
              <Button
                type="primary"
                icon={<PlayCircleOutlined />}
                onClick={run}
                disabled={job !== null && job.status !== "succeeded" && job.status !== "failed"}
                data-testid="carbon-run"
              >
                {t("carbon.actions.run")}
              </Button>
            )}
          </Space>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        {job && (
          <Card variant="borderless">
            <JobProgress key={job.id} jobId={job.id} onDone={onDone} />
          </Card>
        )}
        {q.error ? (
          <Card variant="borderless">
            <LoadError error={q.error} onRetry={() => void q.refetch()} />
          </Card>
        ) : (
          <>
            <Row gutter={[16, 16]}>
              <Col xs={24} md={8} xl={6}>
                <Card variant="borderless" style={{ height: "100%" }}>
                  <Statistic title={t("carbon.enterprises")} value={q.data?.length ?? 0} loading={q.isPending} />
                  <Statistic
                    style={{ marginTop: 16 }}
                    title={t("carbon.kpi.total")}
                    value={fmtFixed(total, 2)}
                    suffix={t("carbon.unit.t")}
                    loading={q.isPending}
                    valueStyle={{ fontSize: 22 }}
                  />
                </Card>
              </Col>
              <Col xs={24} md={16} xl={18}>
                <Card variant="borderless" title={t("carbon.chart.distribution")}>
                  {q.isPending ? (
                    <Skeleton active />
                  ) : (q.data ?? []).length === 0 ? (
                    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("carbon.noAccounts")} />
                  ) : (
                    <Suspense fallback={<Skeleton active />}>
                      <GradeDistribution rows={q.data ?? []} />
                    </Suspense>
                  )}
                </Card>
              </Col>
            </Row>
            <Card variant="borderless">
              <ExportableTable<TCarbonAccountListRow>
                className="gf-carbon-accounts"
                rowKey="orgId"
                size="middle"
                loading={q.isPending}
                exportName={`carbon-accounts-${year}`}
                columns={columns}
                dataSource={rows}
                data-testid="carbon-accounts-table"
                locale={{
                  emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("carbon.noAccounts")} />,
                }}
                toolbar={
                  <Space wrap>
                    <Select
                      allowClear
                      placeholder={t("carbon.filter.industry")}
                      style={{ minWidth: 200 }}
                      value={industry}
                      onChange={setIndustry}
                      options={sections}
                      data-testid="carbon-filter-industry"
                    />
                    <Select<number | "none">
                      allowClear
                      placeholder={t("carbon.filter.grade")}
                      style={{ minWidth: 150 }}
                      value={grade}
                      onChange={setGrade}
                      options={[
                        ...[1, 2, 3, 4, 5].map((g) => ({ value: g, label: t("carbon.grade", { grade: g }) })),
                        { value: "none" as const, label: t("carbon.ungraded") },
                      ]}
                      data-testid="carbon-filter-grade"
                    />
                  </Space>
                }
              />
            </Card>
          </>
        )}
      </Space>
    </div>
  );
}

/** A figure column's header: its name over its unit, so neither wraps mid-word. */
function ColumnTitle({ name, unit }: { name: string; unit: string }) {
  return (
    <div>
      <div>{name}</div>
      <div className="gf-sub">{unit}</div>
    </div>
  );
}
