import type { TRatingRun } from "@greenfin/contracts";
import { Tag, Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { IndicatorExplanation, OverrideStatus } from "../../../api/rating";
import { gradeColor } from "./format";
import "./rating.css";

const RUN_COLORS = { running: "processing", completed: "warning", published: "success", failed: "error" } as const;
const OVERRIDE_COLORS = { pending: "processing", approved: "success", rejected: "default" } as const;
const SOURCE_COLORS = { disclosed: "green", imputed: "gold", missing: "red", excluded: "default" } as const;

export function RunStatusTag({ status }: { status: TRatingRun["status"] }) {
  const { t } = useTranslation();
  return (
    <Tag color={RUN_COLORS[status]} data-testid="run-status" data-status={status}>
      {t(`rating.runStatus.${status}`)}
    </Tag>
  );
}

export function OverrideStatusTag({ status }: { status: OverrideStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={OVERRIDE_COLORS[status]} data-testid="override-status" data-status={status}>
      {t(`rating.overrideStatus.${status}`)}
    </Tag>
  );
}

export function SourceTag({ source }: { source: IndicatorExplanation["source"] }) {
  const { t } = useTranslation();
  return (
    <Tag color={SOURCE_COLORS[source]} data-source={source} style={{ marginInlineEnd: 0 }}>
      {t(`rating.source.${source}`)}
    </Tag>
  );
}

/** A grade in its colour: a pill in tables, a large block on a result page. */
export function GradeBadge({
  grade,
  grades,
  size = "default",
  testId,
}: {
  grade: string;
  grades: readonly string[];
  size?: "small" | "default" | "large";
  testId?: string;
}) {
  const color = gradeColor(grade, grades);
  return (
    <span className={`gf-grade gf-grade-${size}`} style={{ background: color }} data-testid={testId} data-grade={grade}>
      {grade}
    </span>
  );
}

/** A hash shortened to 10 characters, the whole of it in a tooltip and on the clipboard. */
export function HashText({ hash, testId }: { hash: string | null; testId?: string }) {
  const { t } = useTranslation();
  if (!hash) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Tooltip title={<span className="gf-mono">{hash}</span>}>
      <Typography.Text
        className="gf-mono"
        copyable={{ text: hash, tooltips: [t("rating.hash.copy"), t("common.copied")] }}
        data-testid={testId}
      >
        {hash.slice(0, 10)}…
      </Typography.Text>
    </Tooltip>
  );
}

/** A run's grade counts as a row of tiny bars (best grade on the left), for tables. */
export function GradeMiniBars({ counts }: { counts: readonly { grade: string; count: number }[] }) {
  const { t } = useTranslation();
  const grades = counts.map((c) => c.grade);
  const max = Math.max(1, ...counts.map((c) => c.count));
  return (
    <div className="gf-grade-mini" aria-hidden>
      {counts.map((c) => (
        <Tooltip key={c.grade} title={t("rating.runs.gradeMini", { grade: c.grade, count: c.count })}>
          <div className="gf-grade-mini-col">
            <div
              className="gf-grade-mini-bar"
              style={{
                height: c.count === 0 ? 1 : Math.max(3, Math.round((c.count / max) * 26)),
                background: c.count === 0 ? "#e3e8e5" : gradeColor(c.grade, grades),
              }}
            />
            <div className="gf-grade-mini-label">{c.grade}</div>
          </div>
        </Tooltip>
      ))}
    </div>
  );
}
