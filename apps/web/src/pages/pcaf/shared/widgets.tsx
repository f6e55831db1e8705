import type { TJob } from "@greenfin/contracts";
import { Progress, Tag, Tooltip, Typography } from "antd";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { PcafRunStatus } from "../../../api/pcaf";
import { useJobPolling } from "../../../api/useJobPolling";
import type { Lang } from "../../../i18n";
import { sectionOf } from "../../../lib/industry";
import "./pcaf.css";

const STATUS_COLOURS = { queued: "default", running: "processing", completed: "success", failed: "error" } as const;

export function PcafRunStatusTag({ status, testId = "pcaf-run-status" }: { status: PcafRunStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOURS[status]} data-testid={testId} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`pcaf.status.${status}`)}
    </Tag>
  );
}

/**
 * A run's job as a thin progress bar with its message, polled every 700 ms until it ends; `onDone` is called once.
 * Without a job id (queued, not picked up yet) an indeterminate bar.
 */
export function RunProgress({
  jobId,
  onDone,
  compact,
}: {
  jobId: string | null;
  onDone?: (job: TJob) => void;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const { data: job } = useJobPolling(jobId, onDone, 700);
  const percent = job?.status === "succeeded" ? 100 : Math.round((job?.progress ?? 0) * 100);
  return (
    <div data-testid="pcaf-run-progress" className={compact ? "gf-pcaf-progress-compact" : undefined}>
      <Progress
        percent={percent}
        size="small"
        status={job?.status === "failed" ? "exception" : job?.status === "succeeded" ? "success" : "active"}
        strokeColor={job?.status === "failed" ? undefined : { from: "#3fb984", to: "#0b6b47" }}
      />
      {!compact && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {job?.message ?? t("pcaf.run.calculating")}
        </Typography.Text>
      )}
    </div>
  );
}

/** A weighted data-quality score (1 best … 5 worst) as a coloured pill. */
export function DqScore({ value }: { value: string | number | null | undefined }) {
  const { t } = useTranslation();
  if (value === null || value === undefined || value === "") return <span className="gf-pcaf-dim">—</span>;
  const n = Number(value);
  const colour = n <= 2 ? "#1f7a3f" : n <= 3 ? "#7a9a2f" : n <= 4 ? "#c98a1a" : "#c8372d";
  return (
    <Tooltip title={t("pcaf.dq.hint")}>
      <span className="gf-pcaf-dq" style={{ color: colour, borderColor: `${colour}55`, background: `${colour}12` }}>
        {value}
      </span>
    </Tooltip>
  );
}

/** An asset class's name in the UI language. */
export function assetClassName(t: TFunction, key: string): string {
  const k = `pcaf.assetClass.${key}`;
  const name = t(k as never) as string;
  return name === k ? key : name;
}

/** The two groups that are not GB/T 4754 sections: households (mortgages, vehicle loans) and sovereigns. */
export function nonSection(key: string | null | undefined): "households" | "sovereigns" | null {
  if (key === "households" || key === "household") return "households";
  if (key === "sovereign" || key === "sovereigns") return "sovereigns";
  return null;
}

/** A sector bucket's label: "C 制造业" for a section, the group's name for households and sovereigns. */
export function sectorLabel(t: TFunction, b: { key: string; nameZh: string; nameEn: string }, lang: Lang): string {
  if (nonSection(b.key)) return sectionName(t, b.key, lang);
  return /^[A-T]$/.test(b.key) ? `${b.key} ${bi(b, lang)}` : bi(b, lang);
}

/** A GB/T 4754 section letter, or the households / sovereigns group, in the UI language. */
export function sectionName(t: TFunction, key: string | null | undefined, lang: Lang): string {
  if (!key) return "—";
  const group = nonSection(key);
  if (group) return t(`pcaf.section.${group}`);
  const s = sectionOf(key);
  return s ? `${s.code} ${lang === "en" ? s.en : s.zh}` : key;
}

/** Which evidence an emissions figure rests on, in words. */
export function evidenceName(t: TFunction, evidence: string | null | undefined): string {
  if (!evidence) return "—";
  const k = `pcaf.evidence.${evidence}`;
  const name = t(k as never) as string;
  return name === k ? evidence : name;
}

/** A bucket's or row's own name in the UI language. */
export const bi = (row: { nameZh: string; nameEn: string }, lang: Lang) =>
  lang === "en" ? row.nameEn || row.nameZh : row.nameZh || row.nameEn;

/** A hash shortened to 12 characters; the whole of it in a tooltip and on the clipboard. */
export function Hash({ hash, testId }: { hash: string | null | undefined; testId?: string }) {
  const { t } = useTranslation();
  if (!hash) return <span className="gf-pcaf-dim">—</span>;
  return (
    <Tooltip title={<span className="gf-pcaf-mono">{hash}</span>}>
      <Typography.Text
        className="gf-pcaf-mono"
        copyable={{ text: hash, tooltips: [t("pcaf.run.copy"), t("common.copied")] }}
        data-testid={testId}
      >
        {hash.slice(0, 12)}…
      </Typography.Text>
    </Tooltip>
  );
}

/** A column header that wraps onto a second line instead of widening the column; the text is the export title. */
export const th = (text: string) => ({ title: <span className="gf-pcaf-th">{text}</span>, exportTitle: text });
