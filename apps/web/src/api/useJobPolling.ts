import type { TJob } from "@greenfin/contracts";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { jobsApi } from "./admin";

const ended = (job: TJob | undefined) => job?.status === "succeeded" || job?.status === "failed";

/** Polls a background job until it ends and calls `onDone` once when it does (no id: nothing is polled). */
export function useJobPolling(jobId: string | null, onDone: ((job: TJob) => void) | undefined, everyMs: number) {
  const done = useRef(false);
  const query = useQuery({
    queryKey: ["job", jobId],
    queryFn: () => jobsApi.get(jobId ?? ""),
    enabled: !!jobId,
    refetchInterval: (q) => (ended(q.state.data) ? false : everyMs),
    staleTime: 0,
  });
  const job = query.data;
  useEffect(() => {
    if (job && ended(job) && !done.current) {
      done.current = true;
      onDone?.(job);
    }
  }, [job, onDone]);
  return query;
}
