import type { TFinancingNeedDetail } from "@greenfin/contracts";
import { Progress, Tooltip } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { useLang } from "../../../lib/labels";
import { fmtWhen, formatYuan, formatYuanExact, num } from "../needs-shared/format";
import { purposeLabel } from "../needs-shared/labels";
import { NeedStatusTag } from "../needs-shared/NeedStatusTag";

type Row = TFinancingNeedDetail;

/** The enterprise's needs, newest first; a row opens the need. */
export function MyNeedsTable({ needs, loading }: { needs: Row[]; loading: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const rows = [...needs].sort((a, b) => b.postedAt.localeCompare(a.postedAt));
  const columns: ExportColumn<Row>[] = [
    {
      key: "status",
      title: t("market.col.status"),
      render: (_, r) => <NeedStatusTag status={r.status} />,
      exportValue: (r) => t(`market.status.${r.status}`),
      filters: [...new Set(needs.map((n) => n.status))].map((s) => ({ text: t(`market.status.${s}`), value: s })),
      onFilter: (v, r) => r.status === v,
    },
    {
      key: "amount",
      title: t("market.col.amount"),
      align: "right",
      sorter: (a, b) => Number(a.amount) - Number(b.amount),
      render: (_, r) => (
        <Tooltip title={formatYuanExact(r.amount)}>
          <Link to={`/market/needs/${r.id}`} className="gf-mk-num" data-testid="need-link">
            {formatYuan(r.amount, lang)}
          </Link>
        </Tooltip>
      ),
      exportTitle: t("market.col.amountYuan"),
      exportValue: (r) => num(r.amount),
    },
    {
      key: "tenor",
      title: t("market.col.tenor"),
      render: (_, r) => t("market.months", { count: r.tenorMonths }),
      exportTitle: t("market.col.tenorMonths"),
      exportValue: (r) => r.tenorMonths,
    },
    {
      key: "purpose",
      title: t("market.col.purpose"),
      render: (_, r) => (
        <div style={{ maxWidth: 200, whiteSpace: "normal" }}>
          {purposeLabel(t, r.purpose)}
          {r.description && <div className="gf-mk-sub">{r.description.slice(0, 60)}</div>}
        </div>
      ),
      exportValue: (r) => purposeLabel(t, r.purpose),
    },
    {
      key: "broadcast",
      title: t("market.col.broadcast"),
      render: (_, r) => t("market.find.broadcast", { count: r.broadcastCount }),
      exportValue: (r) => r.broadcastCount,
    },
    {
      key: "claims",
      title: t("market.col.claims"),
      render: (_, r) => (
        <Tooltip title={t("market.find.claimsHint")}>
          <Progress
            percent={(r.claimCount / 3) * 100}
            steps={3}
            size="small"
            format={() => `${r.claimCount}/3`}
            data-testid="need-claims"
          />
        </Tooltip>
      ),
      exportValue: (r) => r.claimCount,
    },
    {
      key: "offers",
      title: t("market.col.offers"),
      render: (_, r) => r.claims.filter((c) => c.decision === "approved").length,
      exportValue: (r) => r.claims.filter((c) => c.decision === "approved").length,
    },
    {
      key: "posted",
      title: t("market.col.posted"),
      sorter: (a, b) => a.postedAt.localeCompare(b.postedAt),
      render: (_, r) => <span className="gf-mk-num">{fmtWhen(r.postedAt)}</span>,
      exportValue: (r) => dayjs(r.postedAt).toDate(),
    },
    {
      key: "closed",
      title: t("market.col.closeReason"),
      render: (_, r) =>
        r.closedAt ? (
          <div style={{ maxWidth: 200, whiteSpace: "normal" }}>
            {r.closeReason ?? t(`market.status.${r.status}`)}
            <div className="gf-mk-sub">{fmtWhen(r.closedAt)}</div>
          </div>
        ) : (
          "—"
        ),
      exportValue: (r) => (r.closedAt ? (r.closeReason ?? t(`market.status.${r.status}`)) : ""),
    },
  ];
  return (
    <ExportableTable<Row>
      size="small"
      rowKey="id"
      className="gf-mk-clickable"
      loading={loading}
      dataSource={rows}
      columns={columns}
      exportName="market-needs"
      scroll={{ x: "max-content" }}
      data-testid="my-needs-table"
      onRow={(r) => ({ onClick: (e) => !(e.target as HTMLElement).closest("a") && navigate(`/market/needs/${r.id}`) })}
      locale={{ emptyText: t("market.find.empty") }}
    />
  );
}
