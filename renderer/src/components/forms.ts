/** Helpers shared by every form: server errors onto fields, field error text. */
import type { FieldErrors, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError, errorMessage } from '../api/client';

/**
 * Puts an ApiError's per-field messages on the matching fields. Returns the
 * message for the general Alert (null when every problem sits on a field).
 */
export function applyServerError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fieldNames: readonly string[],
): string | null {
  if (!(error instanceof ApiError) || !error.fields) return errorMessage(error);
  let unplaced = false;
  for (const [key, message] of Object.entries(error.fields)) {
    // "paragraphs.0" belongs to the field "paragraphs".
    const field = fieldNames.find((name) => key === name || key.startsWith(`${name}.`));
    if (field) setError(field as Path<T>, { type: 'server', message });
    else unplaced = true;
  }
  return unplaced ? error.message : null;
}

/** The Danish message of a field's error, if any (nested array errors included). */
export function fieldError<T extends FieldValues>(errors: FieldErrors<T>, name: string): string | undefined {
  const entry = (errors as Record<string, unknown>)[name];
  if (!entry) return undefined;
  if (typeof entry === 'object' && entry !== null) {
    const e = entry as { message?: unknown; root?: { message?: unknown } } & Record<string, unknown>;
    if (typeof e.message === 'string') return e.message;
    if (e.root && typeof e.root.message === 'string') return e.root.message;
    for (const value of Object.values(e)) {
      if (value && typeof value === 'object' && typeof (value as { message?: unknown }).message === 'string') {
        return (value as { message: string }).message;
      }
    }
  }
  return undefined;
}
