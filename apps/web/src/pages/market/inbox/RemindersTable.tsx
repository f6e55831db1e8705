import type { TMarketReminder } from "@greenfin/contracts";
import { Tag } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { useLang } from "../../../lib/labels";
import { fmtWhen } from "../needs-shared/format";
import { nameIn } from "../shared/names";

/** 提醒: the service-level job's "due soon" and "overdue" notes, overdue first, then by deadline. */
export function RemindersTable({ rows, loading }: { rows: TMarketReminder[]; loading: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const sorted = [...rows].sort((a, b) =>
    a.kind === b.kind ? a.dueAt.localeCompare(b.dueAt) : a.kind === "overdue" ? -1 : 1,
  );
  const columns: ExportColumn<TMarketReminder>[] = [
    {
      key: "kind",
      title: t("market.col.reminderKind"),
      filters: [
        { text: t("market.reminder.overdue"), value: "overdue" },
        { text: t("market.reminder.due_soon"), value: "due_soon" },
      ],
      onFilter: (v, r) => r.kind === v,
      render: (_, r) => (
        <Tag color={r.kind === "overdue" ? "error" : "warning"} data-reminder-kind={r.kind}>
          {t(`market.reminder.${r.kind}`)}
        </Tag>
      ),
      exportValue: (r) => t(`market.reminder.${r.kind}`),
    },
    {
      key: "stage",
      title: t("market.col.stage"),
      render: (_, r) => t(`market.stage.${r.stage}`),
      exportValue: (r) => t(`market.stage.${r.stage}`),
    },
    {
      key: "enterprise",
      title: t("market.col.enterprise"),
      render: (_, r) => (
        <Link to={`/market/needs/${r.needId}`} data-testid="reminder-link">
          {nameIn(r.enterpriseName, r.enterpriseNameEn, lang)}
        </Link>
      ),
      exportValue: (r) => nameIn(r.enterpriseName, r.enterpriseNameEn, lang),
    },
    {
      key: "institution",
      title: t("market.col.institution"),
      render: (_, r) => nameIn(r.institutionName, r.institutionNameEn, lang),
      exportValue: (r) => nameIn(r.institutionName, r.institutionNameEn, lang),
    },
    {
      key: "due",
      title: t("market.col.dueAt"),
      sorter: (a, b) => a.dueAt.localeCompare(b.dueAt),
      render: (_, r) => (
        <span className="gf-mk-num" style={r.kind === "overdue" ? { color: "#cf1322" } : undefined}>
          {fmtWhen(r.dueAt)}
        </span>
      ),
      exportValue: (r) => dayjs(r.dueAt).toDate(),
    },
    {
      key: "created",
      title: t("market.col.remindedAt"),
      render: (_, r) => <span className="gf-mk-num gf-mk-sub">{fmtWhen(r.createdAt)}</span>,
      exportValue: (r) => dayjs(r.createdAt).toDate(),
    },
  ];
  return (
    <ExportableTable<TMarketReminder>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={sorted}
      columns={columns}
      exportName="market-reminders"
      scroll={{ x: "max-content" }}
      data-testid="inbox-reminders-table"
      locale={{ emptyText: t("market.inbox.emptyReminders") }}
    />
  );
}
