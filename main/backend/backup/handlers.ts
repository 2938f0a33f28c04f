/**
 * The Sikkerhedskopier page. Anyone may see and take backups; changing the folder or
 * restoring is for team leaders and superusers (the contract's `access`, checked by the dispatcher).
 */
import type { backupsContract } from '../../../shared/features/backups';
import type { HandlersFor } from '../context';

export const backupHandlers: HandlersFor<typeof backupsContract> = {
  'backups.list': (_input, ctx) => {
    const backups = ctx.host.backups();
    return { rows: backups.list(), folder: backups.dir, isDefaultFolder: backups.isDefaultDir };
  },
  'backups.create': (_input, ctx) => ctx.host.backups().create(),
  'backups.setFolder': (input, ctx) => ({ folder: ctx.host.backups().setDir(input.folder) }),
  'backups.restore': (input, ctx) => ctx.host.backups().restore(input.fileName),
};
