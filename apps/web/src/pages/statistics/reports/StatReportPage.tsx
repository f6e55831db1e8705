import { Alert, Skeleton } from "antd";
import { useTranslation } from "react-i18next";
import { Navigate, useParams, useSearchParams } from "react-router-dom";
import { useStatReport, useStatReports, useStatTemplates } from "../../../api/statistics";
import { useSession } from "../../../app/auth";
import { LoadError } from "../../../components/LoadError";
import { ReportWorkspace } from "./form/ReportWorkspace";

const PERIOD = /^\d{4}-((0[1-9]|1[0-2])|Q[1-4])$/;

/**
 * /statistics/reports/:id — one report: the institution fills, pre-fills, saves and submits it; the district reviews
 * it. /statistics/reports/new?templateRef&period opens an empty form, or the report that already exists for them.
 */
export default function StatReportPage() {
  const { id } = useParams();
  const [search] = useSearchParams();
  return id && id !== "new" ? (
    <SavedReport id={id} />
  ) : (
    <NewReport templateRef={search.get("templateRef") ?? ""} period={search.get("period") ?? ""} />
  );
}

function SavedReport({ id }: { id: string }) {
  const templates = useStatTemplates();
  const q = useStatReport(id);
  if (q.error || templates.error)
    return <LoadError error={q.error ?? templates.error} onRetry={() => void q.refetch()} />;
  if (!q.data || !templates.data) return <Skeleton active />;
  const template = templates.data.find((x) => x.ref === q.data.templateRef);
  if (!template) return <Alert type="error" showIcon title={q.data.templateRef} />;
  return <ReportWorkspace key={q.data.id} template={template} period={q.data.period} report={q.data} />;
}

function NewReport({ templateRef, period }: { templateRef: string; period: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const templates = useStatTemplates();
  const valid = PERIOD.test(period) && !!templateRef;
  // An institution has one report per template and period: open it when it exists.
  const existing = useStatReports({ templateRef, period }, valid);
  if (templates.error) return <LoadError error={templates.error} onRetry={() => void templates.refetch()} />;
  if (!templates.data || (valid && existing.isPending)) return <Skeleton active />;
  const template = templates.data.find((x) => x.ref === templateRef);
  if (!template || !valid || (template.frequency === "quarterly") !== period.includes("Q"))
    return <Alert type="error" showIcon title={t("statistics.form.badNewLink")} />;
  const own = existing.data?.find((r) => r.orgId === session.activeOrg.id);
  if (own) return <Navigate to={`/statistics/reports/${own.id}`} replace />;
  return <ReportWorkspace key={`${templateRef}-${period}`} template={template} period={period} report={null} />;
}
