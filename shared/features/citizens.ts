/** Citizens: CPR number, name, address, protected address. Birth date and age are derived from the CPR number. */
import { z } from 'zod';
import { method } from '../api/define';
import { parseCpr, readCpr } from '../domain/cpr';
import { caseStates } from '../domain/enums';
import { id, line, listOf, requiredLine } from './common';

/**
 * The CPR number field. The contract's schema checks what holds on any day (format, a
 * real date, not the 1800s); "not born after today" needs the Danish today of the
 * backend's clock, so the handler checks it with `ctx.today()` and a form with
 * `citizenInputOn(todayIso)`. Never the machine's clock at parse time.
 */
function cprSchema(today: (() => string) | null) {
  return z
    .string({ message: 'Skriv CPR-nummeret.' })
    .max(20, 'CPR-nummeret skal skrives som DDMMÅÅ-XXXX (10 cifre).')
    .superRefine((value, ctx) => {
      const result = today ? parseCpr(value, today()) : readCpr(value);
      if (!result.ok) ctx.addIssue({ code: 'custom', message: result.message });
    });
}

export const cprField = cprSchema(null);

export const citizenInput = z.strictObject({
  cpr: cprField,
  name: requiredLine(200),
  address: line(200).default(''),
  postalCode: z
    .string()
    .trim()
    .max(10)
    .regex(/^(\d{4})?$/, 'Postnummeret skal være 4 cifre.')
    .default(''),
  city: line(100).default(''),
  protectedAddress: z.boolean().default(false),
});

/** The citizen form's schema: also refuses a birth date after `today()` (an ISO date). */
export const citizenInputOn = (today: () => string) => citizenInput.extend({ cpr: cprSchema(today) });

export type CitizenInput = z.input<typeof citizenInput>;

export const citizenUpdate = citizenInput.extend({ id });

export const citizen = z.object({
  id,
  cpr: z.string(),
  cprFormatted: z.string(),
  name: z.string(),
  address: z.string(),
  postalCode: z.string(),
  city: z.string(),
  protectedAddress: z.boolean(),
  birthDate: z.string(),
  age: z.number().int(),
  gender: z.enum(['mand', 'kvinde']),
  substituteCpr: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Citizen = z.infer<typeof citizen>;

export const citizenSummary = z.object({
  id,
  cprFormatted: z.string(),
  name: z.string(),
  age: z.number().int(),
  protectedAddress: z.boolean(),
  openCases: z.number().int(),
});
export type CitizenSummary = z.infer<typeof citizenSummary>;

/** A citizen's cases as listed on the citizen page. */
export const citizenCase = z.object({
  id,
  caseNumber: z.string(),
  caseType: z.string(),
  state: z.enum(caseStates),
  caseworkerInitials: z.string(),
  receivedDate: z.string(),
});

export const citizensContract = {
  'citizens.search': method(
    z.strictObject({ query: line(100), limit: z.number().int().min(1).max(50).default(20) }),
    listOf(citizenSummary),
    'anyone',
  ),
  'citizens.get': method(z.strictObject({ id }), citizen.extend({ cases: z.array(citizenCase) }), 'anyone'),
  'citizens.create': method(citizenInput, citizen, 'anyone'),
  'citizens.update': method(citizenUpdate, citizen, 'anyone'),
  /** A protected address is masked everywhere else; seeing it is a separate, audited step. */
  'citizens.revealAddress': method(
    z.strictObject({ id }),
    z.object({ address: z.string(), postalCode: z.string(), city: z.string() }),
    'anyone',
  ),
};
