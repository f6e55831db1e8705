import type { TMarginCheck } from "@greenfin/contracts";
import { Alert, Checkbox, DatePicker, Space, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMarginCalls } from "../../../api/marketCatalogue";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { LoadError } from "../../../components/LoadError";
import { useLang } from "../../../lib/labels";
import { formatYuan, formatYuanExact } from "../../../lib/money";
import { fmtDec } from "../../green/shared/format";
import { nameIn } from "../shared/names";
import { TraceTable } from "./TraceTable";

type Row = TMarginCheck["pledges"][number];
const STATUS_COLORS: Record<Row["status"], string> = {
  none: "success",
  call: "warning",
  liquidate: "error",
  unpriced: "default",
};

/** Margin calls: every active pledge revalued at the day's price; those past the call level and what restores them. */
export function MarginCallPanel() {
  const { t } = useTranslation();
  const lang = useLang();
  const [asOf, setAsOf] = useState<string | undefined>();
  const [onlyBreaches, setOnlyBreaches] = useState(true);
  const q = useMarginCalls(asOf);
  if (q.error) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  const rows = (q.data?.pledges ?? []).filter((p) => !onlyBreaches || p.status === "call" || p.status === "liquidate");
  const topUpText = (p: Row) =>
    p.topUp
      ? [
          t("marketDesk.margin.topUpUnits", { quantity: fmtDec(p.topUp.quantity, 3, 0), unit: p.topUp.unit }),
          t("marketDesk.margin.topUpRepay", { amount: formatYuan(p.topUp.cashRepayment, lang) }),
          t("marketDesk.margin.topUpDeposit", { amount: formatYuan(p.topUp.cashDeposit, lang) }),
        ].join(" ")
      : "—";
  const columns: ExportColumn<Row>[] = [
    {
      key: "refNo",
      title: t("marketDesk.pledges.refNo"),
      dataIndex: "refNo",
      render: (v) => <span className="gf-green-mono">{v}</span>,
    },
    {
      key: "org",
      title: t("marketDesk.pledges.pledgor"),
      exportValue: (p) => nameIn(p.orgName, p.orgNameEn, lang),
      render: (_, p) => (
        <div style={{ maxWidth: 200, whiteSpace: "normal" }}>{nameIn(p.orgName, p.orgNameEn, lang)}</div>
      ),
    },
    { key: "loan", title: t("marketDesk.pledges.loanReference"), dataIndex: "loanReference" },
    {
      key: "status",
      title: t("marketDesk.pledges.status"),
      exportValue: (p) => t(`marketDesk.margin.${p.status}`),
      render: (_, p) => <Tag color={STATUS_COLORS[p.status]}>{t(`marketDesk.margin.${p.status}`)}</Tag>,
    },
    {
      key: "ltv",
      title: t("marketDesk.margin.ltv"),
      align: "right",
      exportValue: (p) => p.ltvPercent,
      render: (_, p) => (
        <b className="gf-green-num" style={{ color: p.status === "none" ? undefined : "#cf1322" }}>
          {p.ltvPercent ? `${p.ltvPercent}%` : "—"}
        </b>
      ),
    },
    {
      key: "price",
      title: t("marketDesk.margin.price"),
      align: "right",
      exportValue: (p) => p.price,
      render: (_, p) => (
        <span className="gf-green-num">
          {p.price ? formatYuanExact(p.price) : "—"}
          <div className="gf-green-sub">
            {t("marketDesk.pledges.callPrice")} {p.callPrice ? formatYuanExact(p.callPrice) : "—"}
          </div>
        </span>
      ),
    },
    {
      key: "value",
      title: t("marketDesk.margin.collateralValue"),
      align: "right",
      exportValue: (p) => p.collateralValue,
      render: (_, p) => (
        <span className="gf-green-num">
          {formatYuan(p.collateralValue, lang)}
          <div className="gf-green-sub">
            {t("marketDesk.margin.outstanding")} {formatYuan(p.outstanding, lang)}
          </div>
        </span>
      ),
    },
    {
      key: "topUp",
      title: t("marketDesk.margin.topUp"),
      exportValue: topUpText,
      render: (_, p) =>
        p.topUp ? (
          <div style={{ whiteSpace: "normal", maxWidth: 300 }} data-testid={`margin-topup-${p.pledgeId}`}>
            <b>{t("marketDesk.margin.topUpUnits", { quantity: fmtDec(p.topUp.quantity, 3, 0), unit: p.topUp.unit })}</b>
            <div className="gf-green-sub">
              {t("marketDesk.margin.topUpRepay", { amount: formatYuan(p.topUp.cashRepayment, lang) })}{" "}
              {t("marketDesk.margin.topUpDeposit", { amount: formatYuan(p.topUp.cashDeposit, lang) })} ·{" "}
              {t("marketDesk.margin.restored", { ltv: p.topUp.restoredLtvPercent })}
            </div>
          </div>
        ) : (
          "—"
        ),
    },
  ];
  const c = q.data?.counts;
  return (
    <div data-testid="margin-calls">
      <Typography.Paragraph type="secondary">
        {t("marketDesk.margin.subtitle", { asOf: q.data?.asOf ?? "…" })}
        {q.data && <span className="gf-green-mono"> · {q.data.pricingRef}</span>}
      </Typography.Paragraph>
      {c && c.call + c.liquidate > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t("marketDesk.margin.counts", c)} />
      )}
      <ExportableTable<Row>
        exportName="margin-calls"
        toolbar={
          <Space wrap>
            <DatePicker
              allowClear
              placeholder={t("marketDesk.margin.asOf")}
              value={asOf ? dayjs(asOf) : null}
              onChange={(d) => setAsOf(d ? d.format("YYYY-MM-DD") : undefined)}
            />
            <Checkbox checked={onlyBreaches} onChange={(e) => setOnlyBreaches(e.target.checked)}>
              {t("marketDesk.margin.onlyBreaches")}
            </Checkbox>
          </Space>
        }
        size="small"
        rowKey="pledgeId"
        loading={q.isFetching && !q.data}
        dataSource={rows}
        columns={columns}
        scroll={{ x: "max-content" }}
        locale={{ emptyText: t("marketDesk.margin.allClear") }}
        expandable={{
          expandedRowRender: (p) => (
            <>
              {p.reasons.length > 0 && (
                <ul style={{ margin: "0 0 8px" }}>
                  {p.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              )}
              <TraceTable steps={p.trace} />
            </>
          ),
        }}
      />
    </div>
  );
}
