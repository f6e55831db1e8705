import type { TCarbonAccount, TCarbonAccountYear, TCarbonGrade } from "@greenfin/contracts";
import { useTranslation } from "react-i18next";
import { AXIS_LABEL, EChart } from "../../../components/EChart";
import { useLang } from "../../../lib/labels";
import {
  COLOUR_HEX,
  fmtAxis,
  fmtFixed,
  fmtT,
  GRADE_COLOUR,
  itemName,
  SCOPE_COLOURS,
  scopeName,
} from "../shared/format";

/** A tooltip listing the hovered category's bars, each value in `unit` with `dp` places at most. */
const barTooltip = (unit: string, dp = 2) => ({
  trigger: "axis" as const,
  axisPointer: { type: "shadow" as const },
  valueFormatter: (v: unknown) => `${fmtT(v as number, dp)} ${unit}`,
});

/** Monthly emissions as stacked bars: Scope 1, Scope 2 (location-based), and Scope 3 when it was asked for. */
export function MonthlyChart({ account }: { account: TCarbonAccount }) {
  const { t } = useTranslation();
  const lang = useLang();
  const months = account.byMonth.map((m) => m.month.slice(5));
  const scopes: { key: keyof typeof SCOPE_COLOURS; values: number[] }[] = [
    { key: "scope1", values: account.byMonth.map((m) => Number(m.scope1)) },
    { key: "scope2_location", values: account.byMonth.map((m) => Number(m.scope2Location)) },
    ...(account.totals.scope3 !== null
      ? [{ key: "scope3" as const, values: account.byMonth.map((m) => Number(m.scope3)) }]
      : []),
  ];
  return (
    <EChart
      testId="carbon-monthly-chart"
      option={{
        animation: false,
        tooltip: barTooltip("tCO2"),
        legend: { top: 0, textStyle: AXIS_LABEL },
        grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
        xAxis: { type: "category", data: months, axisLabel: AXIS_LABEL, axisTick: { show: false } },
        yAxis: {
          type: "value",
          name: "tCO2",
          nameTextStyle: AXIS_LABEL,
          axisLabel: { ...AXIS_LABEL, formatter: (v: number) => fmtAxis(v, lang) },
        },
        series: scopes.map((s) => ({
          name: scopeName(t, s.key),
          type: "bar",
          stack: "total",
          barMaxWidth: 28,
          itemStyle: { color: SCOPE_COLOURS[s.key] },
          data: s.values,
        })),
      }}
    />
  );
}

/** Emissions by source item (location-based, plus the market-based electricity line), largest first. */
export function ItemsChart({ account }: { account: TCarbonAccount }) {
  const { t } = useTranslation();
  const lang = useLang();
  const rows = [
    ...account.byItem.map((b) => ({ item: b.item, scope: b.scope, value: Number(b.emissions) })),
    ...account.marketBased.lines.map((l) => ({ item: l.item, scope: l.scope, value: Number(l.emissions) })),
  ]
    .filter((r) => r.value > 0)
    .sort((a, b) => a.value - b.value);
  return (
    <EChart
      testId="carbon-items-chart"
      option={{
        animation: false,
        tooltip: barTooltip("tCO2"),
        // Room on the right for the largest bar's label; the unit is in the card's title.
        grid: { left: 8, right: 72, top: 8, bottom: 8, containLabel: true },
        xAxis: {
          type: "value",
          splitNumber: 3,
          axisLabel: { ...AXIS_LABEL, formatter: (v: number) => fmtAxis(v, lang), hideOverlap: true },
        },
        yAxis: {
          type: "category",
          data: rows.map((r) => `${itemName(t, r.item)}\n${scopeName(t, r.scope)}`),
          axisLabel: { ...AXIS_LABEL, width: 140, overflow: "truncate", lineHeight: 16 },
          axisTick: { show: false },
        },
        series: [
          {
            type: "bar",
            barMaxWidth: 22,
            label: {
              show: true,
              position: "right",
              formatter: (p: { value: number }) => fmtFixed(p.value, 2),
              ...AXIS_LABEL,
            },
            data: rows.map((r) => ({
              value: r.value,
              itemStyle: {
                color: SCOPE_COLOURS[r.scope as keyof typeof SCOPE_COLOURS] ?? "#8dbf4f",
                borderRadius: [0, 3, 3, 0],
              },
            })),
          },
        ],
      }}
    />
  );
}

const K_BANDS: [number, number, number][] = [
  [0, 0.6, 1],
  [0.6, 0.8, 2],
  [0.8, 1.2, 3],
  [1.2, 2.0, 4],
];

/** A band narrower than this share of the axis is shaded but not labelled (its label would overlap the next). */
const LABELLED_BAND = 0.1;

/** L against the industry-average L on one axis, the grade bands (K × industry L) shaded in their colours. */
export function IntensityChart({ grade }: { grade: TCarbonGrade }) {
  const { t } = useTranslation();
  const industryL = Number(grade.industryL);
  const l = Number(grade.l);
  const max = niceCeiling(Math.max(l, industryL * 2.2) * 1.05);
  const bands = [...K_BANDS, [2.0, max / (industryL || 1), 5] as [number, number, number]].map(([from, to, g]) => {
    const start = from * industryL;
    const end = Math.min(to * industryL, max);
    return [
      {
        xAxis: start,
        itemStyle: { color: COLOUR_HEX[GRADE_COLOUR[g] ?? "red"], opacity: 0.14 },
        label: {
          show: (end - start) / max >= LABELLED_BAND,
          position: "insideTop",
          formatter: t("carbon.grade", { grade: g }),
          color: "#5b6b63",
          fontSize: 11,
        },
      },
      { xAxis: end },
    ];
  });
  return (
    <EChart
      testId="carbon-intensity-chart"
      style={{ height: 200 }}
      option={{
        animation: false,
        tooltip: barTooltip(t("carbon.unit.perWan"), 6),
        grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
        xAxis: { type: "value", max, axisLabel: { ...AXIS_LABEL, formatter: (v: number) => fmtT(v, 2) } },
        yAxis: {
          type: "category",
          data: [t("carbon.chart.industryL"), t("carbon.chart.l")],
          axisLabel: AXIS_LABEL,
          axisTick: { show: false },
        },
        series: [
          {
            type: "bar",
            barMaxWidth: 22,
            data: [
              { value: industryL, itemStyle: { color: "#8a9a92" } },
              { value: l, itemStyle: { color: COLOUR_HEX[grade.colour] ?? "#0b6b47" } },
            ],
            label: {
              show: true,
              position: "right",
              formatter: (p: { value: number }) => fmtFixed(p.value, 4),
              ...AXIS_LABEL,
            },
            markArea: { silent: true, data: bands as never },
          },
        ],
      }}
    />
  );
}

/** The next round number up (1, 2 or 5 × a power of ten, in tenths of it), for an axis's end. */
function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const step = 10 ** Math.floor(Math.log10(value)) / 10;
  return Math.ceil(value / step) * step;
}

/** Total emissions per year as bars, each in its grade's colour, with the grade on top. */
export function HistoryChart({ years }: { years: readonly TCarbonAccountYear[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <EChart
      testId="carbon-history-chart"
      style={{ height: 240 }}
      option={{
        animation: false,
        tooltip: barTooltip("tCO2"),
        legend: { top: 0, textStyle: AXIS_LABEL },
        grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
        xAxis: {
          type: "category",
          data: years.map((y) => String(y.year)),
          axisLabel: AXIS_LABEL,
          axisTick: { show: false },
        },
        yAxis: {
          type: "value",
          name: "tCO2",
          nameTextStyle: AXIS_LABEL,
          axisLabel: { ...AXIS_LABEL, formatter: (v: number) => fmtAxis(v, lang) },
        },
        series: [
          {
            name: scopeName(t, "scope1"),
            type: "bar",
            stack: "y",
            barMaxWidth: 40,
            itemStyle: { color: SCOPE_COLOURS.scope1 },
            data: years.map((y) => Number(y.scope1)),
          },
          {
            name: scopeName(t, "scope2_location"),
            type: "bar",
            stack: "y",
            barMaxWidth: 40,
            itemStyle: { color: SCOPE_COLOURS.scope2_location },
            label: {
              show: true,
              position: "top",
              color: "#1d2327",
              fontWeight: 600,
              formatter: (p: { dataIndex: number }) => {
                const y = years[p.dataIndex];
                return y?.grade ? t("carbon.grade", { grade: y.grade }) : t("carbon.ungraded");
              },
            },
            data: years.map((y) => Number(y.scope2Location)),
          },
        ],
      }}
    />
  );
}
