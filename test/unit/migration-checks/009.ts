/** 009: non-standard names are counted from the v8 journal, and the triggers keep the counts through journal changes, renames and undo. */
import { expect } from 'vitest';
import { checkRegister } from '../../../main/backend/db/check';
import type { Register } from '../../../main/backend/db/open';
import { backendOn } from '../../helpers/register';

export default async function check(reg: Register, file: string): Promise<void> {
  const counts = () => reg.raw.prepare('SELECT name, n, via_other FROM activity_nonstandard_names ORDER BY name').all();
  expect(counts()).toEqual([{ name: 'Telefonsamtale med forælder', n: 1, via_other: 0 }]);
  await reg.close();

  const backend = await backendOn(file);
  try {
    const raw = backend.openRegister!.raw;
    const kept = () => raw.prepare('SELECT name, n, via_other FROM activity_nonstandard_names ORDER BY name').all();
    // Written under "Andet" (the description becomes the name), and one standard name, which is not counted.
    await backend.call('activities.create', { caseId: 1, date: '2025-11-05', name: 'Andet', description: 'Telefonsamtale med forælder' });
    await backend.call('activities.create', { caseId: 1, date: '2025-11-06', name: 'Andet', description: 'Snak med skolen' });
    await backend.call('activities.create', { caseId: 1, date: '2025-11-07', name: 'Hjemmebesøg' });
    expect(kept()).toEqual([
      { name: 'Snak med skolen', n: 1, via_other: 1 },
      { name: 'Telefonsamtale med forælder', n: 2, via_other: 1 },
    ]);
    const page = await backend.call('activityNames.nonStandard', {});
    expect(page).toMatchObject({ total: 2, rows: [{ name: 'Telefonsamtale med forælder', count: 2 }, { name: 'Snak med skolen', count: 1 }] });

    // A bulk rename empties the name's count; undoing it restores the count exactly.
    raw.prepare("UPDATE users SET role = 'superbruger' WHERE id = 1").run();
    const target = (await backend.call('activityNames.list', {})).rows.find((n) => n.name === 'Telefonsamtale')!;
    const mapping = await backend.call('activityNames.map', { fromName: 'Telefonsamtale med forælder', toId: target.id });
    expect(kept()).toEqual([{ name: 'Snak med skolen', n: 1, via_other: 1 }]);
    await backend.call('activityNames.undoMapping', { id: mapping.id });
    expect(kept()).toEqual([
      { name: 'Snak med skolen', n: 1, via_other: 1 },
      { name: 'Telefonsamtale med forælder', n: 2, via_other: 1 },
    ]);
    expect(checkRegister(raw).problems).toEqual([]);

    // A count that drifted from the journal is reported by check.
    raw.prepare("UPDATE activity_nonstandard_names SET n = 5 WHERE name = 'Snak med skolen'").run();
    expect(checkRegister(raw).problems.join('\n')).toMatch(/non-standard activity name\(s\) whose kept count differs/);
    raw.prepare("UPDATE activity_nonstandard_names SET n = 1 WHERE name = 'Snak med skolen'").run();
  } finally {
    await backend.close();
  }
}
