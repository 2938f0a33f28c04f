import type { citizensContract } from '../../../../shared/features/citizens';
import type { HandlersFor } from '../../context';
const todo = (): never => { throw new Error('not implemented'); };
export const citizenHandlers: HandlersFor<typeof citizensContract> = {
  'citizens.search': todo, 'citizens.get': todo, 'citizens.create': todo, 'citizens.update': todo,
};
