import type { TDisclosureSummary } from "@greenfin/contracts";
import { Button, Space, Tag } from "antd";
import dayjs from "dayjs";
import type { HTMLAttributes, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import type { DisclosureView } from "../../../api/disclosure";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { formatDateTime } from "../../../lib/dates";
import { orgName, useLang } from "../../../lib/labels";
import { DisclosureStatusTag } from "../shared/DisclosureStatusTag";
import { RowCompleteness } from "./RowCompleteness";

interface Props {
  view: DisclosureView;
  rows: TDisclosureSummary[] | undefined;
  loading: boolean;
  toolbar?: ReactNode;
  toolbarExtra?: ReactNode;
  emptyText?: string;
}

/** Test id of a listed disclosure: the year, and "-portfolio" for a portfolio-company disclosure. */
export const rowTestId = (d: TDisclosureSummary, view: DisclosureView) =>
  view === "own"
    ? `disclosure-row-${d.period.year}${d.entityKind === "portfolio_company" ? "-portfolio" : ""}`
    : `${view}-row-${d.id}`;

/** Disclosures as a table: own ones, a review queue, or those opened to us by a grant. */
export function DisclosureTable({ view, rows, loading, toolbar, toolbarExtra, emptyText }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const open = (d: TDisclosureSummary) => navigate(`/disclosure/${d.id}`);

  const columns: ExportColumn<TDisclosureSummary>[] = [
    ...(view === "own"
      ? []
      : [
          {
            key: "org",
            title: t("disclosure.list.org"),
            render: (_: unknown, d: TDisclosureSummary) => orgName(d.organisation, lang),
            exportValue: (d: TDisclosureSummary) => orgName(d.organisation, lang),
            sorter: (a: TDisclosureSummary, b: TDisclosureSummary) =>
              orgName(a.organisation, lang).localeCompare(orgName(b.organisation, lang), lang),
          } satisfies ExportColumn<TDisclosureSummary>,
        ]),
    {
      key: "year",
      title: t("disclosure.list.year"),
      width: 110,
      render: (_, d) => (
        <Space size={4}>
          <span style={{ fontWeight: 600 }}>{d.period.year}</span>
          {d.entityKind === "portfolio_company" && <Tag color="magenta">{t("disclosure.list.portfolioTag")}</Tag>}
        </Space>
      ),
      exportValue: (d) => d.period.year,
      sorter: (a, b) => a.period.year - b.period.year,
    },
    {
      key: "frameworks",
      title: t("disclosure.list.frameworks"),
      render: (_, d) => (
        <Space size={[4, 4]} wrap>
          {d.frameworks.map((f) => (
            <Tag key={f} color="green">
              {f}
            </Tag>
          ))}
        </Space>
      ),
      exportValue: (d) => d.frameworks.join(", "),
    },
    {
      key: "status",
      title: t("common.status"),
      width: 100,
      render: (_, d) => <DisclosureStatusTag status={d.status} />,
      exportValue: (d) => t(`disclosure.status.${d.status}`),
    },
    {
      key: "revision",
      title: t("disclosure.list.revision"),
      width: 80,
      align: "center",
      dataIndex: "revision",
    },
    ...(view === "granted"
      ? []
      : [
          {
            key: "completeness",
            title: t("disclosure.list.completeness"),
            width: 240,
            render: (_: unknown, d: TDisclosureSummary) => <RowCompleteness id={d.id} />,
            exportValue: false,
          } satisfies ExportColumn<TDisclosureSummary>,
        ]),
    {
      key: "updatedAt",
      title: t("disclosure.list.updated"),
      width: 150,
      render: (_, d) => formatDateTime(d.updatedAt, lang),
      exportValue: (d) => dayjs(d.updatedAt).toDate(),
      sorter: (a, b) => Date.parse(a.updatedAt) - Date.parse(b.updatedAt),
    },
    {
      key: "actions",
      title: t("common.actions"),
      width: 90,
      exportValue: false,
      render: (_, d) => (
        <Button
          type="link"
          size="small"
          onClick={(e) => {
            e.stopPropagation();
            open(d);
          }}
          data-testid={`open-${rowTestId(d, view)}`}
        >
          {view === "review" ? t("disclosure.list.review") : t("disclosure.list.open")}
        </Button>
      ),
    },
  ];

  return (
    <ExportableTable<TDisclosureSummary>
      exportName={`disclosures-${view}`}
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      toolbar={toolbar}
      toolbarExtra={toolbarExtra}
      locale={emptyText ? { emptyText } : undefined}
      rowClassName={() => "gf-clickable-row"}
      onRow={(d) => ({ onClick: () => open(d), "data-testid": rowTestId(d, view) }) as HTMLAttributes<HTMLElement>}
    />
  );
}
