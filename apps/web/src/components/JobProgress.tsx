import type { TJob } from "@greenfin/contracts";
import { useQuery } from "@tanstack/react-query";
import { Progress, Space, Tag, Typography } from "antd";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { jobsApi } from "../api/admin";

const STATUS_COLOR = { queued: "default", running: "processing", succeeded: "success", failed: "error" } as const;

/** Polls a background job every 500 ms and shows its progress; calls onDone once when it finishes. */
export function JobProgress({ jobId, onDone }: { jobId: string; onDone?: (job: TJob) => void }) {
  const { t } = useTranslation();
  const done = useRef(false);
  const { data: job, error } = useQuery({
    queryKey: ["job", jobId],
    queryFn: () => jobsApi.get(jobId),
    refetchInterval: (q) =>
      q.state.data && (q.state.data.status === "succeeded" || q.state.data.status === "failed") ? false : 500,
    staleTime: 0,
  });

  useEffect(() => {
    if (job && (job.status === "succeeded" || job.status === "failed") && !done.current) {
      done.current = true;
      onDone?.(job);
    }
  }, [job, onDone]);

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
