/** The one handler map, checked against the contract at compile time. */
import type { Handlers } from './context';
import { appHandlers, referenceHandlers } from './features/app/handlers';
import { caseHandlers } from './features/cases/handlers';
import { citizenHandlers } from './features/citizens/handlers';
import { journalHandlers } from './features/journal/handlers';
import { userHandlers } from './features/users/handlers';
import { stamkortHandlers } from './features/stamkort/handlers';
import { activityNameHandlers } from './features/activity-names/handlers';
import { procedureHandlers } from './features/procedures/handlers';
import { deadlineHandlers } from './features/deadlines/handlers';
import { auditHandlers } from './features/audit/handlers';
import { backupHandlers } from './backup/handlers';
import { handoverHandlers } from './features/handover/handlers';
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
