/** Timing helpers for the benchmark: many runs, median and p95 in milliseconds. */
export interface Timing {
  median_ms: number;
  p95_ms: number;
  runs: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median_ms: round(at(0.5)), p95_ms: round(at(0.95)), runs: sorted.length };
}

/** Runs `fn` a few times to warm caches, then `runs` times measured. */
export async function measure(fn: () => unknown, runs: number, warmup = 3): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}
