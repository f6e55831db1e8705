import type { TCarbonPledge } from "@greenfin/contracts";
import { Button, Segmented, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type PledgeStatus, usePledges } from "../../../api/marketCatalogue";
import { useSession } from "../../../app/auth";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { LoadError } from "../../../components/LoadError";
import { useLang } from "../../../lib/labels";
import { formatYuan } from "../../../lib/money";
import { fmtDec, fmtWhen } from "../../green/shared/format";
import { useDeskLabel } from "../products/deskLabels";
import { servesNeeds } from "../shared/access";
import { nameIn } from "../shared/names";
import { PledgeValuation } from "./PledgeValuation";
import { ltvAtRegistration, valuationOf } from "./pledgeValuation";
import { ReleasePledgeModal } from "./ReleasePledgeModal";

/** The pledge register: who pledged what to whom for which loan, valued how; the pledgee may release. */
export function PledgesTable() {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useDeskLabel();
  const session = useSession();
  const mayRelease = servesNeeds(session.activeOrg.kind, session.role);
  const [status, setStatus] = useState<PledgeStatus | "all">("active");
  const [releasing, setReleasing] = useState<TCarbonPledge | null>(null);
  const q = usePledges(status === "all" ? {} : { status });
  if (q.error) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  const columns: ExportColumn<TCarbonPledge>[] = [
    {
      key: "refNo",
      title: t("marketDesk.pledges.refNo"),
      dataIndex: "refNo",
      render: (_, p) => <span className="gf-green-mono">{p.refNo}</span>,
    },
    {
      key: "pledgor",
      title: `${t("marketDesk.pledges.pledgor")} → ${t("marketDesk.pledges.pledgee")}`,
      exportValue: (p) => `${nameIn(p.orgName, p.orgNameEn, lang)} → ${nameIn(p.pledgeeName, p.pledgeeNameEn, lang)}`,
      render: (_, p) => (
        <div style={{ maxWidth: 220, whiteSpace: "normal" }}>
          {nameIn(p.orgName, p.orgNameEn, lang)}
          <div className="gf-green-sub">→ {nameIn(p.pledgeeName, p.pledgeeNameEn, lang)}</div>
        </div>
      ),
    },
    {
      key: "asset",
      title: t("marketDesk.pledges.asset"),
      exportValue: (p) => `${label("assetKind", p.kind)} ${p.quantity} ${p.unit}`,
      render: (_, p) => (
        <>
          <Tag color="green">{label("assetKind", p.kind)}</Tag>
          <div className="gf-green-num">
            {fmtDec(p.quantity, 3, 0)} <span className="gf-green-sub">{p.unit}</span>
          </div>
        </>
      ),
    },
    {
      key: "secured",
      title: t("marketDesk.pledges.securedAmount"),
      align: "right",
      exportValue: (p) => Number(p.securedAmount),
      render: (_, p) => (
        <span className="gf-green-num">
          {formatYuan(p.securedAmount, lang)}
          <div className="gf-green-sub">{p.loanReference}</div>
        </span>
      ),
    },
    {
      key: "ltv",
      title: t("marketDesk.pledges.ltv"),
      align: "right",
      exportValue: (p) => ltvAtRegistration(p),
      render: (_, p) => {
        const ltv = ltvAtRegistration(p);
        return (
          <span className="gf-green-num">
            <b>{ltv ? `${ltv}%` : "—"}</b>
            <div className="gf-green-sub" title={t("marketDesk.pledges.collateralValue")}>
              {t("marketDesk.pledges.ltvOf", { amount: formatYuan(valuationOf(p).collateralValue, lang) })}
            </div>
          </span>
        );
      },
    },
    {
      key: "term",
      title: t("marketDesk.pledges.term"),
      exportValue: (p) => `${p.termStart} – ${p.termEnd}`,
      render: (_, p) => (
        <span className="gf-green-num">
          {p.termStart}
          <div className="gf-green-sub">→ {p.termEnd}</div>
        </span>
      ),
    },
    {
      key: "status",
      title: t("marketDesk.pledges.status"),
      exportValue: (p) =>
        p.status === "active" ? t("marketDesk.pledges.statusActive") : t("marketDesk.pledges.statusReleased"),
      render: (_, p) =>
        p.status === "active" ? (
          <Tag color="processing">{t("marketDesk.pledges.statusActive")}</Tag>
        ) : (
          <>
            <Tag>{t("marketDesk.pledges.statusReleased")}</Tag>
            <div className="gf-green-sub">{t("marketDesk.pledges.releasedAt", { when: fmtWhen(p.releasedAt) })}</div>
          </>
        ),
    },
    ...(mayRelease
      ? [
          {
            key: "actions",
            title: "",
            exportValue: false as const,
            render: (_: unknown, p: TCarbonPledge) =>
              p.status === "active" && p.pledgeeOrgId === session.activeOrg.id ? (
                <Button
                  size="small"
                  danger
                  type="link"
                  onClick={(e) => {
                    e.stopPropagation();
                    setReleasing(p);
                  }}
                  data-testid={`release-pledge-${p.id}`}
                >
                  {t("marketDesk.pledges.release")}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];
  return (
    <>
      <ExportableTable<TCarbonPledge>
        exportName="carbon-pledges"
        toolbar={
          <Segmented<PledgeStatus | "all">
            value={status}
            onChange={setStatus}
            data-testid="pledges-status"
            options={[
              { value: "active", label: t("marketDesk.pledges.statusActive") },
              { value: "released", label: t("marketDesk.pledges.statusReleased") },
              { value: "all", label: t("marketDesk.common.all") },
            ]}
          />
        }
        size="small"
        rowKey="id"
        loading={q.isFetching && !q.data}
        dataSource={q.data ?? []}
        columns={columns}
        scroll={{ x: "max-content" }}
        locale={{ emptyText: t("marketDesk.pledges.noPledges") }}
        data-testid="pledges-table"
        // A fixed expand column keeps an opened row's valuation as wide as the view, not the scrolled table.
        expandable={{ fixed: "left", expandedRowRender: (p) => <PledgeValuation pledge={p} /> }}
      />
      {releasing && <ReleasePledgeModal pledge={releasing} onClose={() => setReleasing(null)} />}
    </>
  );
}
