import { ageOn, formatCpr } from '../../../../shared/domain/cpr';
import type { Citizen } from '../../../../shared/features/citizens';
import type { CitizensTable } from '../../db/schema';

type CitizenRow = Omit<CitizensTable, 'id'> & { id: number };

export const toCitizen = (r: CitizenRow, today: string): Citizen => ({
  id: r.id,
  cpr: r.cpr,
  cprFormatted: formatCpr(r.cpr),
  name: r.name,
  address: r.address,
  postalCode: r.postal_code,
  city: r.city,
  protectedAddress: r.protected_address === 1,
  birthDate: r.birth_date,
  age: ageOn(r.birth_date, today),
  gender: r.gender as Citizen['gender'],
  substituteCpr: r.substitute_cpr === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Digits of a CPR-like query ("0101", "010190-12"), or null when it isn't one. */
export function cprPrefix(text: string): string | null {
  const digits = text.replace(/[\s-]/g, '');
  return /^\d{1,10}$/.test(digits) ? digits : null;
}
