/** 011 (decision deadlines): each application gets its own deadline; only an undecided one keeps a case's deadline running. */
import { expect } from 'vitest';
import type { Register } from '../../../main/backend/db/open';
import { backendOn } from '../../helpers/register';

export default async function check011(reg: Register, file: string): Promise<void> {
  const raw = reg.raw;
  // Application 1 came in with case 1 and shares its deadline; application 2's case had none.
  expect(raw.prepare('SELECT id, deadline FROM applications ORDER BY id').all()).toEqual([
    { id: 1, deadline: '2025-12-01' },
    { id: 2, deadline: null },
  ]);
  // Case 1 awaits a decision (its deadline runs); case 2 is decided; case 3 is in follow-up without a deadline.
  expect(raw.prepare('SELECT id, pending_deadline FROM cases ORDER BY id').all()).toEqual([
    { id: 1, pending_deadline: '2025-12-01' },
    { id: 2, pending_deadline: null },
    { id: 3, pending_deadline: null },
  ]);
  await reg.close();

  const backend = await backendOn(file);
  try {
    expect((await backend.call('deadlines.list', { kind: 'overdueWithoutNotice', scope: 'all' })).rows.map((r) => r.caseNumber)).toEqual(['2025-000001']);
    // Granted before its deadline: the case leaves the overdue list and its deadline counts as met.
    await backend.call('applications.update', { id: 1, paragraph: 'BL-86', receivedDate: '2025-10-01', status: 'bevilget', decisionDate: '2025-11-20', note: '' });
    expect((await backend.call('deadlines.list', { kind: 'overdueWithoutNotice', scope: 'all' })).total).toBe(0);
    const d = await backend.call('deadlines.forCase', { caseId: 1 });
    expect(d.status).toBe('decided');
    expect(d.applications.map((a) => a.outcome)).toEqual(['metInTime']);
  } finally {
    await backend.close();
  }
}
