import type { TStatReport } from "@greenfin/contracts";
import { Card, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { ExportableTable, type ExportColumn } from "../../../../components/ExportableTable";
import { formatDateTime } from "../../../../lib/dates";
import { useLang } from "../../../../lib/labels";

type Revision = TStatReport["revisions"][number];
const OUTCOME_COLOR = { accepted: "success", returned: "warning" } as const;

/** Every submitted revision with the district's decision, when and why, and the warnings it was submitted with. */
export function RevisionsCard({ report }: { report: TStatReport }) {
  const { t } = useTranslation();
  const lang = useLang();
  const outcome = (r: Revision) =>
    r.outcome ? t(`statistics.revisions.${r.outcome}`) : t("statistics.revisions.pending");
  const columns: ExportColumn<Revision>[] = [
    {
      key: "revision",
      title: t("statistics.reports.revision"),
      dataIndex: "revision",
      width: 80,
      align: "center",
      render: (v: number) => (
        <>
          {v}
          {report.acceptedRevision === v && (
            <Tag color="green" style={{ marginLeft: 6 }}>
              {t("statistics.revisions.inForce")}
            </Tag>
          )}
        </>
      ),
    },
    {
      key: "submitted",
      title: t("statistics.revisions.submittedAt"),
      width: 160,
      render: (_, r) => formatDateTime(r.submittedAt, lang),
      exportValue: (r) => new Date(r.submittedAt),
    },
    {
      key: "outcome",
      title: t("statistics.revisions.decision"),
      width: 110,
      render: (_, r) => <Tag color={r.outcome ? OUTCOME_COLOR[r.outcome] : "processing"}>{outcome(r)}</Tag>,
      exportValue: outcome,
    },
    {
      key: "decided",
      title: t("statistics.revisions.decidedAt"),
      width: 160,
      render: (_, r) => formatDateTime(r.decidedAt, lang),
      exportValue: (r) => (r.decidedAt ? new Date(r.decidedAt) : null),
    },
    {
      key: "note",
      title: t("statistics.revisions.note"),
      render: (_, r) => r.decisionNote ?? "—",
      exportValue: (r) => r.decisionNote,
    },
    {
      key: "warnings",
      title: t("statistics.revisions.warnings"),
      render: (_, r) =>
        r.warnings.length === 0
          ? "—"
          : r.warnings.map((w) => (
              <div key={`${w.path}-${w.code}`} style={{ fontSize: 12 }}>
                {lang === "en" ? w.messageEn : w.messageZh}
              </div>
            )),
      exportValue: (r) => r.warnings.map((w) => (lang === "en" ? w.messageEn : w.messageZh)).join("\n"),
    },
  ];
  return (
    <Card variant="borderless" size="small" title={t("statistics.revisions.title")} data-testid="report-revisions">
      <ExportableTable<Revision>
        exportName="statistics-revisions"
        rowKey="revision"
        size="small"
        columns={columns}
        dataSource={[...report.revisions].sort((a, b) => b.revision - a.revision)}
        pagination={false}
        locale={{ emptyText: t("statistics.revisions.none") }}
      />
    </Card>
  );
}
