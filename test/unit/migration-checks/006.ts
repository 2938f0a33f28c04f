/** 006 (deadlines): cases and services from before keep working; defaults are in place; receipts are asked for new cases only. */
import { expect } from 'vitest';
import { Backend } from '../../../main/backend/backend';
import type { Register } from '../../../main/backend/db/open';
import { MemorySettingsStore } from '../../../main/backend/settings';
import { danishMoment } from '../../clock';

export default async function check006(reg: Register, file: string): Promise<void> {
  const raw = reg.raw;
  // Old rows are untouched by the new columns: no notice, no receipt duty, no follow-up date invented.
  expect(raw.prepare('SELECT id, deadline, expected_decision_date, receipt_due FROM cases ORDER BY id').all()).toEqual([
    { id: 1, deadline: '2025-12-01', expected_decision_date: null, receipt_due: null },
    { id: 2, deadline: null, expected_decision_date: null, receipt_due: null },
    { id: 3, deadline: null, expected_decision_date: null, receipt_due: null },
  ]);
  expect((raw.prepare('SELECT count(*) AS n FROM deadline_rules').get() as { n: number }).n).toBeGreaterThan(20);
  await reg.close();
  const settings = new MemorySettingsStore();
  settings.set('currentUserByRegister', { [file]: 1 });
  const backend = new Backend({ registerPath: file, settings, validateOutput: true, now: () => danishMoment('2026-01-10T10:00:00') });
  await backend.init();
  try {
    // Case 1 went past its deadline before the upgrade: it is now on the list that must be empty.
    const overdue = await backend.call('deadlines.list', { kind: 'overdueWithoutNotice', scope: 'all' });
    expect(overdue.rows.map((r) => r.caseNumber)).toEqual(['2025-000001']);
    await backend.call('deadlines.registerNotice', { caseId: 1, sentDate: '2026-01-10', expectedDate: '2026-02-15' });
    expect((await backend.call('deadlines.list', { kind: 'overdueWithoutNotice', scope: 'all' })).total).toBe(0);
    const services = await backend.call('services.list', { citizenId: 1 });
    expect(services.rows.map((s) => s.followUpDate)).toEqual([null]);
    expect((await backend.call('deadlines.list', { kind: 'receipts', scope: 'all' })).total).toBe(0);
  } finally {
    await backend.close();
  }
}
