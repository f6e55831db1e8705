/**
 * The briefing's numbered sections after the cover: the headline table, the green-loan balance trend, the balance by
 * institution, the targets with progress, the other modules' panels and the notes on method and sources.
 */

import { type Paragraph, paragraphs, tableSection, titleSection } from "../../carbon/report/carbon-pdf-kit";
import { formatDecimal } from "../../carbon/report/carbon-report-format";
import { COLOUR, type Pager } from "../../reports/pdf/pdf-layout";
import { CELL, HEADER, NOTE } from "../../reports/pdf/pdf-styles";
import type { TableCell } from "../../reports/pdf/pdf-table";
import { drawBarChart, drawLineChart } from "./briefing-charts";
import { briefFigure, pct, toNumber, unitLabel } from "./briefing-format";
import { BRIEFING_METRIC, type BriefingModel } from "./briefing-model";

const BODY = { size: 9, color: COLOUR.text };
const t = (text: string, style = CELL): TableCell => ({ blocks: [{ text, style }] });
const n = (text: string): TableCell => ({ blocks: [{ text, style: CELL, align: "right" }] });
const head = (labels: readonly string[], right: readonly number[] = []): TableCell[] =>
  labels.map((text, i) => ({ blocks: [{ text, style: HEADER, align: right.includes(i) ? "right" : undefined }] }));
const DATA_SOURCE: Record<BriefingModel["targets"]["targets"][number]["dataSource"], string> = {
  reported: "报表 reported",
  platform: "平台 platform",
  entered: "录入 entered",
  none: "暂无 none",
};
const para = (text: string, style = BODY): Paragraph => ({ text, style });

export function drawHeadline(pager: Pager, title: string, m: BriefingModel): number {
  const rows = m.dashboard.headline.map((h) => [
    t(`${h.nameZh}\n${h.nameEn}`),
    t(unitLabel(h.unit)),
    n(briefFigure(h.value, h.unit)),
    n(briefFigure(h.ytdValue, h.unit)),
    n(pct(h.yoyReported.growthPercent)),
    n(pct(h.yoyLikeForLike.growthPercent)),
    n(String(h.institutions)),
  ]);
  if (!rows.length)
    rows.push([t("本期尚无已审核数据 (no accepted figures for the period)"), t(""), t(""), t(""), t(""), t(""), t("")]);
  return tableSection(
    pager,
    "zh",
    title,
    [150, 62, 62, 62, 56, 56],
    head(
      ["指标 Metric", "单位 Unit", "本期 Period", "本年累计 YTD", "同比 YoY", "可比同比 LfL", "机构 Inst."],
      [2, 3, 4, 5, 6],
    ),
    rows,
    (pg) =>
      paragraphs(pg, [
        {
          text: "同比：按报送口径；可比同比：仅计两期均报送的机构。Year on year as reported; like-for-like counts only institutions reporting in both periods.",
          style: NOTE,
        },
      ]),
  );
}

export function drawTrend(pager: Pager, title: string, m: BriefingModel): number {
  const start = titleSection(pager, title, 200);
  const series = m.dashboard.trends.find((s) => s.metric === BRIEFING_METRIC);
  if (!series || series.points.every((p) => p.value === null)) {
    paragraphs(pager, [para("尚无已审核数据 (no accepted figures yet)")]);
    return start;
  }
  drawLineChart(
    pager,
    series.points.map((p) => ({ label: p.period, value: p.value === null ? null : toNumber(p.value)! / 1e8 })),
    "亿元 (100m yuan)",
  );
  const last = [...series.points].reverse().find((p) => p.value !== null);
  paragraphs(pager, [
    para(
      `最新 ${last?.period}：${briefFigure(last?.value, "yuan")} 亿元 · latest ${last?.period}: ${briefFigure(last?.value, "yuan")} (100m yuan)`,
    ),
  ]);
  return start;
}

export function drawByInstitution(pager: Pager, title: string, m: BriefingModel): number {
  const start = titleSection(pager, title, 120);
  const d = m.byInstitution;
  if (!d?.rows.length) {
    paragraphs(pager, [para("本期尚无分机构数据 (no figures by institution for the period)")]);
    return start;
  }
  const rows = [...d.rows].filter((r) => r.value !== null).sort((a, b) => toNumber(b.value)! - toNumber(a.value)!);
  drawBarChart(
    pager,
    rows.map((r) => ({
      label: Array.from(r.nameZh).slice(0, 18).join(""),
      value: toNumber(r.value)! / 1e8,
      text: `${briefFigure(r.value, "yuan")} · ${pct(r.sharePercent)}`,
    })),
    `亿元 (100m yuan) · ${d.period} · 合计 total ${briefFigure(d.total, "yuan")}`,
  );
  return start;
}

export function drawTargets(pager: Pager, title: string, m: BriefingModel): number {
  const rows = m.targets.targets.map((x) => [
    t(`${x.nameZh}\n${x.nameEn}`),
    n(`${formatDecimal(x.baselineValue, 2)} (${x.baselineYear})`),
    n(`${formatDecimal(x.targetValue, 2)} (${x.targetYear})`),
    n(x.latest ? `${formatDecimal(x.latest.value, 2)} (${x.latest.year})` : "—"),
    n(pct(x.progressPercent)),
    n(
      x.projection
        ? `${formatDecimal(x.projection.projected, 2)} ${x.projection.onTrack ? "达标 on track" : "未达 off track"}`
        : "—",
    ),
    t(DATA_SOURCE[x.dataSource]),
  ]);
  if (!rows.length) rows.push([t("尚未设定目标 (no targets yet)"), t(""), t(""), t(""), t(""), t(""), t("")]);
  return tableSection(
    pager,
    "zh",
    title,
    [140, 60, 60, 60, 52, 80],
    head(
      ["目标 Target", "基期 Baseline", "目标 Target", "最新 Latest", "进度 Progress", "预测 Projection", "数据 Data"],
      [1, 2, 3, 4, 5],
    ),
    rows,
    (pg) => paragraphs(pg, [{ text: `${m.targets.methodZh} ${m.targets.methodEn}`, style: NOTE }]),
  );
}

export function drawModules(pager: Pager, title: string, m: BriefingModel): number {
  const x = m.modules;
  const grades = (g: readonly { grade: string; count: number }[]) =>
    g.map((c) => `${c.grade}: ${c.count}`).join(" · ") || "—";
  const cea = x.carbonMarket.series.filter((s) => s.averagePrice !== null || s.yearEndClose !== null);
  const rows: TableCell[][] = [
    [
      t("ESG 评级分布 Rating grades"),
      t(x.rating.run ? `${x.rating.methodology} ${x.rating.run.periodYear} · ${grades(x.rating.grades)}` : "—"),
    ],
    [
      t("碳效等级分布 Carbon-efficiency grades"),
      t(x.carbonGrades.year ? `${x.carbonGrades.year} · ${grades(x.carbonGrades.grades)}` : "—"),
    ],
    [
      t("项目库 Project library"),
      t(
        `${x.projects.byStatus.map((s) => `${s.status}: ${s.count}`).join(" · ") || "—"}；已认定投资 certified investment ${briefFigure(x.projects.certifiedAmount, "yuan")} 亿元`,
      ),
    ],
    [
      t("融资对接 Marketplace"),
      t(
        `需求 needs ${x.market.needsPosted} · 认领 claims ${x.market.claims} · 放款 funded ${x.market.funded} (${briefFigure(x.market.fundedAmount, "yuan")} 亿元) · 按时响应 on-time response ${x.market.respondOnTimeRate === null ? "—" : `${(x.market.respondOnTimeRate * 100).toFixed(1)} %`} · 响应中位 median ${x.market.medianResponseWorkingHours === null ? "—" : `${x.market.medianResponseWorkingHours.toFixed(1)} h`}`,
      ),
    ],
    [
      t("全国碳市场 CEA 价格与成交量 CEA price (yuan/t) and volume"),
      t(
        cea
          .map(
            (s) =>
              `${s.year}: ${formatDecimal(s.averagePrice, 2)} / ${formatDecimal(s.yearEndClose, 2)}${s.volumeTonnes ? ` · ${briefFigure(s.volumeTonnes, "yuan")} 亿吨` : ""}`,
          )
          .join("；") || "—",
      ),
    ],
  ];
  return tableSection(pager, "zh", title, [170], head(["模块 Module", "概况 Summary"]), rows, (pg) =>
    paragraphs(pg, [
      {
        text: `CEA：年均价 / 年末收盘价 · 年成交量 (annual average / year-end close · traded volume, 100 Mt)，${x.carbonMarket.ref}；来源见参考数据 (sources in the reference data)。`,
        style: NOTE,
      },
    ]),
  );
}
