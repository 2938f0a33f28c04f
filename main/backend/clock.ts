/**
 * The backend's clock. Every "now" and "today" of the backend, the CLI and the demo
 * generator comes from here or from a clock passed in, never from `new Date()` in a
 * feature, so a test can pin it.
 *
 * SAGSOVERBLIK_NOW (an ISO moment, e.g. 2028-02-29T10:00:00Z) starts the clock at that
 * moment and lets it run on from there. The test suite sets it, so the backend in the
 * test process and every CLI process a test starts agree on "today" whatever day the
 * suite runs; unset, the clock is the machine's.
 */
export type Clock = () => Date;

const realClock: Clock = () => new Date();

export function systemClock(env: NodeJS.ProcessEnv = process.env): Clock {
  const pinned = env.SAGSOVERBLIK_NOW;
  if (!pinned) return realClock;
  const start = Date.parse(pinned);
  if (!Number.isFinite(start)) throw new Error('SAGSOVERBLIK_NOW is not an ISO moment');
  const startedAt = Date.now();
  return () => new Date(start + (Date.now() - startedAt));
}
