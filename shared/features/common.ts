/** Building blocks shared by every feature's schemas. */
import { z } from 'zod';
import { isIsoDate } from '../domain/dates';

export const id = z.number({ message: 'Mangler et gyldigt id.' }).int().positive().max(Number.MAX_SAFE_INTEGER);

// Control characters (other than tab and line breaks in long texts) never belong in
// a register; refusing them keeps printouts and exports clean.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_OR_NEWLINE = /[\u0000-\u001f\u007f]/;

/** One-line text, trimmed, possibly empty. */
export const line = (max: number) =>
  z
    .string()
    .max(max * 4, `Højst ${max} tegn.`) // cheap guard before trimming a huge string (same message: the caseworker's limit is max)
    .trim()
    .max(max, `Højst ${max} tegn.`)
    .refine((v) => !CONTROL_OR_NEWLINE.test(v), 'Teksten indeholder ugyldige tegn.');

/** One-line text that must be filled in. */
export const requiredLine = (max: number) => line(max).refine((v) => v.length > 0, 'Feltet skal udfyldes.');

/** Multi-line free text (notes). */
export const longText = (max: number) =>
  z
    .string()
    .max(max * 2, `Højst ${max} tegn.`)
    .max(max, `Højst ${max} tegn.`)
    .refine((v) => !CONTROL.test(v), 'Teksten indeholder ugyldige tegn.');

export const isoDate = z
  .string({ message: 'Angiv en dato.' })
  .max(10, 'Datoen er ugyldig. Skriv den som DD-MM-ÅÅÅÅ.')
  .refine(isIsoDate, 'Datoen er ugyldig. Skriv den som DD-MM-ÅÅÅÅ.');

/** ISO timestamp of a moment (created, assigned). */
export const timestamp = z.string();

export const paging = {
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(100),
};

export const sortDirection = z.enum(['asc', 'desc']).default('asc');

export const empty = z.strictObject({});

export const paragraphCode = z.string().regex(/^[A-Z]{2,4}-[0-9]{1,3}[a-z]?(-[0-9]+)?$/, 'Ukendt paragraf.');

export const listOf = <T extends z.ZodType>(row: T) => z.object({ rows: z.array(row) });
export const pageOf = <T extends z.ZodType>(row: T) => z.object({ rows: z.array(row), total: z.number().int() });
