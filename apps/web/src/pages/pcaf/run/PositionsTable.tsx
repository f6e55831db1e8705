import { SearchOutlined } from "@ant-design/icons";
import { PCAF_ASSET_CLASS_KEYS } from "@greenfin/contracts";
import { Input, Select, Space, Tag, Tooltip } from "antd";
import type { SortOrder } from "antd/es/table/interface";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type PcafAssetClass,
  type TPcafPositionRow,
  type TPcafPositionsQuery,
  type TPcafRunDetail,
  usePcafPositions,
} from "../../../api/pcaf";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { LoadError } from "../../../components/LoadError";
import { useLang } from "../../../lib/labels";
import { fmtFactor, fmtT, fmtYuan, xlsNum } from "../shared/format";
import { assetClassName, DqScore, evidenceName, nonSection, sectionName, sectorLabel, th } from "../shared/widgets";
import { PositionDrawer } from "./PositionDrawer";

type Sort = TPcafPositionsQuery["sort"];
const SORT_COLUMN: Record<Sort, string> = {
  financed_desc: "financed",
  outstanding_desc: "outstanding",
  position: "positionId",
};

/** A position without a sector code: its section, or the households / sovereigns group it falls in. */
function groupOf(r: TPcafPositionRow): string | null {
  if (r.section) return r.section;
  if (r.assetClass === "mortgage" || r.assetClass === "motor_vehicle_loan") return "households";
  if (r.assetClass === "sovereign_debt") return "sovereigns";
  return null;
}

/** The run's positions, paged and filtered by the server; a click opens the position's full explanation. */
export function PositionsTable({ run }: { run: TPcafRunDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [assetClass, setAssetClass] = useState<PcafAssetClass | undefined>();
  const [section, setSection] = useState<string | undefined>();
  const [score, setScore] = useState<number | undefined>();
  const [covered, setCovered] = useState<"yes" | "no" | undefined>();
  const [search, setSearch] = useState("");
  const [q, setQ] = useState("");
  const [sort, setSort] = useState<Sort>("financed_desc");
  const [open, setOpen] = useState<string | null>(null);

  // Search as the user types, a moment after the last key.
  useEffect(() => {
    const id = setTimeout(() => setQ(search.trim()), 350);
    return () => clearTimeout(id);
  }, [search]);
  // A new filter starts at page one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the filters are the trigger
  useEffect(() => setPage((p) => ({ ...p, page: 1 })), [assetClass, section, score, covered, q, sort]);

  const query = { ...page, assetClass, section, score, covered, q: q || undefined, sort };
  const positions = usePcafPositions(run.id, query);
  const data = positions.data;

  const shortGroup = (r: TPcafPositionRow) => {
    const g = groupOf(r);
    const group = nonSection(g);
    return group ? t(`pcaf.sectionShort.${group}`) : (g ?? "—");
  };
  const order = (key: string): SortOrder | undefined =>
    SORT_COLUMN[sort] === key ? (sort === "position" ? "ascend" : "descend") : undefined;

  const columns: ExportColumn<TPcafPositionRow>[] = [
    {
      key: "positionId",
      ...th(t("pcaf.positions.col.position")),
      dataIndex: "positionId",
      sorter: true,
      sortOrder: order("positionId") ?? null,
      sortDirections: ["ascend"],
      render: (id: string, r) => (
        <div style={{ maxWidth: 170, whiteSpace: "normal" }}>
          <span className="gf-pcaf-mono">{id}</span>
          <div className="gf-pcaf-sub">{assetClassName(t, r.assetClass)}</div>
        </div>
      ),
    },
    {
      key: "assetClass",
      title: "",
      exportTitle: t("pcaf.positions.col.assetClass"),
      exportValue: (r) => assetClassName(t, r.assetClass),
      hidden: true,
    },
    {
      key: "counterparty",
      ...th(t("pcaf.positions.col.counterparty")),
      exportValue: (r) => r.counterpartyName ?? r.counterparty,
      render: (_, r) =>
        r.counterparty || r.counterpartyName ? (
          <div style={{ maxWidth: 230, whiteSpace: "normal" }}>
            <div>
              {r.counterpartyName ?? r.counterparty}
              {r.orgId && (
                <Tag color="green" style={{ marginInlineStart: 6 }}>
                  {t("pcaf.positions.onPlatform")}
                </Tag>
              )}
            </div>
            {r.counterpartyName && r.counterparty && <div className="gf-pcaf-sub gf-pcaf-mono">{r.counterparty}</div>}
          </div>
        ) : (
          <span className="gf-pcaf-dim">—</span>
        ),
    },
    {
      key: "sector",
      ...th(t("pcaf.positions.col.sector")),
      exportValue: (r) => r.sector ?? r.section,
      render: (_, r) => <span title={sectionName(t, r.section, lang)}>{r.sector ?? shortGroup(r)}</span>,
    },
    {
      key: "outstanding",
      ...th(t("pcaf.positions.col.outstanding")),
      align: "right",
      sorter: true,
      sortOrder: order("outstanding") ?? null,
      sortDirections: ["descend"],
      exportValue: (r) => xlsNum(r.outstanding),
      render: (_, r) => <span className="gf-pcaf-num">{fmtYuan(r.outstanding)}</span>,
    },
    {
      key: "attribution",
      ...th(t("pcaf.positions.col.attribution")),
      align: "right",
      exportValue: (r) => r.attributionFactor,
      render: (_, r) => <span className="gf-pcaf-num">{fmtFactor(r.attributionFactor)}</span>,
    },
    {
      key: "financed",
      ...th(t("pcaf.positions.col.financed12")),
      align: "right",
      sorter: true,
      sortOrder: order("financed") ?? null,
      sortDirections: ["descend"],
      exportValue: (r) => xlsNum(r.financedScope12Tco2e),
      render: (_, r) =>
        r.financedScope12Tco2e === null ? (
          <Tag>{t("pcaf.positions.notCovered")}</Tag>
        ) : (
          <span className="gf-pcaf-num">
            {fmtT(r.financedScope12Tco2e)}
            {r.financedScope3Tco2e !== null && (
              <div className="gf-pcaf-sub">
                {t("pcaf.positions.scope3Line", { value: fmtT(r.financedScope3Tco2e) })}
              </div>
            )}
          </span>
        ),
    },
    {
      key: "financed3",
      title: "",
      exportTitle: t("pcaf.positions.col.financed3"),
      exportValue: (r) => xlsNum(r.financedScope3Tco2e),
      hidden: true,
    },
    {
      key: "score",
      ...th(t("pcaf.positions.col.score")),
      exportValue: (r) => r.score,
      render: (_, r) => (
        <Tooltip title={evidenceName(t, r.evidence)}>
          <div style={{ maxWidth: 130, whiteSpace: "normal", lineHeight: 1.3 }}>
            <DqScore value={r.score} />
            {r.evidence && <div className="gf-pcaf-sub">{evidenceName(t, r.evidence)}</div>}
          </div>
        </Tooltip>
      ),
    },
    {
      key: "evidence",
      title: "",
      exportTitle: t("pcaf.positions.col.evidence"),
      exportValue: (r) => evidenceName(t, r.evidence),
      hidden: true,
    },
  ];

  if (positions.error) return <LoadError error={positions.error} onRetry={() => void positions.refetch()} />;

  return (
    <>
      <ExportableTable<TPcafPositionRow>
        className="gf-pcaf-table gf-pcaf-clickable"
        size="small"
        rowKey="positionId"
        loading={positions.isFetching && !data}
        exportName={`pcaf-positions-${run.year}-p${page.page}`}
        columns={columns}
        dataSource={data?.items ?? []}
        scroll={{ x: "max-content" }}
        data-testid="pcaf-positions-table"
        onRow={(r) => ({ onClick: () => setOpen(r.positionId), "data-testid": "pcaf-position-row" }) as never}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: data?.total ?? 0,
          pageSizeOptions: [20, 50, 100, 200],
        }}
        onChange={(p, _filters, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          const key = s?.order ? String(s.columnKey) : null;
          const next: Sort =
            key === "outstanding" ? "outstanding_desc" : key === "positionId" ? "position" : "financed_desc";
          if (next !== sort) setSort(next);
          else setPage({ page: p.current ?? 1, pageSize: p.pageSize ?? page.pageSize });
        }}
        toolbar={
          <Space wrap>
            <Select<PcafAssetClass>
              allowClear
              placeholder={t("pcaf.positions.filter.assetClass")}
              style={{ minWidth: 170 }}
              value={assetClass}
              onChange={setAssetClass}
              data-testid="pcaf-filter-asset-class"
              options={PCAF_ASSET_CLASS_KEYS.filter((k) =>
                run.byAssetClass.some((b) => b.key === k && b.positions > 0),
              ).map((k) => ({ value: k, label: assetClassName(t, k) }))}
            />
            <Select<string>
              allowClear
              showSearch={{ optionFilterProp: "label" }}
              placeholder={t("pcaf.positions.filter.section")}
              style={{ minWidth: 200 }}
              value={section}
              onChange={setSection}
              data-testid="pcaf-filter-section"
              options={run.bySector.map((b) => ({
                value: b.key,
                label: sectorLabel(t, b, lang),
              }))}
            />
            <Select<number>
              allowClear
              placeholder={t("pcaf.positions.filter.score")}
              style={{ minWidth: 130 }}
              value={score}
              onChange={setScore}
              data-testid="pcaf-filter-score"
              options={[1, 2, 3, 4, 5].map((s) => ({ value: s, label: t("pcaf.chart.score", { score: s }) }))}
            />
            <Select<"yes" | "no">
              allowClear
              placeholder={t("pcaf.positions.filter.covered")}
              style={{ minWidth: 130 }}
              value={covered}
              onChange={setCovered}
              data-testid="pcaf-filter-covered"
              options={[
                { value: "yes", label: t("pcaf.positions.covered") },
                { value: "no", label: t("pcaf.positions.notCovered") },
              ]}
            />
            <Input
              allowClear
              prefix={<SearchOutlined />}
              placeholder={t("pcaf.positions.filter.search")}
              style={{ width: 220 }}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              data-testid="pcaf-filter-search"
            />
          </Space>
        }
      />
      <PositionDrawer runId={run.id} positionId={open} onClose={() => setOpen(null)} />
    </>
  );
}
