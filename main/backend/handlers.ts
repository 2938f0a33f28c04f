/** The one handler map, checked against the contract at compile time. */
import type { Handlers } from './context';
import { appHandlers, referenceHandlers } from './features/app/handlers';
import { caseHandlers } from './features/cases/handlers';
import { citizenHandlers } from './features/citizens/handlers';
import { journalHandlers } from './features/journal/handlers';
import { userHandlers } from './features/users/handlers';

export const handlers: Handlers = {
  ...appHandlers,
  ...referenceHandlers,
  ...userHandlers,
  ...citizenHandlers,
  ...caseHandlers,
  ...journalHandlers,
};
