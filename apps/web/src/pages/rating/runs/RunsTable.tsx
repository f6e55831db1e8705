import type { TRatingRun } from "@greenfin/contracts";
import { Badge, Card, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { LoadError } from "../../../components/LoadError";
import { formatDate, formatDateTime } from "../../../lib/dates";
import { orgName, useLang } from "../../../lib/labels";
import { useRatingAccess } from "../shared/access";
import { bi } from "../shared/format";
import { useRuns } from "../shared/queries";
import { GradeMiniBars, HashText, RunStatusTag } from "../shared/widgets";

/** The runs the actor works with: its agency's (the district: every agency's), newest first. */
export function RunsTable() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const a = useRatingAccess();
  const runs = useRuns();
  if (runs.error) return <LoadError error={runs.error} onRetry={() => void runs.refetch()} />;

  const columns: ExportColumn<TRatingRun>[] = [
    {
      key: "methodology",
      title: t("rating.field.methodology"),
      width: 240,
      exportValue: (r) => `${bi(r.methodologyName, lang)} (${r.methodology})`,
      render: (_, r) => (
        <div>
          <Link to={`/rating/runs/${r.id}`} onClick={(e) => e.stopPropagation()} data-testid="run-open">
            {bi(r.methodologyName, lang)}
          </Link>
          <div className="gf-sub gf-mono">{r.methodology}</div>
        </div>
      ),
    },
    {
      key: "period",
      title: t("rating.field.period"),
      dataIndex: "periodYear",
      sorter: (x, y) => x.periodYear - y.periodYear,
      render: (y: number) => <span className="gf-num">{t("rating.field.periodYear", { year: y })}</span>,
    },
    {
      key: "asOf",
      title: t("rating.field.asOf"),
      dataIndex: "asOf",
      render: (d: string) => <span className="gf-num">{formatDate(d, lang)}</span>,
    },
    {
      key: "status",
      title: t("rating.field.status"),
      exportValue: (r) => t(`rating.runStatus.${r.status}`),
      render: (_, r) => <RunStatusTag status={r.status} />,
    },
    ...(a.district
      ? [
          {
            key: "org",
            title: t("rating.field.org"),
            width: 130,
            ellipsis: true,
            exportValue: (r: TRatingRun) => orgName(r.org, lang),
            render: (_: unknown, r: TRatingRun) => orgName(r.org, lang),
          } satisfies ExportColumn<TRatingRun>,
        ]
      : []),
    {
      key: "entityCount",
      title: t("rating.field.entityCount"),
      dataIndex: "entityCount",
      align: "right",
      render: (n: number) => <span className="gf-num">{n.toLocaleString()}</span>,
    },
    {
      key: "distribution",
      title: t("rating.field.distribution"),
      exportValue: (r) => r.gradeCounts.map((g) => `${g.grade}:${g.count}`).join(" "),
      render: (_, r) => <GradeMiniBars counts={r.gradeCounts} />,
    },
    {
      key: "pending",
      title: t("rating.field.pendingOverrides"),
      dataIndex: "pendingOverrides",
      align: "center",
      render: (n: number, r) =>
        n > 0 ? (
          <Badge count={n} color="#1d7fb8" data-testid="run-pending-overrides" />
        ) : (
          <Typography.Text type="secondary">
            {r.approvedOverrides > 0 ? `✓ ${r.approvedOverrides}` : "—"}
          </Typography.Text>
        ),
    },
    {
      key: "hashes",
      title: t("rating.field.hashes"),
      exportTitle: t("rating.hash.result"),
      exportValue: (r) => r.resultHash,
      render: (_, r) => (
        <div className="gf-hashes gf-hashes-compact">
          <span className="gf-sub">{t("rating.hash.short.methodology")}</span>
          <HashText hash={r.methodologyHash} />
          <span className="gf-sub">{t("rating.hash.short.inputs")}</span>
          <HashText hash={r.inputsHash} />
          <span className="gf-sub">{t("rating.hash.short.result")}</span>
          <HashText hash={r.resultHash} />
        </div>
      ),
    },
    {
      key: "createdAt",
      title: t("rating.field.createdAt"),
      exportValue: (r) => new Date(r.createdAt),
      render: (_, r) => (
        <div>
          <div className="gf-num">{formatDateTime(r.createdAt, lang)}</div>
          <div className="gf-sub">{r.createdBy ?? ""}</div>
        </div>
      ),
    },
  ];

  return (
    <Card variant="borderless" title={t("rating.nav.runs")}>
      <ExportableTable<TRatingRun>
        rowKey="id"
        exportName="rating-runs"
        columns={columns}
        dataSource={runs.data}
        loading={runs.isPending}
        size="middle"
        scroll={{ x: 1180 }}
        className="gf-rating-table"
        pagination={{ pageSize: 10 }}
        rowClassName={() => "gf-clickable-row"}
        onRow={(r) => ({ onClick: () => navigate(`/rating/runs/${r.id}`), "data-testid": `run-row-${r.id}` })}
        locale={{ emptyText: t("rating.runs.empty") }}
        toolbar={<Space />}
      />
    </Card>
  );
}
