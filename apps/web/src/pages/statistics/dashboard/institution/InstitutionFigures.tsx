import type { TStatOrgFigure } from "@greenfin/contracts";
import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import { ExportableTable, type ExportColumn } from "../../../../components/ExportableTable";
import { useLang } from "../../../../lib/labels";
import { ARTICLE_STYLE } from "../HeadlineCards";
import { formatStat, Growth, metricName } from "../statFormat";

const num = (v: string | null) => (v === null ? null : Number(v));

/** The institution's every reported metric: period, year to date, YoY, and its share of the zone's total. */
export function InstitutionFigures({ figures }: { figures: TStatOrgFigure[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const unitRaw = (r: TStatOrgFigure) => t(`statDash.unitRaw.${r.unit}`);
  const columns: ExportColumn<TStatOrgFigure>[] = [
    {
      key: "article",
      title: t("statDash.indicators.article"),
      width: 110,
      exportValue: (r) => t(`statDash.article.${r.article}`),
      render: (_, r) => <Tag color={ARTICLE_STYLE[r.article].color}>{t(`statDash.article.${r.article}`)}</Tag>,
    },
    {
      key: "metric",
      title: t("statDash.institution.metric"),
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
      title: t("statDash.institution.value"),
      align: "right",
      exportValue: (r) => num(r.value),
      render: (_, r) => <span className="gf-green-num gf-stat-num">{formatStat(r.value, r.unit, lang)}</span>,
    },
    {
      key: "ytd",
      title: t("statDash.institution.ytd"),
      align: "right",
      exportValue: (r) => num(r.ytdValue),
      render: (_, r) => <span className="gf-green-num gf-stat-num">{formatStat(r.ytdValue, r.unit, lang)}</span>,
    },
    {
      key: "yoy",
      title: t("statDash.institution.yoy"),
      exportTitle: `${t("statDash.institution.yoy")} (%)`,
      align: "right",
      exportValue: (r) => num(r.yoy.growthPercent),
      render: (_, r) => <Growth percent={r.yoy.growthPercent} title={r.yoy.reason ?? undefined} />,
    },
    {
      key: "share",
      title: t("statDash.institution.districtShare"),
      exportTitle: `${t("statDash.institution.districtShare")} (%)`,
      align: "right",
      exportValue: (r) => num(r.sharePercent),
      render: (_, r) => (r.sharePercent === null ? "—" : `${r.sharePercent}%`),
    },
  ];
  return (
    <ExportableTable<TStatOrgFigure>
      exportName="stat-institution-figures"
      size="small"
      rowKey="metric"
      dataSource={figures}
      columns={columns}
      pagination={false}
      scroll={{ x: 900 }}
      data-testid="stat-institution-figures"
    />
  );
}
