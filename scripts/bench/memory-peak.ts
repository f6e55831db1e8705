/** Samples the process's resident memory while `work` runs, to report the peak it reached above the start. */
export async function withMemoryPeak<T>(
  work: () => Promise<T> | T,
): Promise<{ value: T; peakMiB: number; heapMiB: number }> {
  global.gc?.();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 10);
  try {
    const value = await work();
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
    return { value, peakMiB: (peakRss - base.rss) / 2 ** 20, heapMiB: (peakHeap - base.heapUsed) / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}
