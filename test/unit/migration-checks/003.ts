/** 003 (stamkort): existing cases get an empty card that shows their live applications and services, and can be filled in and confirmed. */
import { expect } from 'vitest';
import { Backend } from '../../../main/backend/backend';
import type { Register } from '../../../main/backend/db/open';
import { MemorySettingsStore } from '../../../main/backend/settings';
import { danishMoment } from '../../clock';

export default async function check(reg: Register, file: string): Promise<void> {
  expect(reg.raw.prepare('SELECT count(*) AS n FROM stamkort').get()).toEqual({ n: 0 });
  const settings = new MemorySettingsStore();
  settings.set('currentUserByRegister', { [file]: 1 }); // ABC in the v1 data
  const backend = new Backend({ registerPath: file, settings, validateOutput: true, now: () => danishMoment('2026-01-10T10:00:00') });
  await backend.init();
  try {
    // Case 1: Søren (child) with a pending application and a current service from before the upgrade.
    let card = await backend.call('stamkort.get', { caseId: 1 });
    expect(card.citizenName).toBe('Søren Ørsted');
    expect(card.review.due).toBe(true);
    expect(card.applications.map((a) => a.status)).toEqual(['verserende']);
    expect(card.services.map((s) => s.serviceType)).toEqual(['Merudgifter']);
    expect((await backend.call('stamkort.reminders', {})).rows.map((r) => r.caseNumber)).toEqual(['2025-000001']);
    card = await backend.call('stamkort.saveSection', { caseId: 1, section: 'siblings', version: 0, data: { none: true } });
    card = await backend.call('stamkort.confirm', { caseId: 1, version: card.version, date: '2026-01-10' });
    expect(card.review.due).toBe(false);
    expect((await backend.call('stamkort.reminders', {})).total).toBe(0);
    // Case 3: an adult's card has no daycare/school section.
    expect((await backend.call('stamkort.get', { caseId: 3 })).sections.map((s) => s.key)).not.toContain('school');
  } finally {
    await backend.close();
  }
}
