import { PlusOutlined, SearchOutlined } from "@ant-design/icons";
import { MARKET_PRODUCT_FAMILIES, MARKET_SUB_TYPES_BY_FAMILY } from "@greenfin/contracts";
import { Button, Card, Checkbox, Input, Segmented, Select, Space, Tabs } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { type MarketFamily, useProducts } from "../../../api/marketCatalogue";
import { useSession } from "../../../app/auth";
import { LoadError } from "../../../components/LoadError";
import { PageHeader } from "../../../components/PageHeader";
import { isInstitution, servesNeeds } from "../shared/access";
import { useNameIn } from "../shared/names";
import { useDeskLabel } from "./deskLabels";
import { ProductFormModal } from "./ProductFormModal";
import { ProductTable } from "./ProductTable";
import "../../green/shared/green.css";

/** /market/products — 产品目录: every published product by family and sub-type; an institution's own in "我的产品". */
export default function ProductCatalogPage() {
  const { t } = useTranslation();
  const label = useDeskLabel();
  const nameOf = useNameIn();
  const session = useSession();
  const kind = session.activeOrg.kind;
  const mayPublish = servesNeeds(kind, session.role);
  const [params, setParams] = useSearchParams();
  const mine = isInstitution(kind) && params.get("tab") === "mine";
  const [family, setFamily] = useState<MarketFamily | "all">("all");
  const [subType, setSubType] = useState<string | undefined>();
  const [orgId, setOrgId] = useState<string | undefined>();
  const [search, setSearch] = useState("");
  const [includeRetired, setIncludeRetired] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const q = useProducts(mine ? { mine: true, includeRetired } : {});
  const all = q.data ?? [];

  const counts = useMemo(() => {
    const c: Record<string, number> = {};
    for (const p of all) c[p.family] = (c[p.family] ?? 0) + 1;
    return c;
  }, [all]);
  const institutions = useMemo(() => {
    const m = new Map<string, string>();
    for (const p of all) m.set(p.orgId, nameOf(p.orgName, p.orgNameEn));
    return [...m].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
  }, [all, nameOf]);
  const subTypes =
    family === "all"
      ? [...new Set(Object.values(MARKET_SUB_TYPES_BY_FAMILY).flat())]
      : MARKET_SUB_TYPES_BY_FAMILY[family];
  const needle = search.trim().toLowerCase();
  const rows = all.filter(
    (p) =>
      (family === "all" || p.family === family) &&
      (!subType || p.subType === subType) &&
      (!orgId || p.orgId === orgId) &&
      (!needle || `${p.nameZh} ${p.nameEn} ${p.orgName} ${p.orgNameEn} ${p.productKey}`.toLowerCase().includes(needle)),
  );

  const body = q.error ? (
    <LoadError error={q.error} onRetry={() => void q.refetch()} />
  ) : (
    <ProductTable products={rows} loading={q.isFetching && !q.data} mine={mine} />
  );
  return (
    <div data-testid="page-market-products">
      <PageHeader
        title={t("marketDesk.products.title")}
        subtitle={mine ? t("marketDesk.products.subtitleMine") : t("marketDesk.products.subtitle")}
        extra={
          mayPublish && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setPublishing(true)}
              data-testid="product-publish"
            >
              {t("marketDesk.products.publish")}
            </Button>
          )
        }
      />
      <Card variant="borderless">
        {isInstitution(kind) && (
          <Tabs
            activeKey={mine ? "mine" : "all"}
            onChange={(tab) => setParams(tab === "mine" ? { tab } : {}, { replace: true })}
            items={[
              { key: "all", label: <span data-testid="products-tab-all">{t("marketDesk.products.tabAll")}</span> },
              { key: "mine", label: <span data-testid="products-tab-mine">{t("marketDesk.products.tabMine")}</span> },
            ]}
          />
        )}
        <Space wrap style={{ marginBottom: 12 }}>
          <Segmented<MarketFamily | "all">
            value={family}
            onChange={(f) => {
              setFamily(f);
              setSubType(undefined);
            }}
            data-testid="products-family"
            options={[
              { value: "all", label: `${t("marketDesk.common.all")} ${all.length}` },
              ...MARKET_PRODUCT_FAMILIES.map((f) => ({ value: f, label: `${label("family", f)} ${counts[f] ?? 0}` })),
            ]}
          />
          <Select
            allowClear
            placeholder={t("marketDesk.products.filterSubType")}
            style={{ width: 200 }}
            value={subType}
            onChange={setSubType}
            options={subTypes.map((s) => ({ value: s, label: label("subType", s) }))}
            data-testid="products-subtype"
          />
          {!mine && (
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={t("marketDesk.products.filterInstitution")}
              style={{ width: 220 }}
              value={orgId}
              onChange={setOrgId}
              options={institutions}
            />
          )}
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder={t("marketDesk.products.search")}
            style={{ width: 220 }}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            data-testid="products-search"
          />
          {mine && (
            <Checkbox checked={includeRetired} onChange={(e) => setIncludeRetired(e.target.checked)}>
              {t("marketDesk.products.includeRetired")}
            </Checkbox>
          )}
        </Space>
        {body}
      </Card>
      {publishing && <ProductFormModal onClose={() => setPublishing(false)} />}
    </div>
  );
}
