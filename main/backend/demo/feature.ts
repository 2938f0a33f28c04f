/** What each feature's demo filler gets (main/backend/features/<feature>/demo.ts). */
import type { DemoSize } from './generate';

export interface DemoFeatureContext {
  size: DemoSize;
  /** 1, 10 or 100: multiply per-unit counts by this. */
  scale: number;
  /** Each feature seeds its own Rng from this, so adding one feature never changes another's data. */
  seed: number;
  /** "Today" for the generated dates. */
  today: Date;
}
