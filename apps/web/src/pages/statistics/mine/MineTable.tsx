import type { TStatMineFigure } from "@greenfin/contracts";
import { Tag, Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { useLang } from "../../../lib/labels";
import { percentText, readableFigure } from "../reports/shared/figureFormat";
import { named, useUnitLabel } from "../reports/shared/labels";
import { useSuppressedText } from "./suppressedText";

const POSITION_COLORS = { "below-p25": "orange", "p25-median": "gold", "median-p75": "green", "above-p75": "cyan" };

/** Every metric: ours, the district's, our share, and the peers' quartiles (or why they are withheld). */
export function MineTable({ figures }: { figures: readonly TStatMineFigure[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const unitLabel = useUnitLabel();
  const fig = (v: string | null, f: TStatMineFigure) => readableFigure(v, f.unit, lang, unitLabel(f.unit));
  const peerText = (f: TStatMineFigure, v: string | undefined) => (f.peers && v ? fig(v, f) : "—");
  const suppressedText = useSuppressedText();
  const position = (f: TStatMineFigure) =>
    f.position ? t(`statistics.mine.positions.${f.position}`) : f.peers ? "—" : suppressedText(f, true);
  const columns: ExportColumn<TStatMineFigure>[] = [
    {
      key: "metric",
      title: t("statistics.mine.metric"),
      fixed: "left",
      width: 220,
      render: (_, f) => (
        <span>
          {named(f, lang)}
          <div style={{ fontSize: 12, color: "#8c8c8c" }}>
            {t(`statistics.article.${f.article}`)} · {f.period}
          </div>
        </span>
      ),
      exportValue: (f) => named(f, lang),
    },
    { key: "period", title: t("statistics.mine.period"), dataIndex: "period", hidden: true },
    {
      key: "own",
      width: 110,
      title: t("statistics.mine.own"),
      align: "right",
      render: (_, f) => fig(f.own, f),
      exportValue: (f) => fig(f.own, f),
    },
    {
      key: "ownYoy",
      width: 110,
      title: t("statistics.mine.ownYoy"),
      align: "right",
      render: (_, f) => percentText(f.ownYoyPercent, true),
      exportValue: (f) => percentText(f.ownYoyPercent, true),
    },
    {
      key: "district",
      width: 110,
      title: t("statistics.mine.district"),
      align: "right",
      render: (_, f) => fig(f.district, f),
      exportValue: (f) => fig(f.district, f),
    },
    {
      key: "districtYoy",
      width: 110,
      title: t("statistics.mine.districtYoy"),
      align: "right",
      render: (_, f) => percentText(f.districtYoyPercent, true),
      exportValue: (f) => percentText(f.districtYoyPercent, true),
    },
    {
      key: "share",
      width: 110,
      title: t("statistics.mine.share"),
      align: "right",
      render: (_, f) =>
        f.sharePercent === null && f.shareReason ? (
          <Tooltip title={f.shareReason}>—</Tooltip>
        ) : (
          percentText(f.sharePercent)
        ),
      exportValue: (f) => percentText(f.sharePercent),
    },
    {
      key: "peers",
      width: 80,
      title: t("statistics.mine.peers"),
      align: "center",
      render: (_, f) => (f.peers ? t("statistics.mine.peerCount", { count: f.peers.count }) : "—"),
      exportValue: (f) => f.peers?.count ?? null,
    },
    {
      key: "p25",
      width: 110,
      title: t("statistics.mine.p25"),
      align: "right",
      render: (_, f) => peerText(f, f.peers?.p25),
      exportValue: (f) => peerText(f, f.peers?.p25),
    },
    {
      key: "median",
      width: 110,
      title: t("statistics.mine.median"),
      align: "right",
      render: (_, f) => peerText(f, f.peers?.median),
      exportValue: (f) => peerText(f, f.peers?.median),
    },
    {
      key: "p75",
      width: 110,
      title: t("statistics.mine.p75"),
      align: "right",
      render: (_, f) => peerText(f, f.peers?.p75),
      exportValue: (f) => peerText(f, f.peers?.p75),
    },
    {
      key: "position",
      title: t("statistics.mine.position"),
      width: 190,
      render: (_, f) =>
        f.position ? (
          <Tag color={POSITION_COLORS[f.position]}>{position(f)}</Tag>
        ) : (
          <span style={{ color: "#ad6800", fontSize: 12 }} data-testid={`suppressed-${f.metric}`}>
            {position(f)}
          </span>
        ),
      exportValue: position,
    },
  ];
  return (
    <ExportableTable<TStatMineFigure>
      exportName="my-statistics"
      rowKey={(f) => `${f.metric}-${f.period}`}
      size="small"
      columns={columns}
      dataSource={[...figures]}
      pagination={false}
      scroll={{ x: 1400 }}
    />
  );
}
