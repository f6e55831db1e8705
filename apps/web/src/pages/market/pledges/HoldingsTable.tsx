import type { TCarbonHolding } from "@greenfin/contracts";
import { Progress, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { useCarbonHoldings } from "../../../api/marketCatalogue";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { LoadError } from "../../../components/LoadError";
import { useLang } from "../../../lib/labels";
import { fmtDec } from "../../green/shared/format";
import { useDeskLabel } from "../products/deskLabels";
import { nameIn } from "../shared/names";

const qty = (s: string) => fmtDec(s, 3, 0);

/** Carbon holdings: kind, quantity, how much is pledged and what is free to pledge. */
export function HoldingsTable() {
  const { t } = useTranslation();
  const label = useDeskLabel();
  const lang = useLang();
  const q = useCarbonHoldings();
  if (q.error) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  const yearText = (h: TCarbonHolding) =>
    [
      h.vintage ? t("marketDesk.pledges.vintage", { year: h.vintage }) : null,
      h.complianceYear ? t("marketDesk.pledges.complianceYear", { year: h.complianceYear }) : null,
    ]
      .filter(Boolean)
      .join(" · ") || "—";
  const columns: ExportColumn<TCarbonHolding>[] = [
    {
      key: "org",
      title: t("marketDesk.pledges.enterprise"),
      exportValue: (h) => nameIn(h.orgName, h.orgNameEn, lang),
      render: (_, h) => (
        <div style={{ maxWidth: 180, whiteSpace: "normal" }}>{nameIn(h.orgName, h.orgNameEn, lang)}</div>
      ),
    },
    {
      key: "kind",
      title: t("marketDesk.pledges.kind"),
      exportValue: (h) => `${label("assetKind", h.kind)}${h.pollutant ? ` ${h.pollutant}` : ""}`,
      render: (_, h) => (
        <>
          <Tag color="green">{label("assetKind", h.kind)}</Tag>
          {h.pollutant && <Tag color="orange">{h.pollutant}</Tag>}
        </>
      ),
    },
    {
      key: "quantity",
      title: t("marketDesk.pledges.quantity"),
      align: "right",
      exportValue: (h) => Number(h.quantity),
      render: (_, h) => <span className="gf-green-num">{qty(h.quantity)}</span>,
    },
    {
      key: "pledged",
      title: t("marketDesk.pledges.pledged"),
      align: "right",
      exportValue: (h) => Number(h.pledged),
      render: (_, h) => (
        <div className="gf-green-num" style={{ minWidth: 120 }}>
          {qty(h.pledged)}
          <Progress
            size="small"
            showInfo={false}
            percent={Number(h.quantity) > 0 ? (Number(h.pledged) / Number(h.quantity)) * 100 : 0}
            strokeColor="#d4380d"
          />
        </div>
      ),
    },
    {
      key: "free",
      title: t("marketDesk.pledges.free"),
      align: "right",
      exportValue: (h) => Number(h.free),
      render: (_, h) => <b className="gf-green-num">{qty(h.free)}</b>,
    },
    { key: "unit", title: t("marketDesk.pledges.unit"), dataIndex: "unit" },
    { key: "year", title: t("marketDesk.pledges.year"), exportValue: yearText, render: (_, h) => yearText(h) },
    {
      key: "registry",
      title: t("marketDesk.pledges.registryRef"),
      exportValue: (h) => `${h.registryRef} · ${label("holdingSource", h.source)}`,
      render: (_, h) => (
        <div style={{ maxWidth: 240, whiteSpace: "normal", overflowWrap: "anywhere" }}>
          <span className="gf-green-mono">{h.registryRef}</span>
          <div className="gf-green-sub">{label("holdingSource", h.source)}</div>
        </div>
      ),
    },
  ];
  return (
    <ExportableTable<TCarbonHolding>
      exportName="carbon-holdings"
      size="small"
      rowKey="id"
      loading={q.isFetching && !q.data}
      dataSource={q.data ?? []}
      columns={columns}
      scroll={{ x: "max-content" }}
      locale={{ emptyText: t("marketDesk.pledges.noHoldings") }}
      data-testid="holdings-table"
    />
  );
}
