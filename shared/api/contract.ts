/**
 * The API contract: every method the renderer, the CLI and the tests may call,
 * with a zod schema for its input and its output, and beside them who may call it
 * (`access`: 'anyone' or the roles; shared/api/define.ts). Types derive from here only.
 */
import type { z } from 'zod';
import { appContract } from '../features/app';
import { casesContract } from '../features/cases';
import { citizensContract } from '../features/citizens';
import { journalContract } from '../features/journal';
import { referenceContract } from '../features/reference';
import { usersContract } from '../features/users';
import { stamkortContract } from '../features/stamkort';
import { activityNamesContract } from '../features/activity-names';
import { proceduresContract } from '../features/procedures';
import { deadlinesContract } from '../features/deadlines';
import { auditContract } from '../features/audit';
import { backupsContract } from '../features/backups';
import { handoverContract } from '../features/handover';
import { transitionContract } from '../features/transition';
import type { ContractShape } from './define';
import type { ApiResult } from './errors';
import { configureDanishErrors } from './zod-da';

configureDanishErrors();

export const contract = {
  ...appContract,
  ...referenceContract,
  ...usersContract,
  ...citizensContract,
  ...casesContract,
  ...journalContract,
  ...stamkortContract,
  ...activityNamesContract,
  ...proceduresContract,
  ...deadlinesContract,
  ...auditContract,
  ...backupsContract,
  ...handoverContract,
  ...transitionContract,
} satisfies ContractShape;

export type Contract = typeof contract;
export type Method = keyof Contract;
/** What a caller passes (defaults may be left out). */
export type Input<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives (after parsing and defaults). */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;

export const isMethod = (name: unknown): name is Method =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);

/** The one function every host exposes to the renderer (preload, binding, HTTP). */
export type InvokeFn = (method: string, input: unknown) => Promise<ApiResult<unknown>>;
export interface Bridge {
  invoke: InvokeFn;
}
