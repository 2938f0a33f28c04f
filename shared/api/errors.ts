import { roleLabels, type Role } from '../domain/enums';
import type { Restricted } from './define';

/**
 * Errors that cross the API boundary. The message is Danish and meant for the
 * caseworker; the code is for programs. No stack traces ever cross.
 */
export const errorCodes = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'NO_REGISTER',
  'NO_USER',
  'REGISTER_TOO_NEW',
  'DISK_FULL',
  'REGISTER_FOREIGN',
  'REGISTER_EXISTS',
  'UNKNOWN_METHOD',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  /** Per-field Danish messages for form validation, keyed by dotted path. */
  fields?: Record<string, string>;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toBody(): ApiErrorBody {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} findes ikke i registret.`);

/**
 * The dispatcher's answer when the caller's role may not call a method (the contract's
 * `access`), e.g. "Din rolle (sagsbehandler) giver ikke adgang til at flytte sager til en
 * anden sagsbehandler. Det kan en teamleder."
 */
export function forbidden(access: Restricted, role: Role): AppError {
  const who = access.roles.map((r) => `en ${roleLabels[r].toLowerCase()}`).join(' eller ');
  return new AppError('FORBIDDEN', `Din rolle (${roleLabels[role].toLowerCase()}) giver ikke adgang til at ${access.to}. Det kan ${who}.`);
}
