/** Backups of the register (issue 8): list, take one now, change the folder, restore one. */
import { z } from 'zod';
import { method } from '../api/define';
import { empty, listOf } from './common';

export const backupKinds = ['daily', 'manual', 'before-migration', 'before-restore', 'other'] as const;
export type BackupKind = (typeof backupKinds)[number];

export const backupFile = z.object({
  fileName: z.string(),
  kind: z.enum(backupKinds),
  createdAt: z.string(),
  bytes: z.number().int(),
  /** The register's schema version inside the backup; null when the file is not readable as SQLite. */
  schemaVersion: z.number().int().nullable(),
});
export type BackupFile = z.infer<typeof backupFile>;

/** A file name inside the backup folder: no folders, no tricks. */
const backupFileName = z
  .string()
  .max(200, 'Ugyldigt filnavn.')
  .regex(/^[\p{L}\p{N}._-]+\.sqlite$/u, 'Ugyldigt filnavn.')
  .refine((v) => !v.startsWith('.'), 'Ugyldigt filnavn.');

const folder = z
  .string()
  .trim()
  .min(1, 'Angiv en mappe.')
  .max(1000, 'Højst 1000 tegn.')
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), 'Mappenavnet indeholder ugyldige tegn.');

export const backupsContract = {
  'backups.list': method(empty, listOf(backupFile).extend({ folder: z.string(), isDefaultFolder: z.boolean() }), 'anyone'),
  'backups.create': method(empty, backupFile, 'anyone'),
  'backups.setFolder': method(z.strictObject({ folder: folder.nullable() }), z.object({ folder: z.string() }), { roles: ['teamleder', 'superbruger'], to: 'ændre mappen til sikkerhedskopier' }),
  'backups.restore': method(
    z.strictObject({ fileName: backupFileName }),
    z.object({ restored: z.string(), keptAs: z.string(), schemaVersion: z.number().int() }),
    { roles: ['teamleder', 'superbruger'], to: 'gendanne registret fra en sikkerhedskopi' },
  ),
};
