import type { TStatReport } from "@greenfin/contracts";
import { Alert } from "antd";
import { useTranslation } from "react-i18next";

/** What the report's status means for whoever is looking: awaiting review, returned with a note, in force. */
export function StatusNotice({
  report,
  district,
  canWrite,
}: {
  report: TStatReport | null;
  district: boolean;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  if (!report) return null;
  const last = [...report.revisions].sort((a, b) => b.revision - a.revision)[0];
  const style = { marginBottom: 16 };
  if (report.status === "submitted")
    return (
      <Alert
        type="info"
        showIcon
        style={style}
        data-testid="notice-submitted"
        title={district ? t("statistics.notice.toReview") : t("statistics.notice.submitted")}
      />
    );
  if (report.status === "returned" && last?.outcome === "returned")
    return (
      <Alert
        type="warning"
        showIcon
        style={style}
        data-testid="notice-returned"
        title={t(district ? "statistics.notice.returnedDistrict" : "statistics.notice.returned", {
          revision: last.revision,
        })}
        description={last.decisionNote}
      />
    );
  if (report.status === "accepted")
    return (
      <Alert
        type="success"
        showIcon
        style={style}
        title={t("statistics.notice.accepted", { revision: report.acceptedRevision ?? report.revision })}
        description={canWrite ? t("statistics.notice.correction", { next: report.revision + 1 }) : undefined}
      />
    );
  if (report.status === "draft" && report.acceptedRevision !== null)
    return (
      <Alert
        type="info"
        showIcon
        style={style}
        title={t("statistics.notice.correcting", { revision: report.acceptedRevision })}
      />
    );
  return null;
}
