import { describe, expect, test } from 'vitest';
import { diffSection, missingIn, reviewStatus } from '../../../main/backend/features/stamkort/rules';

const base = { reviewDays: 90, today: '2026-06-01', changedServices: false, decidedApplications: false };

describe('staleness: when a stamkort is due for review', () => {
  test('a card never confirmed is due, with no due date', () => {
    expect(reviewStatus({ ...base, confirmedOn: null })).toEqual({ due: true, reasons: ['Stamkortet er aldrig markeret som gennemgået.'], dueOn: null });
  });

  test('confirmed within the interval: current; the last day counts, the day after does not', () => {
    expect(reviewStatus({ ...base, confirmedOn: '2026-03-03' })).toEqual({ due: false, reasons: [], dueOn: '2026-06-01' });
    const late = reviewStatus({ ...base, confirmedOn: '2026-03-02' });
    expect(late.due).toBe(true);
    expect(late.reasons).toEqual(['Sidst gennemgået 02-03-2026 – mere end 90 dage siden.']);
  });

  test('the interval is configurable', () => {
    expect(reviewStatus({ ...base, reviewDays: 30, confirmedOn: '2026-05-01' }).due).toBe(true);
    expect(reviewStatus({ ...base, reviewDays: 365, confirmedOn: '2025-06-02' }).due).toBe(false);
  });

  test('a changed service or a decided application makes a fresh card due, and every reason is given', () => {
    expect(reviewStatus({ ...base, confirmedOn: '2026-05-30', changedServices: true }).reasons).toEqual([
      'En indsats er oprettet eller ændret siden sidste gennemgang.',
    ]);
    const all = reviewStatus({ ...base, confirmedOn: '2026-01-01', changedServices: true, decidedApplications: true });
    expect(all.due).toBe(true);
    expect(all.reasons).toHaveLength(3);
  });
});

describe('completeness per section', () => {
  test('never filled in, empty, or marked "nothing to register"', () => {
    expect(missingIn('siblings', { none: false, entries: [] }, false, 'børn')).toEqual(['Afsnittet er ikke udfyldt endnu.']);
    expect(missingIn('siblings', { none: false, entries: [] }, true, 'børn')[0]).toMatch(/Tilføj mindst én række/);
    expect(missingIn('siblings', { none: true, entries: [] }, true, 'børn')).toEqual([]);
  });

  test('a child needs a custody holder who can be reached; an adult\'s relatives need no custody', () => {
    const mor = { name: 'Hanne Holm', relation: 'Mor', custody: true, phone: '', email: '', address: '', partyRepresentative: false, guardian: false };
    expect(missingIn('parents', { none: false, entries: [mor] }, true, 'børn')).toEqual(['Mangler telefon eller e-mail for Hanne Holm.']);
    expect(missingIn('parents', { none: false, entries: [{ ...mor, phone: '20304050' }] }, true, 'børn')).toEqual([]);
    expect(missingIn('parents', { none: false, entries: [{ ...mor, custody: false }] }, true, 'børn')).toEqual(['Ingen er angivet med forældremyndighed.']);
    expect(missingIn('parents', { none: false, entries: [{ ...mor, custody: false }] }, true, 'voksen')).toEqual([]);
  });

  test('diagnoses need a date; school needs contact person and phone', () => {
    expect(missingIn('diagnoses', { none: false, entries: [{ text: 'Autisme', icd10: 'DF84.0', date: null, diagnosedBy: '' }] }, true, 'børn')).toEqual([
      'Mangler dato for diagnosen "Autisme".',
    ]);
    expect(missingIn('school', { none: false, entries: [{ institution: 'Solsikken', group: '', contactPerson: '', phone: '' }] }, true, 'børn')).toHaveLength(2);
  });
});

describe('history: which fields an edit changed', () => {
  test('first save lists the filled-in fields, not empty ones or unticked boxes', () => {
    const changes = diffSection(null, { none: false, entries: [{ name: 'Ida', birthDate: '2015-01-02', age: null, livesWithChild: false }] });
    expect(changes).toEqual([
      { field: 'entries.0.name', oldValue: '', newValue: 'Ida' },
      { field: 'entries.0.birthDate', oldValue: '', newValue: '2015-01-02' },
    ]);
  });

  test('a changed field gives old and new; a removed row gives its old values; no change gives nothing', () => {
    const before = { none: false, entries: [{ name: 'Ida', livesWithChild: true }, { name: 'Bo', livesWithChild: false }] };
    expect(diffSection(before, { none: false, entries: [{ name: 'Ida', livesWithChild: false }] })).toEqual([
      { field: 'entries.0.livesWithChild', oldValue: 'true', newValue: 'false' },
      { field: 'entries.1.name', oldValue: 'Bo', newValue: '' },
    ]);
    expect(diffSection(before, before)).toEqual([]);
    expect(diffSection({ none: false, entries: [] }, { none: true, entries: [] })).toEqual([{ field: 'none', oldValue: 'false', newValue: 'true' }]);
  });
});
