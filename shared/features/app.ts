/** The register itself: status and first-run setup. These work before a register is open. */
import { z } from 'zod';
import { method } from '../api/define';
import { empty, requiredLine } from './common';
import { initials, role, user } from './users';

export const appStatus = z.object({
  registerPath: z.string(),
  registerExists: z.boolean(),
  open: z.boolean(),
  schemaVersion: z.number().int().nullable(),
  latestSchemaVersion: z.number().int(),
  demo: z.boolean(),
  currentUser: user.nullable(),
  /** Why the register could not be opened, in Danish. */
  problem: z.object({ code: z.string(), message: z.string() }).nullable(),
  /** The backend's clock (ISO timestamp): the window's "today" follows it. */
  now: z.string(),
});
export type AppStatus = z.infer<typeof appStatus>;

export const setupInput = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('empty'),
    teamName: requiredLine(100),
    initials,
    name: requiredLine(100),
    role,
  }),
  z.strictObject({ kind: z.literal('demo') }),
]);
export type SetupInput = z.input<typeof setupInput>;

export const appContract = {
  'app.status': method(empty, appStatus, 'anyone', 'nothing'),
  'app.setup': method(setupInput, appStatus, 'anyone', 'nothing'),
};
