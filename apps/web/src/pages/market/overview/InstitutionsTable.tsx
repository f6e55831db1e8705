import type { TMarketOverview } from "@greenfin/contracts";
import { useTranslation } from "react-i18next";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { useLang } from "../../../lib/labels";
import { formatYuan } from "../../../lib/money";
import { nameIn } from "../shared/names";

type Row = TMarketOverview["institutions"][number];

/** Per institution: products, needs received, claims, approvals, loans funded and their amount. */
export function InstitutionsTable({ rows }: { rows: Row[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const n = (key: keyof Row, title: string): ExportColumn<Row> => ({
    key,
    title,
    dataIndex: key,
    align: "right",
    sorter: (a, b) => Number(a[key]) - Number(b[key]),
    render: (v) => <span className="gf-green-num">{v}</span>,
  });
  const columns: ExportColumn<Row>[] = [
    {
      key: "name",
      title: t("marketDesk.overview.institution"),
      exportValue: (r) => nameIn(r.institutionName, r.institutionNameEn, lang),
      render: (_, r) => nameIn(r.institutionName, r.institutionNameEn, lang),
    },
    n("products", t("marketDesk.overview.products")),
    n("broadcasts", t("marketDesk.overview.broadcasts")),
    n("claims", t("marketDesk.overview.claims")),
    n("approved", t("marketDesk.overview.approved")),
    n("funded", t("marketDesk.overview.fundedCount")),
    {
      key: "fundedAmount",
      title: t("marketDesk.overview.fundedAmount"),
      align: "right",
      exportValue: (r) => Number(r.fundedAmount),
      sorter: (a, b) => Number(a.fundedAmount) - Number(b.fundedAmount),
      render: (_, r) => <span className="gf-green-num">{formatYuan(r.fundedAmount, lang)}</span>,
    },
  ];
  return (
    <ExportableTable<Row>
      exportName="market-institutions"
      size="small"
      rowKey="institutionId"
      dataSource={rows}
      columns={columns}
      pagination={false}
      data-testid="overview-institutions"
    />
  );
}
