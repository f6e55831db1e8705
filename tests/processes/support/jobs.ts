/** The job queue as the servers left it. */
import type { SqlReader } from "./process-database";

export interface JobState {
  id: string;
  type: string;
  status: string;
  progress: number;
  attempts: number;
  locked_by: string | null;
  error: string | null;
}

export async function jobState(db: SqlReader, id: string): Promise<JobState> {
  const r = await db.query<JobState>(
    "SELECT id, type, status, progress, attempts, locked_by, error FROM jobs WHERE id = $1",
    [id],
  );
  if (!r.rows[0]) throw new Error(`no job ${id}`);
  return r.rows[0];
}

/** The server process (its pid) whose worker holds a running job: worker ids start with the pid. */
export const workerPid = (job: JobState): number | null => (job.locked_by ? Number(job.locked_by.split("-")[0]) : null);
