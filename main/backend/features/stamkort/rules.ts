/**
 * The stamkort's pure rules: when a section counts as complete, when a card is due
 * for review, and which fields an edit changed (the history rows). No I/O here, so
 * the rules are tested directly and used by the handlers, the reminders and the CLI.
 */
import { formatDate } from '../../../../shared/domain/dates';
import type {
  DiagnosisEntry,
  HouseholdEntry,
  ParentEntry,
  PartnerEntry,
  SchoolEntry,
  SectionKey,
  SiblingEntry,
} from '../../../../shared/features/stamkort';

export const DEFAULT_REVIEW_DAYS = 90;

export interface StoredSection {
  none: boolean;
  entries: Record<string, unknown>[];
}

/** Danish hints on what a section lacks; empty means complete. `saved` is false for a section never filled in. */
export function missingIn(key: SectionKey, data: StoredSection, saved: boolean, area: 'børn' | 'voksen'): string[] {
  if (!saved) return ['Afsnittet er ikke udfyldt endnu.'];
  if (data.none) return [];
  if (data.entries.length === 0) return ['Tilføj mindst én række, eller markér "Intet at registrere".'];
  const out: string[] = [];
  switch (key) {
    case 'parents': {
      const rows = data.entries as ParentEntry[];
      if (area === 'børn' && !rows.some((p) => p.custody)) out.push('Ingen er angivet med forældremyndighed.');
      for (const p of rows) if (p.custody && !p.phone && !p.email) out.push(`Mangler telefon eller e-mail for ${p.name}.`);
      break;
    }
    case 'siblings':
      for (const s of data.entries as SiblingEntry[]) if (!s.birthDate && s.age === null) out.push(`Mangler fødselsdato eller alder for ${s.name}.`);
      break;
    case 'household':
      for (const h of data.entries as HouseholdEntry[]) if (!h.fromDate) out.push(`Mangler fra-dato for "${h.livesWith}".`);
      break;
    case 'school':
      for (const s of data.entries as SchoolEntry[]) {
        if (!s.contactPerson) out.push(`Mangler kontaktperson for ${s.institution}.`);
        if (!s.phone) out.push(`Mangler telefonnummer for ${s.institution}.`);
      }
      break;
    case 'diagnoses':
      for (const d of data.entries as DiagnosisEntry[]) if (!d.date) out.push(`Mangler dato for diagnosen "${d.text}".`);
      break;
    case 'partners':
      for (const p of data.entries as PartnerEntry[]) if (!p.phone && !p.email) out.push(`Mangler telefon eller e-mail for ${p.name || p.role}.`);
      break;
  }
  return out;
}

export interface ReviewFacts {
  /** ISO date the card was last confirmed, null if never. */
  confirmedOn: string | null;
  reviewDays: number;
  today: string;
  /** Services of the citizen created or changed after the last confirmation. */
  changedServices: boolean;
  /** Applications decided (recorded) after the last confirmation. */
  decidedApplications: boolean;
}

const DAY_MS = 86_400_000;
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** A card confirmed before this date is overdue (the reminder list asks SQL with it). */
export const reviewCutoff = (today: string, reviewDays: number): string => addDays(today, -reviewDays);

/** Is the card due for review, and why (Danish, for the card and the reminder list)? */
export function reviewStatus(f: ReviewFacts): { due: boolean; reasons: string[]; dueOn: string | null } {
  if (!f.confirmedOn) return { due: true, reasons: ['Stamkortet er aldrig markeret som gennemgået.'], dueOn: null };
  const dueOn = addDays(f.confirmedOn, f.reviewDays);
  const reasons: string[] = [];
  if (f.confirmedOn < reviewCutoff(f.today, f.reviewDays)) reasons.push(`Sidst gennemgået ${formatDate(f.confirmedOn)} – mere end ${f.reviewDays} dage siden.`);
  if (f.changedServices) reasons.push('En indsats er oprettet eller ændret siden sidste gennemgang.');
  if (f.decidedApplications) reasons.push('En ansøgning er afgjort siden sidste gennemgang.');
  return { due: reasons.length > 0, reasons, dueOn };
}

export interface FieldChange {
  field: string;
  oldValue: string;
  newValue: string;
}

const asText = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/**
 * Field-by-field differences between two versions of a section, as history rows.
 * Rows are compared by position; `field` is a path such as "entries.0.phone" that
 * the renderer turns into a Danish label.
 */
export function diffSection(before: StoredSection | null, after: StoredSection): FieldChange[] {
  const changes: FieldChange[] = [];
  const oldNone = before?.none ?? false;
  if (oldNone !== after.none) changes.push({ field: 'none', oldValue: asText(oldNone), newValue: asText(after.none) });
  const oldRows = before?.entries ?? [];
  const n = Math.max(oldRows.length, after.entries.length);
  for (let i = 0; i < n; i++) {
    const a = oldRows[i] ?? {};
    const b = after.entries[i] ?? {};
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const o = asText(a[k]);
      const v = asText(b[k]);
      if (o !== v) changes.push({ field: `entries.${i}.${k}`, oldValue: o, newValue: v });
    }
  }
  // A row appearing or disappearing: an unticked box is not worth a history line.
  return changes.filter((c) => !(c.oldValue === '' && c.newValue === 'false') && !(c.oldValue === 'false' && c.newValue === ''));
}
