import type { TMarketProduct } from "@greenfin/contracts";
import { Tag, Tooltip } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { TClaimTimer } from "../../../api/marketNeeds";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { useLang } from "../../../lib/labels";
import { fmtRate, fmtWhen, formatYuan, num } from "../needs-shared/format";
import { productName } from "../needs-shared/labels";
import { StageTimerTag } from "../needs-shared/StageTimerTag";
import { nextStage } from "../needs-shared/timers";
import { nameIn } from "../shared/names";
import { type ClaimRow, type ClaimStage, claimStage } from "./inboxRows";

const STAGE_COLORS: Record<ClaimStage, string> = {
  respond: "processing",
  visit: "processing",
  decide: "processing",
  awaiting_choice: "blue",
  chosen: "purple",
  funded: "green",
  declined: "red",
  closed: "default",
};

/** 我的认领: each claim's stage, its next deadline (countdown or overdue), decision and loan. */
export function MyClaimsTable({
  rows,
  timers,
  products,
  loading,
}: {
  rows: ClaimRow[];
  timers: Map<string, TClaimTimer>;
  products: TMarketProduct[];
  loading: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const names = new Map(products.map((p) => [p.id, productName(p, lang === "en")]));
  const stageText = (s: ClaimStage) => t(`market.claimStage.${s}`);
  const next = (r: ClaimRow) => {
    const s = claimStage(r);
    return s === "respond" || s === "visit" || s === "decide" ? nextStage(timers.get(r.claim.id)) : null;
  };
  const columns: ExportColumn<ClaimRow>[] = [
    {
      key: "need",
      title: t("market.col.need"),
      render: (_, r) => (
        <Link to={`/market/needs/${r.need.id}`} data-testid="claim-need-link">
          <span className="gf-mk-num">{formatYuan(r.need.amount, lang)}</span> ·{" "}
          {t("market.months", { count: r.need.tenorMonths })}
        </Link>
      ),
      exportTitle: t("market.col.amountYuan"),
      exportValue: (r) => num(r.need.amount),
    },
    {
      key: "enterprise",
      title: t("market.col.enterprise"),
      render: (_, r) => <div className="gf-mk-cell">{nameIn(r.need.orgName, r.need.orgNameEn, lang)}</div>,
      exportValue: (r) => nameIn(r.need.orgName, r.need.orgNameEn, lang),
    },
    {
      key: "product",
      title: t("market.col.product"),
      render: (_, r) => <div className="gf-mk-cell">{(r.claim.productId && names.get(r.claim.productId)) || "—"}</div>,
      exportValue: (r) => (r.claim.productId ? (names.get(r.claim.productId) ?? "") : ""),
    },
    {
      key: "stage",
      title: t("market.col.stage"),
      filters: (Object.keys(STAGE_COLORS) as ClaimStage[]).map((s) => ({ text: stageText(s), value: s })),
      onFilter: (v, r) => claimStage(r) === v,
      render: (_, r) => {
        const s = claimStage(r);
        return (
          <Tag color={STAGE_COLORS[s]} data-claim-stage={s}>
            {stageText(s)}
          </Tag>
        );
      },
      exportValue: (r) => stageText(claimStage(r)),
    },
    {
      key: "deadline",
      title: t("market.col.nextDeadline"),
      sorter: (a, b) => (next(a)?.dueAt ?? "9").localeCompare(next(b)?.dueAt ?? "9"),
      render: (_, r) => {
        const s = next(r);
        return s ? (
          <div>
            <StageTimerTag timer={s} withStage />
            <div className="gf-mk-num gf-mk-sub">{fmtWhen(s.dueAt)}</div>
          </div>
        ) : (
          "—"
        );
      },
      exportValue: (r) => {
        const s = next(r);
        return s ? dayjs(s.dueAt).toDate() : null;
      },
    },
    {
      key: "overdue",
      title: t("market.col.overdue"),
      exportTitle: t("market.col.overdue"),
      render: (_, r) => {
        const tm = timers.get(r.claim.id);
        return tm?.overdueStages.length ? (
          <Tooltip title={tm.overdueStages.map((s) => t(`market.stage.${s}` as "market.stage.respond")).join("、")}>
            <Tag color="error">{tm.overdueStages.length}</Tag>
          </Tooltip>
        ) : (
          "—"
        );
      },
      exportValue: (r) => timers.get(r.claim.id)?.overdueStages.length ?? 0,
    },
    {
      key: "decision",
      title: t("market.col.decision"),
      render: (_, r) =>
        r.claim.decision === "approved" ? (
          <span className="gf-mk-num">
            {formatYuan(r.claim.approvedAmount, lang)} · {fmtRate(r.claim.rate)}
          </span>
        ) : r.claim.decision === "declined" ? (
          <Tag color="red">{t("market.decision.declined")}</Tag>
        ) : (
          "—"
        ),
      exportValue: (r) =>
        r.claim.decision === "approved"
          ? `${r.claim.approvedAmount} @ ${r.claim.rate}%`
          : r.claim.decision
            ? t(`market.decision.${r.claim.decision}`)
            : "",
    },
    {
      key: "funded",
      title: t("market.col.funded"),
      render: (_, r) =>
        r.claim.fundedAt ? (
          <span className="gf-mk-num">
            {formatYuan(r.claim.fundedAmount, lang)}
            <div className="gf-mk-sub">{fmtWhen(r.claim.fundedAt)}</div>
          </span>
        ) : (
          "—"
        ),
      exportTitle: t("market.col.fundedYuan"),
      exportValue: (r) => num(r.claim.fundedAmount),
    },
    {
      key: "claimed",
      title: t("market.col.claimedAt"),
      sorter: (a, b) => a.claim.claimedAt.localeCompare(b.claim.claimedAt),
      render: (_, r) => <span className="gf-mk-num">{fmtWhen(r.claim.claimedAt)}</span>,
      exportValue: (r) => dayjs(r.claim.claimedAt).toDate(),
    },
  ];
  return (
    <ExportableTable<ClaimRow>
      size="small"
      rowKey={(r) => r.claim.id}
      loading={loading}
      dataSource={rows}
      columns={columns}
      exportName="market-my-claims"
      scroll={{ x: "max-content" }}
      data-testid="inbox-claims-table"
      locale={{ emptyText: t("market.inbox.emptyClaims") }}
    />
  );
}
