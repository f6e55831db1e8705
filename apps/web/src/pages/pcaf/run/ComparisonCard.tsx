import { Alert, Button, Card, Space } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { TPcafChange, TPcafChangeRow, TPcafComparison } from "../../../api/pcaf";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { useLang } from "../../../lib/labels";
import { fmtChangePct, fmtDec, fmtSigned, xlsNum } from "../shared/format";
import { assetClassName, bi, th } from "../shared/widgets";

type Row = TPcafChangeRow & { isTotal?: boolean };

/** A change as "previous → current, ±change (±x%)": fewer emissions or a better score green, more red; amounts neutral. */
function ChangeCell({ c, dp, goodWhenDown }: { c: TPcafChange; dp: number; goodWhenDown: boolean | null }) {
  const down = c.change?.startsWith("-") ?? false;
  const zero = c.change === null || /^-?0*\.?0*$/.test(c.change);
  const colour = zero || goodWhenDown === null ? "rgba(0, 0, 0, 0.55)" : down === goodWhenDown ? "#1f7a3f" : "#c8372d";
  return (
    <span className="gf-pcaf-num">
      <span className="gf-pcaf-sub">{fmtDec(c.previous, dp)} → </span>
      <b>{fmtDec(c.current, dp)}</b>
      {c.change !== null && (
        <div style={{ color: colour, fontSize: 12 }}>
          {fmtSigned(c.change, dp)} {c.changePercent !== null ? `(${fmtChangePct(c.changePercent)})` : ""}
        </div>
      )}
    </span>
  );
}

/** Last year against this year, by asset class and in total, with WACI and carbon footprint. */
export function ComparisonCard({ comparison }: { comparison: TPcafComparison }) {
  const { t } = useTranslation();
  const lang = useLang();
  const rows: Row[] = [...comparison.byAssetClass, { ...comparison.total, key: "__total", isTotal: true }];
  const name = (r: Row) => (r.isTotal ? t("pcaf.table.total") : assetClassName(t, r.key) || bi(r, lang));
  const group = (
    field: "outstanding" | "financedScope12Tco2e" | "weightedDataQuality",
    title: string,
    dp: number,
    goodWhenDown: boolean | null,
  ): ExportColumn<Row>[] => [
    {
      key: field,
      ...th(title),
      align: "right",
      exportValue: false,
      render: (_, r) => <ChangeCell c={r[field]} dp={dp} goodWhenDown={goodWhenDown} />,
    },
    // Hidden in the page, written to the workbook: previous, current, change, change %.
    ...(["previous", "current", "change", "changePercent"] as const).map(
      (part): ExportColumn<Row> => ({
        key: `${field}-${part}`,
        title: "",
        exportTitle: `${title} · ${t(`pcaf.compare.${part}`)}`,
        exportValue: (r) => xlsNum(r[field][part]),
        hidden: true,
      }),
    ),
  ];
  const columns: ExportColumn<Row>[] = [
    {
      key: "name",
      ...th(t("pcaf.table.assetClass")),
      exportValue: name,
      render: (_, r) => (r.isTotal ? <b>{name(r)}</b> : name(r)),
    },
    ...group("outstanding", t("pcaf.compare.outstanding"), 2, null),
    ...group("financedScope12Tco2e", t("pcaf.compare.financed"), 2, true),
    ...group("weightedDataQuality", t("pcaf.compare.dq"), 2, true),
  ];
  return (
    <Card
      variant="borderless"
      title={t("pcaf.compare.title", { previous: comparison.previousYear })}
      data-testid="pcaf-comparison"
      extra={
        <Link to={`/carbon/pcaf/runs/${comparison.previousRunId}`}>
          <Button type="link">{t("pcaf.compare.openPrevious", { year: comparison.previousYear })}</Button>
        </Link>
      }
    >
      <Space orientation="vertical" size={12} style={{ width: "100%" }}>
        {!comparison.sameReference && (
          <Alert
            type="warning"
            showIcon
            data-testid="pcaf-comparison-reference"
            title={t("pcaf.compare.otherReference")}
          />
        )}
        <ExportableTable<Row>
          className="gf-pcaf-table"
          size="small"
          rowKey="key"
          exportName="pcaf-year-on-year"
          columns={columns}
          dataSource={rows}
          pagination={false}
          scroll={{ x: "max-content" }}
          rowClassName={(r) => (r.isTotal ? "gf-pcaf-total-row" : "")}
          toolbar={
            <Space size={24} wrap>
              <span>
                <span className="gf-pcaf-sub">{t("pcaf.compare.waci")} </span>
                <ChangeCell c={comparison.waci} dp={2} goodWhenDown />
              </span>
              <span>
                <span className="gf-pcaf-sub">{t("pcaf.compare.footprint")} </span>
                <ChangeCell c={comparison.carbonFootprint} dp={2} goodWhenDown />
              </span>
            </Space>
          }
        />
      </Space>
    </Card>
  );
}
