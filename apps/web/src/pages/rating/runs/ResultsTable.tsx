import { ArrowDownOutlined, ArrowUpOutlined, SearchOutlined } from "@ant-design/icons";
import type { TRatingResultRow, TRatingRun } from "@greenfin/contracts";
import { Input, Segmented, Select, Space, Tag, Tooltip } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import type { ResultQuery } from "../../../api/rating";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { LoadError } from "../../../components/LoadError";
import { INDUSTRY_SECTIONS } from "../../../lib/industry";
import { orgName, useLang } from "../../../lib/labels";
import { fixed, signed } from "../shared/format";
import { useRunResults } from "../shared/queries";
import { GradeBadge } from "../shared/widgets";

type ChangeFilter = "all" | "upgrade" | "downgrade";

/** The change against the previous run: an arrow and the signed notches, or "new". */
export function ChangeCell({ change, previous }: { change: number | null; previous: string | null }) {
  const { t } = useTranslation();
  if (change === null) return <Tag>{t("rating.results.newlyRated")}</Tag>;
  if (change === 0) return <span className="gf-sub">{previous} =</span>;
  const up = change > 0;
  return (
    <span className="gf-num" style={{ color: up ? "#2e9d5b" : "#d4553f" }} data-testid="result-change">
      {up ? <ArrowUpOutlined /> : <ArrowDownOutlined />} {signed(change)}
      <span className="gf-sub" style={{ marginLeft: 6 }}>
        {t("rating.changes.from")} {previous}
      </span>
    </span>
  );
}

/** A run's results, a page at a time, filtered by grade, industry section, change and name. */
export function ResultsTable({ run }: { run: TRatingRun }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const grades = run.gradeCounts.map((g) => g.grade);
  const [typed, setTyped] = useState("");
  const [q, setQ] = useState<ResultQuery>({ page: 1, pageSize: 20 });
  const [change, setChange] = useState<ChangeFilter>("all");
  useEffect(() => {
    const id = window.setTimeout(() => setQ((p) => ({ ...p, page: 1, q: typed.trim() || undefined })), 300);
    return () => window.clearTimeout(id);
  }, [typed]);
  const results = useRunResults(run.id, q, run.status === "completed" || run.status === "published");
  if (results.error) return <LoadError error={results.error} onRetry={() => void results.refetch()} />;

  const pillar = (k: "E" | "S" | "G") =>
    ({
      key: `pillar${k}`,
      title: t(`rating.field.pillar${k}`),
      align: "right",
      exportValue: (r: TRatingResultRow) => (r.pillars[k] === null ? null : Number(r.pillars[k])),
      render: (_: unknown, r: TRatingResultRow) => <span className="gf-num">{fixed(r.pillars[k])}</span>,
    }) satisfies ExportColumn<TRatingResultRow>;

  const columns: ExportColumn<TRatingResultRow>[] = [
    {
      key: "entity",
      title: t("rating.field.entity"),
      exportValue: (r) => orgName(r.entity, lang),
      render: (_, r) => (
        <Link to={`/rating/results/${r.id}`} onClick={(e) => e.stopPropagation()} data-testid="result-link">
          {orgName(r.entity, lang)}
        </Link>
      ),
    },
    {
      key: "industry",
      title: t("rating.field.industry"),
      dataIndex: "industryCode",
      render: (c: string, r) => (
        <Tooltip
          title={`${t("rating.field.industryGroup")}: ${lang === "en" ? r.industryGroupName.en : r.industryGroupName.zh}`}
        >
          <span className="gf-mono">{c}</span>
        </Tooltip>
      ),
    },
    {
      key: "score",
      title: t("rating.field.score"),
      align: "right",
      exportValue: (r) => Number(r.score),
      render: (_, r) => <strong className="gf-num">{fixed(r.score)}</strong>,
    },
    {
      key: "computed",
      title: t("rating.field.computedGrade"),
      dataIndex: "computedGrade",
      align: "center",
      render: (g: string) => <GradeBadge grade={g} grades={grades} size="small" />,
    },
    {
      key: "final",
      title: t("rating.field.finalGrade"),
      dataIndex: "finalGrade",
      align: "center",
      render: (g: string, r) => (
        <Space size={4}>
          <GradeBadge grade={g} grades={grades} size="small" testId="result-final-grade" />
          {r.override?.status === "pending" && (
            <Tooltip title={t("rating.results.overridePending", { grade: r.override.toGrade })}>
              <Tag color="processing" style={{ marginInlineEnd: 0 }}>
                → {r.override.toGrade}?
              </Tag>
            </Tooltip>
          )}
          {r.override?.status === "approved" && (
            <Tooltip title={t("rating.results.overrideApproved", { from: r.computedGrade, grade: r.override.toGrade })}>
              <Tag color="success" style={{ marginInlineEnd: 0 }}>
                ✎
              </Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    pillar("E"),
    pillar("S"),
    pillar("G"),
    {
      key: "change",
      title: t("rating.field.change"),
      exportValue: (r) =>
        r.change === null ? t("rating.results.newlyRated") : `${r.previousGrade} ${signed(r.change)}`,
      render: (_, r) => <ChangeCell change={r.change} previous={r.previousGrade} />,
    },
  ];

  return (
    <ExportableTable<TRatingResultRow>
      rowKey="id"
      exportName={`rating-results-${run.periodYear}`}
      columns={columns}
      dataSource={results.data?.items}
      loading={results.isFetching}
      size="middle"
      scroll={{ x: 980 }}
      rowClassName={() => "gf-clickable-row"}
      onRow={(r) => ({ onClick: () => navigate(`/rating/results/${r.id}`) })}
      locale={{ emptyText: t("rating.results.empty") }}
      pagination={{
        current: q.page,
        pageSize: q.pageSize,
        total: results.data?.total ?? 0,
        onChange: (page, pageSize) => setQ((p) => ({ ...p, page, pageSize })),
      }}
      toolbar={
        <Space wrap>
          <Select<string>
            allowClear
            placeholder={t("rating.results.filterGrade")}
            value={q.grade}
            onChange={(v) => setQ((p) => ({ ...p, page: 1, grade: v }))}
            options={grades.map((g) => ({ value: g, label: g }))}
            style={{ width: 130 }}
            data-testid="results-grade"
          />
          <Select<string>
            allowClear
            showSearch={{ optionFilterProp: "label" }}
            placeholder={t("rating.results.filterSection")}
            value={q.industrySection}
            onChange={(v) => setQ((p) => ({ ...p, page: 1, industrySection: v }))}
            options={INDUSTRY_SECTIONS.map((s) => ({
              value: s.code,
              label: `${s.code} ${lang === "en" ? s.en : s.zh}`,
            }))}
            style={{ width: 220 }}
            popupMatchSelectWidth={false}
            data-testid="results-section"
          />
          <Segmented<ChangeFilter>
            value={change}
            onChange={(v) => {
              setChange(v);
              setQ((p) => ({ ...p, page: 1, change: v === "all" ? undefined : v }));
            }}
            options={(["all", "upgrade", "downgrade"] as const).map((c) => ({
              value: c,
              label: t(`rating.results.filterChange.${c}`),
            }))}
            data-testid="results-change"
          />
          <Input
            allowClear
            prefix={<SearchOutlined />}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            placeholder={t("rating.results.search")}
            style={{ width: 220 }}
            data-testid="results-search"
          />
        </Space>
      }
    />
  );
}
