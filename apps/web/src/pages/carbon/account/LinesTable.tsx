import type { TCarbonAccount, TEmissionLine } from "@greenfin/contracts";
import { Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { fmtFixed, itemName, scopeName, unitName } from "../shared/format";

type Row = TEmissionLine & { key: string };

/** Every figure of the account: item, month, activity, the factor, emissions; the working in an expanded row. */
export function LinesTable({ account }: { account: TCarbonAccount }) {
  const { t } = useTranslation();
  const rows: Row[] = [...account.lines, ...account.marketBased.lines].map((l, i) => ({
    ...l,
    key: `${l.scope}|${l.item}|${l.period}|${i}`,
  }));
  const factor = (l: Row) => l.factors[l.factors.length - 1];
  const columns: ExportColumn<Row>[] = [
    {
      key: "item",
      title: t("carbon.col.item"),
      exportValue: (l) => itemName(t, l.item),
      filters: [...new Set(rows.map((r) => r.item))].map((i) => ({ text: itemName(t, i), value: i })),
      onFilter: (v, l) => l.item === v,
      render: (_, l) => itemName(t, l.item),
    },
    {
      key: "scope",
      title: t("carbon.col.scope"),
      exportValue: (l) => scopeName(t, l.scope),
      render: (_, l) => scopeName(t, l.scope),
    },
    {
      key: "period",
      title: t("carbon.col.month"),
      dataIndex: "period",
      sorter: (a, b) => a.period.localeCompare(b.period),
    },
    {
      key: "activity",
      title: t("carbon.col.activity"),
      align: "right",
      exportValue: (l) => `${l.activity.quantity} ${l.activity.unit}`,
      render: (_, l) => (
        <span className="gf-num">
          {fmtFixed(l.activity.quantity, 3)} {unitName(t, l.activity.unit)}
        </span>
      ),
    },
    {
      key: "factorId",
      title: t("carbon.col.factorId"),
      exportValue: (l) => l.factors.map((f) => f.id).join("; "),
      render: (_, l) =>
        l.factors.map((f) => (
          <div key={f.id}>
            <Typography.Text code style={{ fontSize: 12 }}>
              {f.id}
            </Typography.Text>
            {f.unverified && <Tag color="orange">{t("carbon.lines.unverified")}</Tag>}
          </div>
        )),
    },
    {
      key: "factorValue",
      title: t("carbon.col.factorValue"),
      align: "right",
      exportValue: (l) => factor(l)?.value ?? null,
      render: (_, l) => <span className="gf-num">{factor(l)?.value ?? "—"}</span>,
    },
    {
      key: "factorUnit",
      title: t("carbon.col.factorUnit"),
      exportValue: (l) => factor(l)?.unit ?? null,
      render: (_, l) => {
        const f = factor(l);
        return f ? unitName(t, f.unit) : "—";
      },
    },
    {
      key: "emissions",
      title: t("carbon.col.emissions"),
      align: "right",
      exportValue: (l) => Number(l.emissions),
      sorter: (a, b) => Number(a.emissions) - Number(b.emissions),
      render: (_, l) => <b className="gf-num">{fmtFixed(l.emissions, 3)}</b>,
    },
    {
      key: "formula",
      title: t("carbon.col.formula"),
      exportTitle: t("carbon.col.formula"),
      exportValue: (l) => l.formula,
      hidden: true,
    },
    {
      key: "trace",
      title: t("carbon.lines.trace"),
      exportTitle: t("carbon.lines.trace"),
      exportValue: (l) => l.trace.join("\n"),
      hidden: true,
    },
  ];
  return (
    <ExportableTable<Row>
      size="small"
      rowKey="key"
      exportName={t("carbon.lines.export")}
      columns={columns}
      dataSource={rows}
      pagination={{ defaultPageSize: 12 }}
      data-testid="carbon-lines"
      expandable={{
        expandedRowRender: (l) => (
          <div className="gf-carbon-trace" data-testid="carbon-line-trace">
            <div>
              <b>{t("carbon.col.formula")}:</b> {l.formula}
            </div>
            {l.factors.map((f) => (
              <div key={f.id} className="gf-sub">
                {f.id} = {f.value} {unitName(t, f.unit)} · {t("carbon.col.source")}: {f.source} ·{" "}
                {t("carbon.col.verification")}: {f.verification}
              </div>
            ))}
            <ol style={{ margin: "6px 0 0", paddingInlineStart: 18 }}>
              {l.trace.map((s, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: trace steps are positional
                <li key={i}>{s}</li>
              ))}
            </ol>
          </div>
        ),
      }}
    />
  );
}
