import type { TGreenStatisticsCell } from "@greenfin/contracts";
import { Table } from "antd";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../lib/labels";
import { fmtAmount, fmtDec, fmtPct, named } from "../shared/format";

type Cell = TGreenStatisticsCell & { children?: Cell[] };

/** One statistics table (by use with level 2 under level 1, by industry or by institution), with its total row. */
export function StatisticsTable({
  rows,
  total,
  testId,
}: {
  rows: Cell[];
  total: TGreenStatisticsCell;
  testId: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const data = rows.map((r) => (r.children && r.children.length === 0 ? { ...r, children: undefined } : r));
  return (
    <Table<Cell>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={data}
      data-testid={testId}
      columns={[
        {
          key: "name",
          title: t("green.stats.name"),
          width: 320,
          render: (_, r) => (
            <span>
              {r.key.length <= 10 && <span className="gf-green-mono">{r.key}</span>} {named(r, lang)}
            </span>
          ),
        },
        {
          key: "balance",
          title: t("green.stats.balance"),
          align: "right",
          render: (_, r) => <span className="gf-green-num">{fmtAmount(r.balance)}</span>,
        },
        {
          key: "granted",
          title: t("green.stats.granted"),
          align: "right",
          render: (_, r) => <span className="gf-green-num">{fmtAmount(r.granted)}</span>,
        },
        { key: "count", title: t("green.stats.count"), align: "right", dataIndex: "count" },
        {
          key: "share",
          title: t("green.stats.share"),
          align: "right",
          render: (_, r) => <span className="gf-green-num">{fmtPct(r.share)}</span>,
        },
        {
          key: "co2",
          title: t("green.stats.co2"),
          align: "right",
          render: (_, r) => <span className="gf-green-num">{fmtDec(r.co2AvoidedT, 1, 0)}</span>,
        },
      ]}
      summary={() => (
        <Table.Summary.Row style={{ fontWeight: 600 }}>
          <Table.Summary.Cell index={0}>{t("green.stats.total")}</Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            {fmtAmount(total.balance)}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            {fmtAmount(total.granted)}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} align="right">
            {total.count}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={4} align="right">
            {fmtPct(total.share)}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={5} align="right">
            {fmtDec(total.co2AvoidedT, 1, 0)}
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}
