/** Timing helpers for the benchmark: many runs, median and p95 in milliseconds. */
export interface Timing {
  median_ms: number;
  p95_ms: number;
  runs: number;
}

// Microseconds: the cheapest calls take a few hundredths of a millisecond, and ratios are taken from these.
const round = (n: number) => Math.round(n * 1000) / 1000;

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median_ms: round(at(0.5)), p95_ms: round(at(0.95)), runs: sorted.length };
}

/**
 * Between two calls the event loop turns, as it does between two requests from the
 * window: work a call leaves for after its answer (the audit batch, record.ts) runs
 * there, not inside the next call's time.
 */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Warm-up runs: enough for V8 to optimise the JavaScript path, so runs measure steady state, not the JIT. */
const warmupFor = (runs: number) => Math.max(3, Math.ceil(runs / 4));

async function timeOnce(fn: () => unknown): Promise<number> {
  await nextTurn();
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Warms `fn`, then runs it `runs` times measured. */
export async function measure(fn: () => unknown, runs: number, warmup = warmupFor(runs)): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await timeOnce(fn);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await timeOnce(fn));
  return summarise(samples);
}

/**
 * The API path and its bare SQL, runs taken in turn, so both see the same machine
 * (other load, CPU clock, page cache) and their ratio does not drift with it.
 */
export async function measurePair(api: () => unknown, sql: () => unknown, runs: number): Promise<{ api: Timing; sql: Timing }> {
  for (let i = 0; i < warmupFor(runs); i++) {
    await timeOnce(api);
    await timeOnce(sql);
  }
  const a: number[] = [];
  const s: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(await timeOnce(api));
    s.push(await timeOnce(sql));
  }
  return { api: summarise(a), sql: summarise(s) };
}
