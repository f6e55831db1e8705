import type { TJob } from "@greenfin/contracts";
import { Progress, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useJobPolling } from "../api/useJobPolling";

const STATUS_COLOR = { queued: "default", running: "processing", succeeded: "success", failed: "error" } as const;

/** Polls a background job every 500 ms and shows its progress; calls onDone once when it finishes. */
export function JobProgress({ jobId, onDone }: { jobId: string; onDone?: (job: TJob) => void }) {
  const { t } = useTranslation();
  const { data: job, error } = useJobPolling(jobId, onDone, 500);

  const status = job?.status ?? "queued";
  const percent = Math.round((job?.progress ?? 0) * 100);
  return (
    <div data-testid="job-progress">
      <Space style={{ marginBottom: 4 }}>
        <Tag color={STATUS_COLOR[status]}>{t(`job.${status}`)}</Tag>
        {job?.message && <Typography.Text type="secondary">{job.message}</Typography.Text>}
      </Space>
      <Progress
        percent={status === "succeeded" ? 100 : percent}
        status={status === "failed" ? "exception" : status === "succeeded" ? "success" : "active"}
        strokeColor={status === "failed" ? undefined : { from: "#3fb984", to: "#0b6b47" }}
      />
      {(job?.error || error) && (
        <Typography.Text type="danger">{job?.error ?? (error instanceof Error ? error.message : "")}</Typography.Text>
      )}
    </div>
  );
}
