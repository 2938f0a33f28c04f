/** Which fields each typed section has and how a value reads (screen, history, print). Plain TS: the CLI uses it too. */
import { formatDate } from '../../domain/dates';
import type { SectionKey } from '../../features/stamkort';
import { arrangementLabels, fieldLabels, labelFor, stamkortTexts as t } from './texts';

export type FieldKind = 'text' | 'phone' | 'email' | 'bool' | 'date' | 'number' | 'arrangement';
export interface FieldDef {
  name: string;
  kind: FieldKind;
  required?: boolean;
  max?: number;
}

export const sectionFields: Record<SectionKey, FieldDef[]> = {
  parents: [
    { name: 'name', kind: 'text', required: true, max: 120 },
    { name: 'relation', kind: 'text', max: 60 },
    { name: 'phone', kind: 'phone' },
    { name: 'email', kind: 'email' },
    { name: 'address', kind: 'text', max: 200 },
    { name: 'custody', kind: 'bool' },
    { name: 'partyRepresentative', kind: 'bool' },
    { name: 'guardian', kind: 'bool' },
  ],
  siblings: [
    { name: 'name', kind: 'text', required: true, max: 120 },
    { name: 'birthDate', kind: 'date' },
    { name: 'age', kind: 'number' },
    { name: 'livesWithChild', kind: 'bool' },
  ],
  household: [
    { name: 'livesWith', kind: 'text', required: true, max: 200 },
    { name: 'arrangement', kind: 'arrangement' },
    { name: 'address', kind: 'text', max: 200 },
    { name: 'fromDate', kind: 'date' },
  ],
  school: [
    { name: 'institution', kind: 'text', required: true, max: 150 },
    { name: 'group', kind: 'text', max: 60 },
    { name: 'contactPerson', kind: 'text', max: 120 },
    { name: 'phone', kind: 'phone' },
  ],
  diagnoses: [
    { name: 'text', kind: 'text', required: true, max: 200 },
    { name: 'icd10', kind: 'text', max: 10 },
    { name: 'date', kind: 'date' },
    { name: 'diagnosedBy', kind: 'text', max: 150 },
  ],
  partners: [
    { name: 'role', kind: 'text', required: true, max: 100 },
    { name: 'name', kind: 'text', max: 120 },
    { name: 'organisation', kind: 'text', max: 150 },
    { name: 'phone', kind: 'phone' },
    { name: 'email', kind: 'email' },
  ],
};

/** Empty row for the edit form. */
export function emptyRow(key: SectionKey): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const f of sectionFields[key]) row[f.name] = f.kind === 'bool' ? false : f.kind === 'date' || f.kind === 'number' ? null : f.kind === 'arrangement' ? 'hjemme' : '';
  return row;
}

/** A stored value as a caseworker reads it (history rows store booleans as "true"/"false"). */
export function formatValue(kind: FieldKind | undefined, value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (kind === 'bool') return value === true || value === 'true' ? t.yes : t.no;
  if (kind === 'date') return formatDate(String(value));
  if (kind === 'arrangement') return arrangementLabels[String(value)] ?? String(value);
  return String(value);
}

/** "entries.0.phone" → "Række 1: Telefon"; "none" → "Intet at registrere". */
export function historyField(key: SectionKey, path: string): { label: string; kind: FieldKind | undefined } {
  if (path === 'none') return { label: fieldLabels.none, kind: 'bool' };
  const m = /^entries\.(\d+)\.(\w+)$/.exec(path);
  if (!m) return { label: path, kind: undefined };
  const def = sectionFields[key].find((f) => f.name === m[2]);
  return { label: `${t.row(Number(m[1]) + 1)}: ${fieldLabels[m[2]] ?? m[2]}`, kind: def?.kind };
}

/** One entry as a short line for the card and the printout: "Hanne Holm (Mor) · Forældremyndighed · tlf. 20 30 40 50". */
export function entrySummary(key: SectionKey, e: Record<string, unknown>, area: 'børn' | 'voksen' = 'børn'): string[] {
  const parts: string[] = [];
  for (const f of sectionFields[key]) {
    const v = e[f.name];
    if (f.kind === 'bool') {
      if (v === true) parts.push(labelFor(f.name, area));
      continue;
    }
    const text = formatValue(f.kind, v);
    if (!text) continue;
    parts.push(f.required ? text : `${labelFor(f.name, area).split(' (')[0]}: ${text}`);
  }
  return parts;
}
