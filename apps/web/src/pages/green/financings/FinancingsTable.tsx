import { SearchOutlined } from "@ant-design/icons";
import { FINANCING_INSTRUMENTS, type TGreenFinancingRow } from "@greenfin/contracts";
import { Button, Input, Select, Space, Table, Tag } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { type GreenFinancingFilters, greenApi, useGreenFinancings } from "../../../api/green";
import { useSession } from "../../../app/auth";
import { LoadError } from "../../../components/LoadError";
import { OrgSelect } from "../../../components/OrgSelect";
import { useLang } from "../../../lib/labels";
import { canLabel } from "../shared/access";
import { CategoryCascader } from "../shared/CategoryCascader";
import { fmtAmount, named } from "../shared/format";
import { ServerExportButton } from "../shared/ServerExportButton";
import { RelabelModal } from "./RelabelModal";

/** The labelled book: the institution's own financings, or for the district every institution's. */
export function FinancingsTable() {
  const { t } = useTranslation();
  const lang = useLang();
  const session = useSession();
  const district = session.activeOrg.kind === "district";
  const mayLabel = canLabel(session.activeOrg.kind, session.role);
  const [filters, setFilters] = useState<GreenFinancingFilters>({});
  const [search, setSearch] = useState("");
  const [page, setPage] = useState({ page: 1, pageSize: 50 });
  const [relabel, setRelabel] = useState<TGreenFinancingRow | null>(null);
  useEffect(() => {
    const id = setTimeout(() => setFilters((f) => ({ ...f, q: search.trim() || undefined })), 350);
    return () => clearTimeout(id);
  }, [search]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new filter starts at page one
  useEffect(() => setPage((p) => ({ ...p, page: 1 })), [filters]);
  const query = { ...filters, ...page };
  const q = useGreenFinancings(query);

  if (q.error) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  return (
    <>
      <div className="gf-table-toolbar">
        <Space wrap style={{ flex: 1 }}>
          {district && (
            <OrgSelect
              allowClear
              placeholder={t("green.financing.allInstitutions")}
              value={filters.orgId}
              onChange={(orgId) => setFilters({ ...filters, orgId })}
              style={{ width: 240 }}
            />
          )}
          <Select
            allowClear
            placeholder={t("green.financing.instrument")}
            style={{ width: 120 }}
            value={filters.instrument}
            onChange={(instrument) => setFilters({ ...filters, instrument })}
            options={FINANCING_INSTRUMENTS.map((i) => ({ value: i, label: t(`green.instrument.${i}`) }))}
          />
          <CategoryCascader
            anyLevel
            value={filters.category}
            onChange={(category) => setFilters({ ...filters, category })}
            style={{ width: 220 }}
          />
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder={t("green.financing.q")}
            style={{ width: 220 }}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            data-testid="green-financings-q"
          />
        </Space>
        <ServerExportButton
          url={greenApi.financingsExportUrl(query)}
          fileName="green-financings.xlsx"
          testId="green-financings-export"
        />
      </div>
      <Table<TGreenFinancingRow>
        size="small"
        rowKey="id"
        loading={q.isFetching && !q.data}
        dataSource={q.data?.items ?? []}
        scroll={{ x: "max-content" }}
        data-testid="green-financings-table"
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: q.data?.total ?? 0,
          showTotal: (total) => t("common.total", { total }),
          onChange: (p, s) => setPage({ page: p, pageSize: s }),
        }}
        columns={[
          {
            key: "ref",
            title: t("green.financing.reference"),
            render: (_, r) => (
              <>
                <span className="gf-green-mono">{r.reference}</span> <Tag>{t(`green.instrument.${r.instrument}`)}</Tag>
                {district && <div className="gf-green-sub">{named(r.institution, lang)}</div>}
              </>
            ),
          },
          {
            key: "borrower",
            title: t("green.financing.borrower"),
            render: (_, r) => (
              <div style={{ maxWidth: 220, whiteSpace: "normal" }}>
                {r.borrower.name}
                {r.project && (
                  <div className="gf-green-sub">
                    <Link to={`/green/projects/${r.project.id}`}>{r.project.refNo}</Link> {r.project.name}
                  </div>
                )}
              </div>
            ),
          },
          {
            key: "category",
            title: t("green.financing.category"),
            render: (_, r) =>
              r.category ? (
                <div style={{ maxWidth: 240, whiteSpace: "normal" }}>
                  <span className="gf-green-mono">{r.category.code}</span> {named(r.category, lang)}
                  <div className="gf-green-sub">{r.useOfProceeds}</div>
                </div>
              ) : (
                <Tag color="warning">{t("green.financing.unlabelled")}</Tag>
              ),
          },
          {
            key: "industry",
            title: t("green.financing.industry"),
            render: (_, r) => <span className="gf-green-mono">{r.industryCode ?? "—"}</span>,
          },
          {
            key: "amount",
            title: `${t("green.financing.amount")} / ${t("green.financing.outstanding")}`,
            align: "right",
            render: (_, r) => (
              <span className="gf-green-num">
                {fmtAmount(r.amount)}
                <div className="gf-green-sub">{fmtAmount(r.outstanding)}</div>
              </span>
            ),
          },
          {
            key: "terms",
            title: `${t("green.financing.startDate")} · ${t("green.financing.rate")}`,
            render: (_, r) => (
              <span className="gf-green-num">
                {r.startDate} → {r.maturityDate ?? "—"}
                <div className="gf-green-sub">{r.ratePercent ? `${r.ratePercent}%` : "—"}</div>
              </span>
            ),
          },
          ...(mayLabel
            ? [
                {
                  key: "actions",
                  title: "",
                  render: (_: unknown, r: TGreenFinancingRow) => (
                    <Button size="small" type="link" onClick={() => setRelabel(r)} data-testid="green-relabel">
                      {t("green.financing.relabel")}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {relabel && <RelabelModal row={relabel} onClose={() => setRelabel(null)} />}
    </>
  );
}
