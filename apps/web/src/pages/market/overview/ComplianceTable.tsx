import type { TServiceLevelCompliance } from "@greenfin/contracts";
import { Tag, Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useCompliance, useMarketOverview } from "../../../api/marketCatalogue";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { LoadError } from "../../../components/LoadError";
import { useLang } from "../../../lib/labels";
import { nameIn } from "../shared/names";

type Row = TServiceLevelCompliance["institutions"][number];
type Stage = "respond" | "visit" | "decide";

/** Below this on-time rate a stage is poor compliance, shown in red. */
const POOR = 0.8;

/** Poor: a stage's on-time rate below the bar (claims overdue now have their own red column). */
const isPoor = (r: Row) => (["respond", "visit", "decide"] as const).some((s) => (r.stages[s].onTimeRate ?? 1) < POOR);

/** Each institution's service levels: on-time rate per stage, overdue now, median response hours; poor ones in red. */
export function ComplianceTable() {
  const { t } = useTranslation();
  const lang = useLang();
  const q = useCompliance();
  // The compliance read model names institutions in Chinese only; the overview has their English names.
  const overview = useMarketOverview();
  const enNames = new Map((overview.data?.institutions ?? []).map((i) => [i.institutionId, i.institutionNameEn]));
  const name = (r: Row) => nameIn(r.institutionName, enNames.get(r.institutionId), lang);
  if (q.error) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  const stage = (s: Stage): ExportColumn<Row> => ({
    key: s,
    title: t(`marketDesk.overview.${s}`),
    align: "right",
    exportValue: (r) => (r.stages[s].onTimeRate === null ? null : Math.round(r.stages[s].onTimeRate * 1000) / 10),
    sorter: (a, b) => (a.stages[s].onTimeRate ?? 2) - (b.stages[s].onTimeRate ?? 2),
    render: (_, r) => {
      const c = r.stages[s];
      const rate = c.onTimeRate;
      return (
        <Tooltip title={t("marketDesk.overview.stageDetail", c)}>
          <span
            className="gf-green-num"
            style={{
              color: rate !== null && rate < POOR ? "#cf1322" : undefined,
              fontWeight: rate !== null && rate < POOR ? 600 : undefined,
            }}
          >
            {rate === null ? "—" : `${(rate * 100).toFixed(1)}%`}
          </span>
        </Tooltip>
      );
    },
  });
  const columns: ExportColumn<Row>[] = [
    {
      key: "name",
      title: t("marketDesk.overview.institution"),
      exportValue: name,
      render: (_, r) => (
        <>
          {name(r)} {isPoor(r) && <Tag color="error">{t("marketDesk.overview.poor")}</Tag>}
        </>
      ),
    },
    {
      key: "claims",
      title: t("marketDesk.overview.claims"),
      dataIndex: "claims",
      align: "right",
    },
    stage("respond"),
    stage("visit"),
    stage("decide"),
    {
      key: "overdue",
      title: t("marketDesk.overview.overdue"),
      dataIndex: "overdueCount",
      align: "right",
      sorter: (a, b) => a.overdueCount - b.overdueCount,
      render: (v: number) => <b style={{ color: v > 0 ? "#cf1322" : undefined }}>{v}</b>,
    },
    {
      key: "median",
      title: t("marketDesk.overview.medianHours"),
      align: "right",
      exportValue: (r) => r.medianResponseWorkingHours,
      render: (_, r) => (
        <span className="gf-green-num">
          {r.medianResponseWorkingHours === null ? "—" : r.medianResponseWorkingHours.toFixed(1)}
        </span>
      ),
    },
  ];
  const c = q.data?.config.limits;
  return (
    <div data-testid="overview-compliance">
      {c && q.data && (
        <Typography.Paragraph type="secondary">
          {t("marketDesk.overview.complianceSubtitle", { ...c, calendar: q.data.calendar })}
        </Typography.Paragraph>
      )}
      <ExportableTable<Row>
        exportName="service-level-compliance"
        size="small"
        rowKey="institutionId"
        loading={q.isFetching && !q.data}
        dataSource={q.data?.institutions ?? []}
        columns={columns}
        pagination={false}
        rowClassName={(r) => (isPoor(r) ? "gf-desk-poor" : "")}
      />
    </div>
  );
}
