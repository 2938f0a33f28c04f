import type { journalContract } from '../../../../shared/features/journal';
import type { HandlersFor } from '../../context';
const todo = (): never => { throw new Error('not implemented'); };
export const journalHandlers: HandlersFor<typeof journalContract> = {
  'activities.list': todo, 'activities.create': todo, 'applications.list': todo, 'applications.create': todo,
  'applications.update': todo, 'services.list': todo, 'services.create': todo, 'services.update': todo,
};
