import type { TStatReportSummary } from "@greenfin/contracts";
import { Card, Input, Select, Space } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { type StatReportFilters, type StatReportStatus, useStatReports } from "../../../../api/statistics";
import { ExportableTable, type ExportColumn } from "../../../../components/ExportableTable";
import { LoadError } from "../../../../components/LoadError";
import { formatDateTime } from "../../../../lib/dates";
import { orgName, useLang } from "../../../../lib/labels";
import { STATUS_RANK, templateName } from "../shared/labels";
import { StatStatusTag } from "../shared/StatStatusTag";
import { useTemplateOptions } from "./useTemplateOptions";

const STATUSES: readonly StatReportStatus[] = ["submitted", "returned", "draft", "accepted"];
const PERIOD = /^\d{4}-((0[1-9]|1[0-2])|Q[1-4])$/;

/** The district's review queue: every institution's reports, submitted ones first, filtered by status/template/period. */
export function ReviewQueue() {
  const { t } = useTranslation();
  const lang = useLang();
  const [filters, setFilters] = useState<StatReportFilters>({ status: "submitted" });
  const [periodText, setPeriodText] = useState("");
  const q = useStatReports(filters);
  const { options, templates } = useTemplateOptions();
  const rows = useMemo(
    () =>
      [...(q.data ?? [])].sort(
        (a, b) =>
          STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
          b.period.localeCompare(a.period) ||
          a.orgName.localeCompare(b.orgName, "zh-CN"),
      ),
    [q.data],
  );
  const org = (r: TStatReportSummary) => orgName({ nameZh: r.orgName, nameEn: r.orgNameEn }, lang);
  const columns: ExportColumn<TStatReportSummary>[] = [
    {
      key: "org",
      title: t("statistics.reports.institution"),
      sorter: (a, b) => org(a).localeCompare(org(b), lang),
      render: (_, r) => <Link to={`/statistics/reports/${r.id}`}>{org(r)}</Link>,
      exportValue: org,
    },
    {
      key: "template",
      title: t("statistics.reports.template"),
      render: (_, r) => templateName(r.templateRef, templates, lang),
      exportValue: (r) => templateName(r.templateRef, templates, lang),
    },
    {
      key: "period",
      title: t("statistics.reports.period"),
      dataIndex: "period",
      width: 100,
      sorter: (a, b) => a.period.localeCompare(b.period),
    },
    {
      key: "status",
      title: t("common.status"),
      width: 100,
      sorter: (a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status],
      render: (_, r) => <StatStatusTag status={r.status} />,
      exportValue: (r) => t(`statistics.status.${r.status}`),
    },
    { key: "revision", title: t("statistics.reports.revision"), dataIndex: "revision", width: 80, align: "center" },
    {
      key: "updated",
      title: t("statistics.reports.updatedAt"),
      width: 160,
      render: (_, r) => formatDateTime(r.updatedAt, lang),
      exportValue: (r) => new Date(r.updatedAt),
    },
    {
      key: "open",
      title: t("common.actions"),
      width: 90,
      exportValue: false,
      render: (_, r) => (
        <Link to={`/statistics/reports/${r.id}`} data-testid={`review-${r.id}`}>
          {r.status === "submitted" ? t("statistics.review.review") : t("common.detail")}
        </Link>
      ),
    },
  ];
  const toolbar = (
    <Space wrap>
      <Select<StatReportStatus | "">
        value={filters.status ?? ""}
        style={{ width: 130 }}
        data-testid="filter-status"
        options={[
          { value: "", label: t("statistics.review.allStatuses") },
          ...STATUSES.map((s) => ({ value: s, label: t(`statistics.status.${s}`) })),
        ]}
        onChange={(s) => setFilters((f) => ({ ...f, status: s || undefined }))}
      />
      <Select<string>
        allowClear
        placeholder={t("statistics.review.allTemplates")}
        value={filters.templateRef}
        style={{ width: 240 }}
        options={options}
        onChange={(ref) => setFilters((f) => ({ ...f, templateRef: ref || undefined }))}
      />
      <Input.Search
        allowClear
        placeholder={t("statistics.review.periodPlaceholder")}
        value={periodText}
        style={{ width: 200 }}
        status={periodText && !PERIOD.test(periodText) ? "error" : undefined}
        onChange={(e) => {
          setPeriodText(e.target.value);
          if (!e.target.value) setFilters((f) => ({ ...f, period: undefined }));
        }}
        onSearch={(v) => setFilters((f) => ({ ...f, period: PERIOD.test(v.trim()) ? v.trim() : undefined }))}
      />
    </Space>
  );
  return (
    <Card variant="borderless" size="small">
      {q.error ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <ExportableTable<TStatReportSummary>
          exportName="statistics-review-queue"
          rowKey="id"
          size="small"
          loading={q.isFetching}
          columns={columns}
          dataSource={rows}
          pagination={{ defaultPageSize: 20 }}
          toolbar={toolbar}
        />
      )}
    </Card>
  );
}
