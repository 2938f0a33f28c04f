import type { casesContract } from '../../../../shared/features/cases';
import type { HandlersFor } from '../../context';
const todo = (): never => { throw new Error('not implemented'); };
export const caseHandlers: HandlersFor<typeof casesContract> = {
  'cases.list': todo, 'cases.get': todo, 'cases.create': todo, 'cases.update': todo, 'cases.assignments': todo, 'cases.reassign': todo,
};
