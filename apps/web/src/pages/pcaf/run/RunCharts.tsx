import { Card, Col, Empty, Row } from "antd";
import { useTranslation } from "react-i18next";
import type { TPcafBucket, TPcafRunDetail } from "../../../api/pcaf";
import EChart from "../../../components/EChart";
import { useLang } from "../../../lib/labels";
import { AXIS_LABEL, axisCompact, cmpDec, fmtDec, plot } from "../shared/format";
import { assetClassName, sectorLabel } from "../shared/widgets";

/** Data-quality scores 1 (best) … 5 (worst), green to red. */
const SCORE_COLOURS = ["#1f7a3f", "#66a84c", "#d4b13a", "#e08a2c", "#c8372d"];
const SCOPE12 = "#0b6b47";
const SCOPE3 = "#c9a227";

const tooltipT = (v: unknown) => `${fmtDec(String(v), 2)} tCO2e`;

function NoData() {
  const { t } = useTranslation();
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("pcaf.chart.empty")} style={{ height: 260 }} />;
}

/** Financed Scope 1+2 (and Scope 3, reported apart) by asset class, horizontal bars. */
function ByAssetClass({ buckets }: { buckets: readonly TPcafBucket[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const rows = buckets.filter((b) => b.positions > 0).reverse();
  if (rows.length === 0) return <NoData />;
  const hasScope3 = rows.some((b) => plot(b.financedScope3Tco2e) > 0);
  return (
    <EChart
      testId="pcaf-chart-asset-class"
      style={{ height: Math.max(260, rows.length * (hasScope3 ? 44 : 34) + 60) }}
      option={{
        animation: false,
        tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: tooltipT },
        legend: { top: 0, textStyle: AXIS_LABEL },
        grid: { left: 8, right: 56, top: 32, bottom: 8, containLabel: true },
        xAxis: {
          type: "value",
          name: "tCO2e",
          nameTextStyle: AXIS_LABEL,
          axisLabel: { ...AXIS_LABEL, formatter: axisCompact(lang) },
        },
        yAxis: {
          type: "category",
          data: rows.map((b) => assetClassName(t, b.key)),
          axisLabel: { ...AXIS_LABEL, width: 180, overflow: "truncate" },
          axisTick: { show: false },
        },
        series: [
          {
            name: t("pcaf.chart.scope12"),
            type: "bar",
            barMaxWidth: 18,
            itemStyle: { color: SCOPE12 },
            label: {
              show: true,
              position: "right",
              ...AXIS_LABEL,
              formatter: (p: { value: number }) => fmtDec(String(p.value), 0),
            },
            data: rows.map((b) => plot(b.financedScope12Tco2e)),
          },
          ...(hasScope3
            ? [
                {
                  name: t("pcaf.chart.scope3"),
                  type: "bar" as const,
                  barMaxWidth: 18,
                  itemStyle: { color: SCOPE3 },
                  data: rows.map((b) => plot(b.financedScope3Tco2e)),
                },
              ]
            : []),
        ],
      }}
    />
  );
}

/** The ten sectors with the largest financed Scope 1+2. */
function TopSectors({ buckets }: { buckets: readonly TPcafBucket[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const top = [...buckets]
    .filter((b) => plot(b.financedScope12Tco2e) > 0)
    .sort((a, b) => cmpDec(b.financedScope12Tco2e, a.financedScope12Tco2e))
    .slice(0, 10)
    .reverse();
  if (top.length === 0) return <NoData />;
  const label = (b: TPcafBucket) => sectorLabel(t, b, lang);
  return (
    <EChart
      testId="pcaf-chart-sector"
      style={{ height: Math.max(260, top.length * 32 + 40) }}
      option={{
        animation: false,
        tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: tooltipT },
        grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
        xAxis: {
          type: "value",
          name: "tCO2e",
          nameTextStyle: AXIS_LABEL,
          axisLabel: { ...AXIS_LABEL, formatter: axisCompact(lang) },
        },
        yAxis: {
          type: "category",
          data: top.map(label),
          axisLabel: { ...AXIS_LABEL, width: 170, overflow: "truncate" },
          axisTick: { show: false },
        },
        series: [
          {
            name: t("pcaf.chart.scope12"),
            type: "bar",
            barMaxWidth: 18,
            itemStyle: { color: "#3fb984" },
            label: {
              show: true,
              position: "right",
              ...AXIS_LABEL,
              formatter: (p: { value: number }) => fmtDec(String(p.value), 0),
            },
            data: top.map((b) => plot(b.financedScope12Tco2e)),
          },
        ],
      }}
    />
  );
}

/** Covered outstanding of each asset class split by PCAF data-quality score, stacked. */
function ByScore({ buckets }: { buckets: readonly TPcafBucket[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const rows = buckets.filter((b) => plot(b.coveredOutstanding) > 0);
  if (rows.length === 0) return <NoData />;
  // 亿元 in Chinese, million CNY in English: the axis reads easily; the exact amounts are in the tables.
  const places = lang === "en" ? -6 : -8;
  const unit = lang === "en" ? "CNY m" : "亿元";
  return (
    <EChart
      testId="pcaf-chart-dq"
      style={{ height: 320 }}
      option={{
        animation: false,
        tooltip: {
          trigger: "axis",
          axisPointer: { type: "shadow" },
          valueFormatter: (v: unknown) => `${fmtDec(String(v), 2)} ${unit}`,
        },
        legend: { top: 0, textStyle: AXIS_LABEL },
        grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
        xAxis: {
          type: "category",
          data: rows.map((b) => assetClassName(t, b.key)),
          axisLabel: { ...AXIS_LABEL, interval: 0, width: 90, overflow: "break" },
          axisTick: { show: false },
        },
        yAxis: {
          type: "value",
          name: unit,
          nameTextStyle: AXIS_LABEL,
          axisLabel: { ...AXIS_LABEL, formatter: axisCompact(lang) },
        },
        series: [1, 2, 3, 4, 5].map((s) => ({
          name: t("pcaf.chart.score", { score: s }),
          type: "bar",
          stack: "dq",
          barMaxWidth: 42,
          itemStyle: { color: SCORE_COLOURS[s - 1] },
          data: rows.map((b) => plot(b.outstandingByScore[String(s)] ?? "0", places)),
        })),
      }}
    />
  );
}

/** The run page's three charts. */
export default function RunCharts({ run }: { run: TPcafRunDetail }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card variant="borderless" title={t("pcaf.chart.byAssetClass")} style={{ height: "100%" }}>
          <ByAssetClass buckets={run.byAssetClass} />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card variant="borderless" title={t("pcaf.chart.bySector")} style={{ height: "100%" }}>
          <TopSectors buckets={run.bySector} />
        </Card>
      </Col>
      <Col span={24}>
        <Card
          variant="borderless"
          title={t("pcaf.chart.byScore")}
          extra={<span className="gf-pcaf-sub">{t("pcaf.chart.byScoreHint")}</span>}
        >
          <ByScore buckets={run.byAssetClass} />
        </Card>
      </Col>
    </Row>
  );
}
