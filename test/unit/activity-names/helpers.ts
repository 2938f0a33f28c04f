/** Builders for the naming-list tests: a register with a super user, a child case, and legacy journal rows. */
import { addCase, addCitizen, addUser, clockedRegister, sql } from '../../helpers/fixtures';

export async function namesRegister() {
  const reg = await clockedRegister('2026-03-10T12:00:00');
  const b = reg.backend;
  const superUser = (await addUser(reg, 'SU', 'Signe Uhre', 'superbruger')).id;
  const child = (await addCitizen(b, 'Søren Ørsted', '2015-03-15', 1)).id;
  const adult = (await addCitizen(b, 'Bent Kjær', '1980-05-02', 2)).id;
  const childCase = (await addCase(b, child)).id;
  const adultCase = (await addCase(b, adult, { area: 'voksen', caseType: 'BPA', paragraphs: ['SEL-96'] })).id;
  const asSuperUser = async <T>(fn: () => Promise<T>): Promise<T> => {
    await b.call('session.setUser', { userId: superUser });
    try {
      return await fn();
    } finally {
      await b.call('session.setUser', { userId: 1 });
    }
  };
  /** Journal rows as written before the list existed (free text, no reference). */
  const legacy = (caseId: number, name: string, date = '2026-02-01', times = 1) => {
    const raw = b.openRegister!.raw;
    const insert = raw.prepare("INSERT INTO activities (case_id, activity_date, name, note, author_id, created_at) VALUES (?, ?, ?, '', 1, '2026-02-01T10:00:00Z')");
    for (let i = 0; i < times; i++) insert.run(caseId, date, name);
  };
  const nameId = (name: string) => sql<{ id: number }>(reg, 'SELECT id FROM activity_names WHERE name = ?', name)[0].id;
  /** Everything this feature writes, as one string: equal means nothing changed. */
  const state = () =>
    JSON.stringify(['activity_names', 'activity_name_versions', 'activity_name_mappings', 'activity_name_mapping_items', 'activities'].map((t) => sql(reg, `SELECT * FROM ${t} ORDER BY 1, 2`)));
  return { reg, b, superUser, childCase, adultCase, asSuperUser, legacy, nameId, state };
}
