import { useTranslation } from "react-i18next";
import type { TPcafBucket } from "../../../api/pcaf";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { useLang } from "../../../lib/labels";
import { cmpDec, fmtPct, fmtT, fmtYuan, xlsNum } from "../shared/format";
import { assetClassName, bi, DqScore, sectorLabel, th } from "../shared/widgets";

type Row = TPcafBucket & { isTotal?: boolean };

/** Buckets (asset classes or sectors) with the portfolio total as the last line; exports to Excel as shown. */
export function BucketTable({
  buckets,
  total,
  kind,
  exportName,
  testId,
}: {
  buckets: readonly TPcafBucket[];
  total: TPcafBucket | null;
  kind: "assetClass" | "sector";
  exportName: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const name = (b: Row) =>
    b.isTotal
      ? t("pcaf.table.total")
      : kind === "assetClass"
        ? assetClassName(t, b.key) || bi(b, lang)
        : sectorLabel(t, b, lang);
  const rows: Row[] = [...buckets, ...(total ? [{ ...total, key: "__total", isTotal: true }] : [])];
  const money = (field: "outstanding" | "coveredOutstanding", title: string): ExportColumn<Row> => ({
    key: field,
    ...th(title),
    align: "right",
    exportValue: (b) => xlsNum(b[field]),
    sorter: (a, b) => (a.isTotal ? 1 : b.isTotal ? -1 : cmpDec(a[field], b[field])),
    render: (_, b) => <span className="gf-pcaf-num">{fmtYuan(b[field])}</span>,
  });
  const tco2e = (field: "financedScope12Tco2e" | "financedScope3Tco2e", title: string): ExportColumn<Row> => ({
    key: field,
    ...th(title),
    align: "right",
    exportValue: (b) => xlsNum(b[field]),
    sorter: (a, b) => (a.isTotal ? 1 : b.isTotal ? -1 : cmpDec(a[field], b[field])),
    render: (_, b) => <span className="gf-pcaf-num">{fmtT(b[field])}</span>,
  });
  const columns: ExportColumn<Row>[] = [
    {
      key: "name",
      title: kind === "assetClass" ? t("pcaf.table.assetClass") : t("pcaf.table.sector"),
      exportValue: name,
      render: (_, b) => (b.isTotal ? <b>{name(b)}</b> : name(b)),
    },
    {
      key: "positions",
      ...th(t("pcaf.table.positions")),
      dataIndex: "positions",
      align: "right",
      sorter: (a, b) => (a.isTotal ? 1 : b.isTotal ? -1 : a.positions - b.positions),
      render: (n: number) => <span className="gf-pcaf-num">{n.toLocaleString("en-US")}</span>,
    },
    money("outstanding", t("pcaf.table.outstanding")),
    money("coveredOutstanding", t("pcaf.table.coveredOutstanding")),
    {
      key: "coverage",
      ...th(t("pcaf.table.coverage")),
      align: "right",
      exportValue: (b) => xlsNum(b.coverage),
      render: (_, b) => <span className="gf-pcaf-num">{fmtPct(b.coverage)}</span>,
    },
    tco2e("financedScope12Tco2e", t("pcaf.table.financed12")),
    tco2e("financedScope3Tco2e", t("pcaf.table.financed3")),
    {
      key: "dq",
      ...th(t("pcaf.table.dq")),
      align: "center",
      exportValue: (b) => xlsNum(b.weightedDataQuality),
      render: (_, b) => <DqScore value={b.weightedDataQuality} />,
    },
    {
      key: "dq3",
      ...th(t("pcaf.table.dq3")),
      align: "center",
      exportValue: (b) => xlsNum(b.weightedDataQualityScope3),
      render: (_, b) => <DqScore value={b.weightedDataQualityScope3} />,
    },
  ];
  return (
    <ExportableTable<Row>
      className="gf-pcaf-table"
      size="small"
      rowKey="key"
      exportName={exportName}
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: "max-content" }}
      rowClassName={(b) => (b.isTotal ? "gf-pcaf-total-row" : "")}
      data-testid={testId}
    />
  );
}
