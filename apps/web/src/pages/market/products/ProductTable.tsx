import type { TMarketProduct } from "@greenfin/contracts";
import { Space, Tag, Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { useLang } from "../../../lib/labels";
import { fmtWhen, named } from "../../green/shared/format";
import { nameIn } from "../shared/names";
import { FAMILY_COLORS, useDeskLabel } from "./deskLabels";
import { EligibilityView, useEligibilitySummary } from "./EligibilityView";
import { PricingTableView } from "./PricingTableView";

const rateText = (p: TMarketProduct) =>
  p.rateMin && p.rateMax ? (p.rateMin === p.rateMax ? `${p.rateMin}%` : `${p.rateMin}% – ${p.rateMax}%`) : "—";

const STATUS_COLORS: Record<string, string> = { draft: "default", published: "success", retired: "warning" };

/** The catalogue's rows; a row opens to its eligibility rules read out and its linked-pricing table. */
export function ProductTable({
  products,
  loading,
  mine,
}: {
  products: TMarketProduct[];
  loading: boolean;
  mine: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useDeskLabel();
  const summary = useEligibilitySummary();
  const columns: ExportColumn<TMarketProduct>[] = [
    {
      key: "institution",
      title: t("marketDesk.products.institution"),
      width: 160,
      exportValue: (p) => nameIn(p.orgName, p.orgNameEn, lang),
      render: (_, p) => <div style={{ whiteSpace: "normal" }}>{nameIn(p.orgName, p.orgNameEn, lang)}</div>,
      sorter: (a, b) => nameIn(a.orgName, a.orgNameEn, lang).localeCompare(nameIn(b.orgName, b.orgNameEn, lang)),
    },
    {
      key: "name",
      title: t("marketDesk.products.name"),
      width: 220,
      exportValue: (p) => named(p, lang),
      render: (_, p) => (
        <div style={{ whiteSpace: "normal" }}>
          <b>{named(p, lang)}</b>
          <div className="gf-green-sub">
            <span className="gf-green-mono">{p.productKey}</span> · v{p.version}
          </div>
        </div>
      ),
    },
    {
      key: "family",
      title: t("marketDesk.products.familyCol"),
      width: 140,
      exportValue: (p) => `${label("family", p.family)}${p.subType ? ` / ${label("subType", p.subType)}` : ""}`,
      render: (_, p) => (
        <Space size={4} wrap>
          <Tag color={FAMILY_COLORS[p.family]}>{label("family", p.family)}</Tag>
          {p.subType && <Tag>{label("subType", p.subType)}</Tag>}
        </Space>
      ),
    },
    {
      key: "rate",
      width: 100,
      title: t("marketDesk.products.rate"),
      exportValue: rateText,
      render: (_, p) => <span className="gf-green-num">{rateText(p)}</span>,
    },
    {
      key: "eligibility",
      title: t("marketDesk.products.eligibility"),
      exportValue: (p) => summary(p.eligibility),
      render: (_, p) => (
        <Typography.Text type="secondary" style={{ whiteSpace: "normal", fontSize: 13 }}>
          {summary(p.eligibility)}
        </Typography.Text>
      ),
    },
    {
      key: "pricing",
      width: 100,
      title: t("marketDesk.products.pricing"),
      exportValue: (p) => p.pricing?.ref ?? t("marketDesk.products.freePricing"),
      render: (_, p) =>
        p.pricing ? (
          <Tag color="cyan">{t("marketDesk.products.hasPricing")}</Tag>
        ) : (
          <span className="gf-green-sub">{t("marketDesk.products.freePricing")}</span>
        ),
    },
    ...(mine
      ? [
          {
            key: "status",
            title: t("marketDesk.products.status"),
            width: 80,
            exportValue: (p: TMarketProduct) => label("productStatus", p.status),
            render: (_: unknown, p: TMarketProduct) => (
              <Tag color={STATUS_COLORS[p.status]}>{label("productStatus", p.status)}</Tag>
            ),
          },
        ]
      : []),
    {
      key: "publishedAt",
      title: mine ? t("marketDesk.products.createdAt") : t("marketDesk.products.publishedAt"),
      width: 110,
      exportValue: (p) => fmtWhen(mine ? p.createdAt : p.publishedAt),
      render: (_, p) => (
        <Tooltip title={fmtWhen(mine ? p.createdAt : p.publishedAt)}>
          <span className="gf-green-num">{fmtWhen(mine ? p.createdAt : p.publishedAt).slice(0, 10)}</span>
        </Tooltip>
      ),
    },
  ];
  return (
    <ExportableTable<TMarketProduct>
      exportName={mine ? "my-products" : "products"}
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={products}
      columns={columns}
      tableLayout="fixed"
      scroll={{ x: mine ? 1080 : 1000 }}
      data-testid="product-table"
      expandable={{
        fixed: "left",
        expandRowByClick: true,
        expandedRowRender: (p) => (
          <div style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1.3fr)", gap: 16 }}>
            <div>
              {p.description && (
                <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>{p.description}</Typography.Paragraph>
              )}
              <EligibilityView rules={p.eligibility} />
            </div>
            <div>
              {p.pricing ? (
                <PricingTableView table={p.pricing.table} pricingRef={p.pricing.ref} />
              ) : (
                <Typography.Text type="secondary">{t("marketDesk.products.freePricing")}</Typography.Text>
              )}
            </div>
          </div>
        ),
      }}
    />
  );
}
