/** Migration 4 on a register with version-3 data: the default list is there and old journal entries stay valid, as non-standard. */
import { expect } from 'vitest';
import type { Register } from '../../../main/backend/db/open';
import { backendOn } from '../../helpers/register';

export default async function check(reg: Register, file: string): Promise<void> {
  const names = reg.raw.prepare('SELECT count(*) AS n, sum(is_other) AS other FROM activity_names').get() as { n: number; other: number };
  expect(names).toEqual({ n: 54, other: 1 });
  // The v1 entry "Telefonsamtale med forælder" is not a list name: kept as written, not standard.
  expect(reg.raw.prepare('SELECT name, activity_name_id, standard FROM activities WHERE id = 1').get()).toEqual({
    name: 'Telefonsamtale med forælder',
    activity_name_id: null,
    standard: 0,
  });
  await reg.close();
  const backend = await backendOn(file);
  try {
    const page = await backend.call('activityNames.nonStandard', {});
    expect(page.rows).toEqual([{ name: 'Telefonsamtale med forælder', count: 1, viaOther: 0, suggestion: expect.objectContaining({ name: 'Telefonsamtale' }) }]);
    const journal = await backend.call('activities.list', { caseId: 1 });
    expect(journal.rows[0]).toMatchObject({ name: 'Telefonsamtale med forælder', standard: false, activityNameId: null });
    const added = await backend.call('activities.create', { caseId: 1, date: '2025-11-05', name: 'Hjemmebesøg' });
    expect(added.standard).toBe(true);
  } finally {
    await backend.close();
  }
}
