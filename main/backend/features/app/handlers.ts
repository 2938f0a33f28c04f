import type { appContract } from '../../../../shared/features/app';
import type { referenceContract } from '../../../../shared/features/reference';
import type { HandlersFor } from '../../context';

export const appHandlers: HandlersFor<typeof appContract> = {
  'app.status': (_input, { host }) => host.status(),
  'app.setup': (input, { host }) => host.setup(input),
};

export const referenceHandlers: HandlersFor<typeof referenceContract> = {
  'reference.paragraphs': (input, { reference }) => ({ rows: reference.paragraphsFor(input.area) }),
  'reference.caseTypes': (input, { reference }) => ({ rows: reference.caseTypesFor(input.area) }),
};
