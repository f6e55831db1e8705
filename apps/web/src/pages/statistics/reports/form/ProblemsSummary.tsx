import type { TStatProblem, TStatTemplate } from "@greenfin/contracts";
import { Alert, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../../lib/labels";
import { cellKey } from "../shared/figures";
import { named } from "../shared/labels";

const RANK = { error: 0, warning: 1, note: 2 } as const;

/** Every problem of the draft in one list (errors first); a click scrolls to the figure it is about. */
export function ProblemsSummary({
  problems,
  template,
}: {
  problems: readonly TStatProblem[];
  template: TStatTemplate;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  // Notes (a cross-check skipped for want of figures) are shown with the cross-checks, not here.
  const listed = problems.filter((p) => p.severity !== "note");
  if (listed.length === 0) return null;
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.filter((p) => p.severity === "warning").length;
  const sorted = [...listed].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const where = (p: TStatProblem) => {
    const m = template.metrics.find((x) => x.key === p.metric);
    if (!m) return p.path;
    return p.item ? `${named(m, lang)} · ${p.item}` : named(m, lang);
  };
  const jump = (p: TStatProblem) => {
    if (!p.metric) return;
    document
      .getElementById(`cell-${cellKey(p.metric, p.item)}`)
      ?.scrollIntoView({ behavior: "smooth", block: "center" });
  };
  return (
    <Alert
      type={errors ? "error" : warnings ? "warning" : "info"}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="report-problems"
      title={t("statistics.problems.summary", { errors, warnings })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18, maxHeight: 220, overflow: "auto" }}>
          {sorted.map((p) => (
            <li key={`${p.path}-${p.code}-${p.check ?? ""}-${p.messageZh}`}>
              <Typography.Link onClick={() => jump(p)}>{where(p)}</Typography.Link>
              {" — "}
              <Typography.Text
                type={p.severity === "error" ? "danger" : p.severity === "warning" ? "warning" : "secondary"}
              >
                {lang === "en" ? p.messageEn : p.messageZh}
              </Typography.Text>
            </li>
          ))}
        </ul>
      }
    />
  );
}
