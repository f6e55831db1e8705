import type { TTargetWithProgress } from "@greenfin/contracts";
import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { useLang } from "../../../lib/labels";
import { readableFigure } from "../reports/shared/figureFormat";
import { named, useUnitLabel } from "../reports/shared/labels";

/** Every target in one exportable table: baseline, target, latest value, progress and projection. */
export function TargetsTable({ targets }: { targets: readonly TTargetWithProgress[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const unitLabel = useUnitLabel();
  const fig = (x: TTargetWithProgress, v: string | null | undefined) =>
    readableFigure(v, x.unit, lang, unitLabel(x.unit));
  const track = (x: TTargetWithProgress) =>
    x.achieved
      ? t("statistics.targets.achieved")
      : x.projection
        ? x.projection.onTrack
          ? t("statistics.targets.onTrack")
          : t("statistics.targets.offTrack")
        : "—";
  const columns: ExportColumn<TTargetWithProgress>[] = [
    {
      key: "name",
      title: t("statistics.targets.name"),
      render: (_, x) => named(x, lang),
      exportValue: (x) => named(x, lang),
      exportTitle: lang === "en" ? "Target" : "目标",
    },
    {
      key: "metric",
      title: t("statistics.targets.form.metric"),
      dataIndex: "metric",
      render: (v: string) => <span className="gf-mono">{v}</span>,
    },
    {
      key: "baseline",
      title: t("statistics.targets.baseline"),
      render: (_, x) => `${x.baselineYear}: ${fig(x, x.baselineValue)}`,
      exportValue: (x) => `${x.baselineYear}: ${fig(x, x.baselineValue)}`,
    },
    {
      key: "target",
      title: t("statistics.targets.target"),
      render: (_, x) => `${x.targetYear}: ${fig(x, x.targetValue)}`,
      exportValue: (x) => `${x.targetYear}: ${fig(x, x.targetValue)}`,
    },
    {
      key: "latest",
      title: t("statistics.targets.latest"),
      render: (_, x) => (x.latest ? `${x.latest.year}: ${fig(x, x.latest.value)}` : "—"),
      exportValue: (x) => (x.latest ? `${x.latest.year}: ${fig(x, x.latest.value)}` : null),
    },
    {
      key: "progress",
      title: t("statistics.targets.progress"),
      align: "right",
      render: (_, x) => (x.progressPercent === null ? "—" : `${x.progressPercent} %`),
      exportValue: (x) => x.progressPercent,
    },
    {
      key: "projected",
      title: t("statistics.targets.projected"),
      render: (_, x) => (x.projection ? `${x.projection.targetYear}: ${fig(x, x.projection.projected)}` : "—"),
      exportValue: (x) => (x.projection ? `${x.projection.targetYear}: ${fig(x, x.projection.projected)}` : null),
    },
    {
      key: "track",
      title: t("common.status"),
      render: (_, x) => (
        <Tag color={x.achieved || x.projection?.onTrack ? "green" : x.projection ? "red" : "default"}>{track(x)}</Tag>
      ),
      exportValue: track,
    },
    {
      key: "dataSource",
      title: t("statistics.form.source"),
      render: (_, x) => t(`statistics.targets.dataSource.${x.dataSource}`),
      exportValue: (x) => t(`statistics.targets.dataSource.${x.dataSource}`),
    },
  ];
  return (
    <ExportableTable<TTargetWithProgress>
      exportName="statistics-targets"
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={[...targets]}
      pagination={false}
    />
  );
}
