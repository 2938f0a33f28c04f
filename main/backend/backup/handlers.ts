/** The Sikkerhedskopier page. Anyone may see and take backups; changing the folder or restoring is for team leaders and superusers. */
import { AppError } from '../../../shared/api/errors';
import type { backupsContract } from '../../../shared/features/backups';
import type { Ctx, HandlersFor } from '../context';

function requireLead(ctx: Ctx, what: string): void {
  if (ctx.user.role !== 'teamleder' && ctx.user.role !== 'superbruger') {
    throw new AppError('FORBIDDEN', `Kun en teamleder eller en superbruger kan ${what}.`);
  }
}

export const backupHandlers: HandlersFor<typeof backupsContract> = {
  'backups.list': (_input, ctx) => {
    const backups = ctx.host.backups();
    return { rows: backups.list(), folder: backups.dir, isDefaultFolder: backups.isDefaultDir };
  },
  'backups.create': (_input, ctx) => ctx.host.backups().create(),
  'backups.setFolder': (input, ctx) => {
    requireLead(ctx, 'ændre mappen til sikkerhedskopier');
    return { folder: ctx.host.backups().setDir(input.folder) };
  },
  'backups.restore': (input, ctx) => {
    requireLead(ctx, 'gendanne registret fra en sikkerhedskopi');
    return ctx.host.backups().restore(input.fileName);
  },
};
