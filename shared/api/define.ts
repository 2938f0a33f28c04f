import type { z } from 'zod';
import type { Role } from '../domain/enums';

/** 'open' methods work before a register is open (first run); the rest need one. */
export type Needs = 'nothing' | 'register' | 'user';

/** Only some roles may call the method; `to` says in Danish what it lets them do ("… adgang til at {to}"). */
export interface Restricted {
  roles: readonly [Role, ...Role[]];
  to: string;
}

/**
 * Who may call a method: 'anyone' (every user, whatever the role; the methods that need
 * no user are all 'anyone'), or only the listed roles. The dispatcher checks it on every
 * call, before the input is parsed and before the handler runs (main/backend/backend.ts).
 * Rules that depend on the data ("only your own case stem") stay in the handler.
 */
export type Access = 'anyone' | Restricted;

/** One API method: the schema of its input and of its output, what it needs, and who may call it. */
export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  needs: Needs;
  access: Access;
}

/**
 * Declares a method. `access` is required: a method without it does not compile. Methods
 * that run without a user (`needs` 'nothing' or 'register') can only be 'anyone'.
 */
export function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, access: Access, needs?: 'user'): MethodDef<I, O>;
export function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, access: 'anyone', needs: 'nothing' | 'register'): MethodDef<I, O>;
export function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, access: Access, needs: Needs = 'user'): MethodDef<I, O> {
  return { input, output, needs, access };
}

/** Whether a user with `role` may call a method with this access (the renderer hides what this refuses). */
export const mayCall = (access: Access, role: Role): boolean => access === 'anyone' || access.roles.includes(role);

export type ContractShape = Record<string, MethodDef>;
