import { PlusOutlined } from "@ant-design/icons";
import type { TStatReportSummary } from "@greenfin/contracts";
import { Button, Card, Col, Row } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useStatReports } from "../../../../api/statistics";
import { useSession } from "../../../../app/auth";
import { ExportableTable, type ExportColumn } from "../../../../components/ExportableTable";
import { LoadError } from "../../../../components/LoadError";
import { formatDateTime } from "../../../../lib/dates";
import { useLang } from "../../../../lib/labels";
import { templateName } from "../shared/labels";
import { StatStatusTag } from "../shared/StatStatusTag";
import { NewReportModal } from "./NewReportModal";
import { useTemplateOptions } from "./useTemplateOptions";
import { WorkbookCard } from "./WorkbookCard";

/** The institution's own reports by template and period, a new report, and the Excel workbook way in. */
export function OwnReports() {
  const { t } = useTranslation();
  const lang = useLang();
  const session = useSession();
  const canWrite = session.role === "admin" || session.role === "analyst";
  const [creating, setCreating] = useState(false);
  const q = useStatReports({});
  const { templates } = useTemplateOptions();
  const columns: ExportColumn<TStatReportSummary>[] = [
    {
      key: "period",
      title: t("statistics.reports.period"),
      dataIndex: "period",
      width: 110,
      sorter: (a, b) => a.period.localeCompare(b.period),
      render: (_, r) => <Link to={`/statistics/reports/${r.id}`}>{r.period}</Link>,
    },
    {
      key: "template",
      title: t("statistics.reports.template"),
      render: (_, r) => templateName(r.templateRef, templates, lang),
      exportValue: (r) => templateName(r.templateRef, templates, lang),
    },
    {
      key: "status",
      title: t("common.status"),
      width: 110,
      render: (_, r) => <StatStatusTag status={r.status} />,
      exportValue: (r) => t(`statistics.status.${r.status}`),
    },
    { key: "revision", title: t("statistics.reports.revision"), dataIndex: "revision", width: 90, align: "center" },
    {
      key: "accepted",
      title: t("statistics.reports.acceptedRevision"),
      width: 120,
      align: "center",
      render: (_, r) => r.acceptedRevision ?? "—",
      exportValue: (r) => r.acceptedRevision,
    },
    {
      key: "updated",
      title: t("statistics.reports.updatedAt"),
      width: 170,
      render: (_, r) => formatDateTime(r.updatedAt, lang),
      exportValue: (r) => new Date(r.updatedAt),
    },
    {
      key: "open",
      title: t("common.actions"),
      width: 100,
      exportValue: false,
      render: (_, r) => (
        <Link to={`/statistics/reports/${r.id}`} data-testid={`open-report-${r.period}`}>
          {r.status === "submitted" || !canWrite
            ? t("common.detail")
            : r.status === "accepted"
              ? t("statistics.reports.correct")
              : t("statistics.reports.fill")}
        </Link>
      ),
    },
  ];
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xxl={16}>
        <Card variant="borderless" size="small" title={t("statistics.reports.ownList")}>
          {q.error ? (
            <LoadError error={q.error} onRetry={() => void q.refetch()} />
          ) : (
            <ExportableTable<TStatReportSummary>
              exportName="statistics-reports"
              rowKey="id"
              size="small"
              loading={q.isPending}
              columns={columns}
              dataSource={q.data ?? []}
              pagination={{ defaultPageSize: 12 }}
              toolbar={
                canWrite && (
                  <Button
                    type="primary"
                    icon={<PlusOutlined />}
                    onClick={() => setCreating(true)}
                    data-testid="new-report"
                  >
                    {t("statistics.reports.new")}
                  </Button>
                )
              }
            />
          )}
        </Card>
      </Col>
      <Col xs={24} xxl={8}>
        <WorkbookCard canWrite={canWrite} />
      </Col>
      <NewReportModal open={creating} onClose={() => setCreating(false)} />
    </Row>
  );
}
