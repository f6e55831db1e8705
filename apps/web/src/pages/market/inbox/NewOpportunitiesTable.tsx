import { ThunderboltOutlined } from "@ant-design/icons";
import type { TFinancingNeedDetail, TMarketProduct } from "@greenfin/contracts";
import { Button, Space, Tag, Tooltip } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { useLang } from "../../../lib/labels";
import { ClaimNeedModal } from "../needs-shared/ClaimNeedModal";
import { fmtWhen, formatYuan, formatYuanExact, num } from "../needs-shared/format";
import { productName, purposeLabel } from "../needs-shared/labels";
import { nameIn } from "../shared/names";

type Row = TFinancingNeedDetail;

/** 新商机: needs broadcast to the institution and open to it, with the products they matched and "认领". */
export function NewOpportunitiesTable({
  rows,
  products,
  loading,
  mayClaim,
}: {
  rows: Row[];
  products: TMarketProduct[];
  loading: boolean;
  mayClaim: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const [claiming, setClaiming] = useState<Row | null>(null);
  const names = new Map(products.map((p) => [p.id, productName(p, lang === "en")]));
  // Until the products have loaded, a count rather than ids nobody can read.
  const matched = (r: Row) =>
    products.length
      ? r.broadcastProductIds.map((id) => names.get(id) ?? "…")
      : [t("market.inbox.productsCount", { count: r.broadcastProductIds.length })];
  const columns: ExportColumn<Row>[] = [
    {
      key: "enterprise",
      title: t("market.col.enterprise"),
      render: (_, r) => (
        <div className="gf-mk-cell">
          <Link to={`/market/needs/${r.id}`} data-testid="opportunity-link">
            {nameIn(r.orgName, r.orgNameEn, lang)}
          </Link>
        </div>
      ),
      exportValue: (r) => nameIn(r.orgName, r.orgNameEn, lang),
    },
    {
      key: "amount",
      title: t("market.col.amount"),
      align: "right",
      sorter: (a, b) => Number(a.amount) - Number(b.amount),
      render: (_, r) => (
        <Tooltip title={formatYuanExact(r.amount)}>
          <span className="gf-mk-num">{formatYuan(r.amount, lang)}</span>
        </Tooltip>
      ),
      exportTitle: t("market.col.amountYuan"),
      exportValue: (r) => num(r.amount),
    },
    {
      key: "tenor",
      title: t("market.col.tenor"),
      sorter: (a, b) => a.tenorMonths - b.tenorMonths,
      render: (_, r) => t("market.months", { count: r.tenorMonths }),
      exportTitle: t("market.col.tenorMonths"),
      exportValue: (r) => r.tenorMonths,
    },
    {
      key: "purpose",
      title: t("market.col.purpose"),
      render: (_, r) => purposeLabel(t, r.purpose),
      exportValue: (r) => purposeLabel(t, r.purpose),
    },
    {
      key: "products",
      title: t("market.col.matchedProducts"),
      render: (_, r) => (
        <Space size={[4, 4]} wrap style={{ maxWidth: 280 }}>
          {matched(r).map((n) => (
            <Tag key={n} color="green">
              {n}
            </Tag>
          ))}
        </Space>
      ),
      exportValue: (r) => matched(r).join("; "),
    },
    {
      key: "claims",
      title: t("market.col.claims"),
      render: (_, r) => <Tag color={r.claimCount >= 2 ? "orange" : "default"}>{`${r.claimCount}/3`}</Tag>,
      exportValue: (r) => `${r.claimCount}/3`,
    },
    {
      key: "posted",
      title: t("market.col.posted"),
      sorter: (a, b) => a.postedAt.localeCompare(b.postedAt),
      render: (_, r) => <span className="gf-mk-num">{fmtWhen(r.postedAt)}</span>,
      exportValue: (r) => dayjs(r.postedAt).toDate(),
    },
    ...(mayClaim
      ? [
          {
            key: "action",
            title: "",
            exportValue: false as const,
            render: (_: unknown, r: Row) => (
              <Button
                size="small"
                type="primary"
                icon={<ThunderboltOutlined />}
                onClick={(e) => {
                  e.stopPropagation();
                  setClaiming(r);
                }}
                data-testid={`inbox-claim-${r.id}`}
              >
                {t("market.claim.button")}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      <ExportableTable<Row>
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={rows}
        columns={columns}
        exportName="market-opportunities"
        scroll={{ x: "max-content" }}
        data-testid="inbox-new-table"
        locale={{ emptyText: t("market.inbox.emptyNew") }}
      />
      {claiming && (
        <ClaimNeedModal
          need={claiming}
          onClose={() => setClaiming(null)}
          onClaimed={(c) => navigate(`/market/needs/${c.needId}`)}
        />
      )}
    </>
  );
}
