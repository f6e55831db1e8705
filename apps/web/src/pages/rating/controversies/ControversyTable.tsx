import type { TControversy } from "@greenfin/contracts";
import { Button, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { formatDate, formatDateTime } from "../../../lib/dates";
import { orgName, useLang } from "../../../lib/labels";
import { maybe } from "../shared/format";
import { useMethodologyLookup } from "../shared/useMethodologyLookup";

const SEVERITY_COLORS = ["", "default", "gold", "orange", "volcano", "red"] as const;
const STATUS_COLORS: Record<string, string> = {
  confirmed: "red",
  alleged: "orange",
  remediated: "green",
  dismissed: "default",
};

/** Controversies recorded about organisations; a status can be changed from the row when `onChangeStatus` is given. */
export function ControversyTable({
  items,
  loading,
  showEntity = true,
  onChangeStatus,
  toolbar,
  entityLinks = false,
}: {
  items: TControversy[] | undefined;
  loading?: boolean;
  showEntity?: boolean;
  onChangeStatus?: ((c: TControversy) => void) | undefined;
  toolbar?: React.ReactNode;
  /** Names link to the organisation's rating page (the district may open any). */
  entityLinks?: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const m = useMethodologyLookup();
  const severity = (n: number) => t("rating.severityLabel", { level: n, label: maybe(t, `rating.severity.${n}`, "") });
  const columns: ExportColumn<TControversy>[] = [
    ...(showEntity
      ? [
          {
            key: "entity",
            title: t("rating.controversy.entity"),
            exportValue: (c: TControversy) => orgName(c.entity, lang),
            render: (_: unknown, c: TControversy) =>
              entityLinks ? (
                <Link to={`/rating/entities/${c.entity.id}`}>{orgName(c.entity, lang)}</Link>
              ) : (
                orgName(c.entity, lang)
              ),
          } satisfies ExportColumn<TControversy>,
        ]
      : []),
    {
      key: "date",
      title: t("rating.controversy.date"),
      dataIndex: "date",
      width: 120,
      sorter: (a, b) => a.date.localeCompare(b.date),
      render: (d: string) => <span className="gf-num">{formatDate(d, lang)}</span>,
    },
    {
      key: "severity",
      title: t("rating.controversy.severity"),
      width: 130,
      sorter: (a, b) => a.severity - b.severity,
      exportValue: (c) => severity(c.severity),
      render: (_, c) => <Tag color={SEVERITY_COLORS[c.severity] ?? "default"}>{severity(c.severity)}</Tag>,
    },
    {
      key: "category",
      title: t("rating.controversy.category"),
      exportValue: (c) => m.category(c.category),
      render: (_, c) => m.category(c.category),
    },
    {
      key: "status",
      title: t("rating.controversy.status"),
      width: 190,
      exportValue: (c) => m.status(c.status),
      render: (_, c) => (
        <span>
          <Tag color={STATUS_COLORS[c.status] ?? "default"} data-testid="controversy-status">
            {m.status(c.status)}
          </Tag>
          {onChangeStatus && (
            <Button type="link" size="small" onClick={() => onChangeStatus(c)} data-testid="controversy-change-status">
              {t("rating.controversy.changeStatus")}
            </Button>
          )}
        </span>
      ),
    },
    {
      key: "description",
      title: t("rating.controversy.description"),
      exportValue: (c) => c.description,
      width: 280,
      render: (_, c) => (
        <div>
          <Typography.Paragraph
            style={{ marginBottom: 2 }}
            ellipsis={{ rows: 2, expandable: true, symbol: t("common.detail") }}
          >
            {c.description}
          </Typography.Paragraph>
          <div className="gf-sub">{c.source}</div>
        </div>
      ),
    },
    {
      key: "source",
      title: t("rating.controversy.source"),
      dataIndex: "source",
      hidden: true,
    },
    {
      key: "recordedBy",
      title: t("rating.controversy.recordedBy"),
      exportValue: (c) => orgName(c.recordedBy, lang),
      render: (_, c) => (
        <div>
          <div>{orgName(c.recordedBy, lang)}</div>
          <div className="gf-sub gf-num">{formatDateTime(c.recordedAt, lang)}</div>
        </div>
      ),
    },
  ];
  return (
    <ExportableTable<TControversy>
      rowKey="id"
      exportName="controversies"
      columns={columns}
      dataSource={items}
      loading={loading}
      size="middle"
      scroll={{ x: 1000 }}
      pagination={{ pageSize: 20 }}
      locale={{ emptyText: t("rating.controversy.empty") }}
      toolbar={toolbar}
    />
  );
}
