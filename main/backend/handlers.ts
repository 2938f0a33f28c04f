/** The one handler map, checked against the contract at compile time. */
import type { Handlers } from './context';
import { appHandlers, referenceHandlers } from './features/app';
import { caseHandlers } from './features/cases';
import { citizenHandlers } from './features/citizens';
import { journalHandlers } from './features/journal';
import { userHandlers } from './features/users';
import { stamkortHandlers } from './features/stamkort';
import { activityNameHandlers } from './features/activity-names';
import { procedureHandlers } from './features/procedures';
import { deadlineHandlers } from './features/deadlines';
import { auditHandlers } from './features/audit';
import { backupHandlers } from './backup/handlers';
import { handoverHandlers } from './features/handover';
import { transitionHandlers } from './features/transition';

export const handlers: Handlers = {
  ...appHandlers,
  ...referenceHandlers,
  ...userHandlers,
  ...citizenHandlers,
  ...caseHandlers,
  ...journalHandlers,
  ...stamkortHandlers,
  ...activityNameHandlers,
  ...procedureHandlers,
  ...deadlineHandlers,
  ...auditHandlers,
  ...backupHandlers,
  ...handoverHandlers,
  ...transitionHandlers,
};
