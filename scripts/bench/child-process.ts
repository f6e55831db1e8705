/** What the HTTP and startup benchmarks read of a server they run as a child process: its memory and its CPU time. */
import { readFileSync } from "node:fs";

/** Peak resident set (VmHWM) of a live process in MiB, from /proc; 0 where there is no /proc. */
export function peakRssOf(pid: number): number {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** User plus system CPU seconds a live process has used, from /proc; null where there is no /proc. */
function cpuSecondsOf(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime and stime, in clock ticks of 1/100 s
  } catch {
    return null;
  }
}

/**
 * Waits until the process uses less than a tenth of a core over two seconds (its background jobs done), or until
 * `maxSeconds` have passed; resolves to the seconds waited.
 */
export async function untilIdle(pid: number, maxSeconds: number): Promise<number> {
  const started = performance.now();
  let before = cpuSecondsOf(pid);
  while (before !== null && performance.now() - started < maxSeconds * 1000) {
    await new Promise((r) => setTimeout(r, 2000));
    const now = cpuSecondsOf(pid);
    if (now === null || now - before < 0.2) break;
    before = now;
  }
  return (performance.now() - started) / 1000;
}
