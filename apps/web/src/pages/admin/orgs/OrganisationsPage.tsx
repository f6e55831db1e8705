import { PlusOutlined } from "@ant-design/icons";
import { type TOrganisation, zOrgKind } from "@greenfin/contracts";
import { Button, Card, Input, Select, Space, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { useOrgList } from "../../../api/hooks";
import { useIsAdmin, useSession } from "../../../app/auth";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { Forbidden } from "../../../components/Forbidden";
import { LoadError } from "../../../components/LoadError";
import { IndustryText, RevenueText } from "../../../components/OrgDetails";
import { OrgKindTag } from "../../../components/OrgKindTag";
import { PageHeader } from "../../../components/PageHeader";
import { formatDate } from "../../../lib/dates";
import { INDUSTRY_SECTIONS, sectionOf } from "../../../lib/industry";
import { orgName, useLang } from "../../../lib/labels";
import { CreateOrgDrawer } from "./CreateOrgDrawer";
import { OrgDetailDrawer } from "./OrgDetailDrawer";

/** District view of every organisation in the zone, filtered and paged on the server. */
export default function OrganisationsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const session = useSession();
  const isAdmin = useIsAdmin();
  const [params, setParams] = useSearchParams();
  const page = Number(params.get("page") ?? 1) || 1;
  const pageSize = Number(params.get("pageSize") ?? 20) || 20;
  const kind = params.get("kind") ?? undefined;
  const q = params.get("q") ?? undefined;
  const industrySection = params.get("section") ?? undefined;
  const [creating, setCreating] = useState(false);
  const [selected, setSelected] = useState<TOrganisation | null>(null);
  const { data, error, isFetching, refetch } = useOrgList({ kind, q, industrySection, page, pageSize });

  if (session.activeOrg.kind !== "district") return <Forbidden />;

  const setFilter = (patch: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries({ page: 1, ...patch })) {
      if (v === undefined || String(v) === "") next.delete(k);
      else next.set(k, String(v));
    }
    setParams(next, { replace: true });
  };

  const columns: ExportColumn<TOrganisation>[] = [
    {
      key: "name",
      title: t("org.name"),
      width: 250,
      render: (_, o) => (
        <div>
          <div style={{ fontWeight: 500 }}>{orgName(o, lang)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {lang === "en" ? o.nameZh : o.nameEn}
          </Typography.Text>
        </div>
      ),
      exportValue: (o) => orgName(o, lang),
    },
    {
      key: "kind",
      title: t("org.kind"),
      dataIndex: "kind",
      className: "gf-nowrap",
      render: (k: TOrganisation["kind"]) => <OrgKindTag kind={k} />,
      exportValue: (o) => t(`kinds.${o.kind}`),
    },
    {
      key: "uscc",
      title: t("org.uscc"),
      dataIndex: "uscc",
      className: "gf-nowrap",
      render: (v: string | null) => <span className="gf-mono">{v ?? "—"}</span>,
    },
    {
      key: "industry",
      title: t("org.industry"),
      width: 210,
      render: (_, o) => <IndustryText org={o} />,
      exportValue: (o) =>
        o.industryCode
          ? `${o.industryCode} ${lang === "en" ? (sectionOf(o.industryCode)?.en ?? "") : (o.industryNameZh ?? "")}`
          : null,
    },
    {
      key: "area",
      title: t("org.area"),
      dataIndex: "area",
      className: "gf-nowrap",
      render: (v: string | null) => v ?? "—",
    },
    {
      key: "size",
      title: t("org.size"),
      dataIndex: "size",
      className: "gf-nowrap",
      render: (v: TOrganisation["size"]) => (v ? t(`sizes.${v}`) : "—"),
      exportValue: (o) => (o.size ? t(`sizes.${o.size}`) : null),
    },
    {
      key: "employees",
      title: t("org.employees"),
      dataIndex: "employees",
      align: "right",
      className: "gf-nowrap",
      render: (v: number | null) => (v === null ? "—" : v.toLocaleString(lang)),
    },
    {
      key: "revenue",
      title: t("org.revenue"),
      align: "right",
      className: "gf-nowrap",
      render: (_, o) => <RevenueText value={o.revenueCny} />,
      exportTitle: t("org.revenueYuan"),
      // Exact decimal text, so Excel receives the amount without float rounding on our side.
      exportValue: (o) => o.revenueCny,
    },
    {
      key: "createdAt",
      title: t("org.createdAt"),
      className: "gf-nowrap",
      render: (_, o) => formatDate(o.createdAt, lang),
      exportValue: (o) => dayjs(o.createdAt).toDate(),
    },
  ];

  const toolbar = (
    <Space wrap>
      <Input.Search
        allowClear
        defaultValue={q}
        placeholder={t("orgs.searchPlaceholder")}
        onSearch={(v) => setFilter({ q: v.trim() || undefined })}
        style={{ width: 260 }}
        data-testid="orgs-search"
      />
      <Select
        allowClear
        value={kind}
        placeholder={t("org.kind")}
        style={{ width: 160 }}
        onChange={(v) => setFilter({ kind: v })}
        options={zOrgKind.options.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: "label" }}
        value={industrySection}
        placeholder={t("org.industrySection")}
        style={{ width: 260 }}
        onChange={(v) => setFilter({ section: v })}
        options={INDUSTRY_SECTIONS.map((s) => ({ value: s.code, label: `${s.code} ${lang === "en" ? s.en : s.zh}` }))}
      />
    </Space>
  );

  return (
    <div data-testid="page-orgs">
      <PageHeader
        title={t("orgs.title")}
        subtitle={t("orgs.subtitle")}
        extra={
          isAdmin && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="org-create">
              {t("orgs.create")}
            </Button>
          )
        }
      />
      <Card variant="borderless">
        {error ? (
          <LoadError error={error} onRetry={() => void refetch()} />
        ) : (
          <ExportableTable<TOrganisation>
            exportName="organisations"
            rowKey="id"
            size="middle"
            toolbar={toolbar}
            columns={columns}
            dataSource={data?.items}
            loading={isFetching}
            scroll={{ x: 1100 }}
            rowClassName={() => "gf-clickable-row"}
            onRow={(o) => ({ onClick: () => setSelected(o) })}
            pagination={{ current: page, pageSize, total: data?.total ?? 0, pageSizeOptions: [10, 20, 50, 100] }}
            onChange={(p) => setFilter({ page: p.current, pageSize: p.pageSize, q, kind, section: industrySection })}
          />
        )}
      </Card>
      <CreateOrgDrawer open={creating} onClose={() => setCreating(false)} />
      <OrgDetailDrawer org={selected} onClose={() => setSelected(null)} />
    </div>
  );
}
