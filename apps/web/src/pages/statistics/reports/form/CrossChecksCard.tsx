import type { TStatReport, TStatTemplate } from "@greenfin/contracts";
import { Card, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { ExportableTable, type ExportColumn } from "../../../../components/ExportableTable";
import { useLang } from "../../../../lib/labels";
import { groupDigits } from "../shared/figures";

type Check = TStatReport["crossChecks"][number];
const COLORS = { passed: "success", failed: "error", skipped: "default" } as const;

/** The template's cross-checks on these figures (balance continuity, items summing to totals…) with both sides. */
export function CrossChecksCard({ report, template }: { report: TStatReport; template: TStatTemplate }) {
  const { t } = useTranslation();
  const lang = useLang();
  const text = (c: Check) => {
    const def = template.crossChecks.find((x) => x.key === c.key);
    return def ? (lang === "en" ? def.messageEn : def.messageZh) : c.key;
  };
  const columns: ExportColumn<Check>[] = [
    { key: "check", title: t("statistics.checks.check"), render: (_, c) => text(c), exportValue: text },
    {
      key: "status",
      title: t("common.status"),
      width: 90,
      render: (_, c) => <Tag color={COLORS[c.status]}>{t(`statistics.checks.${c.status}`)}</Tag>,
      exportValue: (c) => t(`statistics.checks.${c.status}`),
    },
    {
      key: "lhs",
      title: t("statistics.checks.lhs"),
      width: 170,
      align: "right",
      render: (_, c) => (c.lhs === null ? "—" : groupDigits(c.lhs)),
      exportValue: (c) => c.lhs,
    },
    {
      key: "rhs",
      title: t("statistics.checks.rhs"),
      width: 170,
      align: "right",
      render: (_, c) => (c.rhs === null ? "—" : groupDigits(c.rhs)),
      exportValue: (c) => c.rhs,
    },
    {
      key: "trace",
      title: t("statistics.checks.trace"),
      render: (_, c) => (
        <span className="gf-mono" style={{ fontSize: 12 }}>
          {c.trace}
        </span>
      ),
      exportValue: (c) => c.trace,
    },
  ];
  return (
    <Card variant="borderless" size="small" title={t("statistics.checks.title")} data-testid="report-checks">
      <ExportableTable<Check>
        exportName="statistics-cross-checks"
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={report.crossChecks}
        pagination={false}
      />
    </Card>
  );
}
