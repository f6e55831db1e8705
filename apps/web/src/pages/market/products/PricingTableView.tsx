import type { TPricingTable } from "@greenfin/contracts";
import { Descriptions, Table, Tag } from "antd";
import { useTranslation } from "react-i18next";

type Row = { key: string; label: string; bp: number; source: string; note: string };

const bpTag = (bp: number) => (
  <Tag color={bp < 0 ? "green" : bp > 0 ? "volcano" : "default"}>{bp > 0 ? `+${bp}` : bp}</Tag>
);

/** A linked-pricing table: base rate, ESG-grade, carbon-grade and disclosure rows, and the bounds. */
export function PricingTableView({ table, pricingRef }: { table: TPricingTable; pricingRef?: string }) {
  const { t } = useTranslation();
  const base =
    table.base.kind === "fixed"
      ? t("marketDesk.pricing.baseFixed", { rate: table.base.ratePercent })
      : t("marketDesk.pricing.baseLpr", {
          tenor: table.base.tenor,
          sign: table.base.spreadBp >= 0 ? "+" : "−",
          bp: Math.abs(table.base.spreadBp),
        });
  const groups: { title: string; head: string; rows: Row[] }[] = [
    {
      title: t("marketDesk.pricing.esgRows"),
      head: t("marketDesk.pricing.grade"),
      rows: table.esgGrades.map((r) => ({ ...r, key: `e${r.grade}`, label: r.grade })),
    },
    {
      title: t("marketDesk.pricing.carbonRows"),
      head: t("marketDesk.pricing.grade"),
      rows: table.carbonGrades.map((r) => ({ ...r, key: `c${r.grade}`, label: String(r.grade) })),
    },
    {
      title: t("marketDesk.pricing.disclosureRows"),
      head: t("marketDesk.pricing.fromPercent"),
      rows: table.disclosureBands.map((r) => ({ ...r, key: `d${r.fromPercent}`, label: `${r.fromPercent}%` })),
    },
  ].filter((g) => g.rows.length > 0);
  return (
    <div data-testid={`pricing-table-${table.productKey}`}>
      <Descriptions size="small" column={1} bordered style={{ marginBottom: 12 }}>
        {pricingRef && (
          <Descriptions.Item label={t("marketDesk.pricing.ref")}>
            <span className="gf-green-mono">{pricingRef}</span>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t("marketDesk.pricing.base")}>{base}</Descriptions.Item>
        <Descriptions.Item label={t("marketDesk.pricing.bounds")}>
          {t("marketDesk.pricing.adjustmentBounds", {
            min: table.adjustmentBounds.minBp,
            max: table.adjustmentBounds.maxBp,
          })}
          ；
          {t("marketDesk.pricing.rateBounds", {
            floor: table.rateBounds.floorPercent,
            cap: table.rateBounds.capPercent,
          })}
        </Descriptions.Item>
      </Descriptions>
      <div style={{ display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(260px, 1fr))", gap: 12 }}>
        {groups.map((g) => (
          <Table<Row>
            key={g.title}
            size="small"
            bordered
            pagination={false}
            title={() => <b>{g.title}</b>}
            dataSource={g.rows}
            columns={[
              { key: "label", title: g.head, dataIndex: "label", width: 90 },
              { key: "bp", title: t("marketDesk.pricing.bp"), render: (_, r) => bpTag(r.bp), width: 90 },
              {
                key: "note",
                title: t("marketDesk.pricing.note"),
                render: (_, r) => (
                  <span className="gf-green-sub" title={r.note}>
                    {r.source}
                  </span>
                ),
              },
            ]}
          />
        ))}
      </div>
    </div>
  );
}
