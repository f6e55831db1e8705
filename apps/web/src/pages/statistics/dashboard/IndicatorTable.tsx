import type { TStatHeadline } from "@greenfin/contracts";
import { Tag, Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { useLang } from "../../../lib/labels";
import { ARTICLE_STYLE } from "./HeadlineCards";
import { formatStat, Growth, metricName } from "./statFormat";

const num = (v: string | null) => (v === null ? null : Number(v));

/** Every reported metric of the period: value, year to date, YoY as reported and like-for-like; a row drills down. */
export function IndicatorTable({
  headline,
  onDrill,
}: {
  headline: TStatHeadline[];
  onDrill: (metric: string, period: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const unitRaw = (r: TStatHeadline) => t(`statDash.unitRaw.${r.unit}`);
  const columns: ExportColumn<TStatHeadline>[] = [
    {
      key: "article",
      title: t("statDash.indicators.article"),
      width: 110,
      exportValue: (r) => t(`statDash.article.${r.article}`),
      render: (_, r) => <Tag color={ARTICLE_STYLE[r.article].color}>{t(`statDash.article.${r.article}`)}</Tag>,
    },
    {
      key: "metric",
      title: t("statDash.indicators.metric"),
      exportValue: (r) => metricName(r, lang),
      render: (_, r) => metricName(r, lang),
    },
    { key: "period", title: t("statDash.period"), dataIndex: "period", width: 90 },
    {
      key: "unit",
      title: t("statDash.indicators.unit"),
      exportValue: unitRaw,
      render: (_, r) => unitRaw(r),
      width: 70,
    },
    {
      key: "value",
      title: t("statDash.indicators.value"),
      align: "right",
      exportValue: (r) => num(r.value),
      render: (_, r) => <span className="gf-green-num gf-stat-num">{formatStat(r.value, r.unit, lang)}</span>,
    },
    {
      key: "ytd",
      title: t("statDash.ytd"),
      align: "right",
      exportValue: (r) => num(r.ytdValue),
      render: (_, r) => <span className="gf-green-num gf-stat-num">{formatStat(r.ytdValue, r.unit, lang)}</span>,
    },
    {
      key: "yoy",
      title: t("statDash.yoyReported"),
      exportTitle: `${t("statDash.yoyReported")} (%)`,
      align: "right",
      exportValue: (r) => num(r.yoyReported.growthPercent),
      render: (_, r) => <Growth percent={r.yoyReported.growthPercent} title={r.yoyReported.reason ?? undefined} />,
    },
    {
      key: "lfl",
      title: (
        <Tooltip title={t("statDash.lflHint")}>
          <span>{t("statDash.yoyLfl")}</span>
        </Tooltip>
      ),
      exportTitle: `${t("statDash.yoyLfl")} (%)`,
      align: "right",
      exportValue: (r) => num(r.yoyLikeForLike.growthPercent),
      render: (_, r) => (
        <Growth percent={r.yoyLikeForLike.growthPercent} title={r.yoyLikeForLike.reason ?? undefined} />
      ),
    },
    {
      key: "ytdYoy",
      title: t("statDash.indicators.ytdYoy"),
      exportTitle: `${t("statDash.indicators.ytdYoy")} (%)`,
      align: "right",
      exportValue: (r) => num(r.ytdYoyReported.growthPercent),
      render: (_, r) => (
        <Growth percent={r.ytdYoyReported.growthPercent} title={r.ytdYoyReported.reason ?? undefined} />
      ),
    },
    { key: "institutions", title: t("statDash.indicators.institutions"), dataIndex: "institutions", align: "right" },
  ];
  return (
    <ExportableTable<TStatHeadline>
      exportName="stat-indicators"
      size="small"
      rowKey="metric"
      dataSource={headline}
      columns={columns}
      pagination={false}
      scroll={{ x: 1000 }}
      onRow={(r) => ({ onClick: () => onDrill(r.metric, r.period), style: { cursor: "pointer" } })}
      data-testid="stat-indicators"
    />
  );
}
