/** The transition handover's methods (shared/features/transition.ts). */
import type { transitionContract } from '../../../../shared/features/transition';
import type { HandlersFor } from '../../context';
import { getHandover, handOver, prepareHandover } from './handover';
import { handoverCandidates, handovers } from './lists';

export const transitionHandlers: HandlersFor<typeof transitionContract> = {
  'transition.candidates': async (input, ctx) => {
    const all = await handoverCandidates(ctx, input.scope);
    return { rows: all.slice(input.offset, input.offset + input.limit), total: all.length };
  },
  'transition.prepare': (input, ctx) => prepareHandover(ctx, input.citizenId),
  'transition.handOver': (input, ctx) => handOver(ctx, input),
  'transition.get': (input, ctx) => getHandover(ctx, input.id),
  'transition.handovers': (input, ctx) => handovers(ctx, input.scope, input.offset, input.limit),
};
