/** Writing, versions, review dates and browsing the library. */
import { afterEach, describe, expect, test } from 'vitest';
import { clockedRegister, failure, sql } from '../../helpers/fixtures';
import type { TestRegister } from '../../helpers/register';
import { contentOf, procedure } from './library';

const regs: TestRegister[] = [];
afterEach(async () => {
  for (const r of regs.splice(0)) await r.cleanup();
});
// The library is the super user's (the contract's access): here ABC is the super user.
async function register(startIso?: string) {
  const reg = await clockedRegister(startIso, { role: 'superbruger' });
  regs.push(reg);
  return reg;
}

describe('the default procedures', () => {
  test('every new register has the shipped procedures, current and with links to retsinformation.dk only', async () => {
    const { backend } = await register();
    const list = await backend.call('procedures.list', {});
    expect(list.total).toBeGreaterThanOrEqual(10);
    const titles = list.rows.map((r) => r.title);
    for (const t of ['Første møde med familien', 'Kommunikation ved afslag', 'Genvurdering efter klage', 'Navngivning af aktiviteter i journalen']) {
      expect(titles).toContain(t);
    }
    const refusal = await backend.call('procedures.get', { id: list.rows.find((r) => r.title === 'Kommunikation ved afslag')!.id });
    expect(refusal.warnBeforeClosedDays).toBe(true);
    expect(refusal.legalLinks.every((l) => l.url.startsWith('https://www.retsinformation.dk/'))).toBe(true);
    expect(list.rows.every((r) => r.status === 'gældende' && !r.outOfDate)).toBe(true);
  });
});

describe('versions', () => {
  test('editing makes a new version with its change note; the old one stays readable as it was', async () => {
    const { backend } = await register();
    const created = await backend.call('procedures.create', procedure('Bevilling af hjælpemidler', { purpose: 'Første udgave.' }));
    const v2 = await backend.call('procedures.update', {
      ...contentOf(created),
      id: created.id,
      baseVersion: 1,
      changeNote: 'Formålet er skrevet kortere',
      purpose: 'Anden udgave.',
    });
    expect(v2.version).toBe(2);
    expect(v2.purpose).toBe('Anden udgave.');
    const old = await backend.call('procedures.get', { id: created.id, version: 1 });
    expect(old.purpose).toBe('Første udgave.');
    expect(old.shownVersion).toBe(1);
    expect(old.version).toBe(2);
    const versions = await backend.call('procedures.versions', { id: created.id });
    expect(versions.rows.map((v) => [v.version, v.changeNote, v.savedByName])).toEqual([
      [2, 'Formålet er skrevet kortere', 'Anne Berg Christensen'],
      [1, 'Oprettet', 'Anne Berg Christensen'],
    ]);
    // History cannot be rewritten, not even by hand.
    expect(() => backend.openRegister!.raw.prepare("UPDATE procedure_versions SET change_note = 'x'").run()).toThrow(/history/);
  });

  test('saving on top of a newer version is refused, and nothing is written', async () => {
    const reg = await register();
    const { backend } = reg;
    const created = await backend.call('procedures.create', procedure('Bevilling af hjælpemidler'));
    await backend.call('procedures.update', { ...contentOf(created), id: created.id, baseVersion: 1, changeNote: 'Første rettelse' });
    const before = sql(reg, 'SELECT count(*) AS n FROM procedure_versions WHERE procedure_id = ?', created.id);
    const err = await failure(backend.call('procedures.update', { ...contentOf(created), id: created.id, baseVersion: 1, changeNote: 'For sent' }));
    expect(err.code).toBe('CONFLICT');
    expect(sql(reg, 'SELECT count(*) AS n FROM procedure_versions WHERE procedure_id = ?', created.id)).toEqual(before);
  });

  test('a change note is required, law links must go to retsinformation.dk, and a rejected save writes nothing', async () => {
    const reg = await register();
    const created = await reg.backend.call('procedures.create', procedure('Bevilling af hjælpemidler'));
    const base = { ...contentOf(created), id: created.id, baseVersion: 1 };
    const noNote = await failure(reg.backend.call('procedures.update', { ...base, changeNote: '' }));
    expect(noNote.fields?.changeNote).toBe('Feltet skal udfyldes.');
    const badLink = await failure(
      reg.backend.call('procedures.update', { ...base, changeNote: 'Link', legalLinks: [{ label: 'Loven', url: 'https://example.com/lov' }] }),
    );
    expect(badLink.fields?.['legalLinks.0.url']).toMatch(/retsinformation\.dk/);
    const wrongArea = await failure(reg.backend.call('procedures.create', procedure('Voksen', { area: 'voksen', paragraphs: ['BL-86'] })));
    expect(wrongArea.fields?.paragraphs).toMatch(/BL § 86/);
    expect(sql(reg, 'SELECT count(*) AS n FROM procedure_versions WHERE procedure_id = ?', created.id)).toEqual([{ n: 1 }]);
    expect(sql(reg, "SELECT count(*) AS n FROM procedures WHERE title = 'Voksen'")).toEqual([{ n: 0 }]);
  });
});

describe('kept current', () => {
  test('past its review date a procedure is marked as possibly out of date for everyone; a review clears it', async () => {
    const reg = await register('2026-03-10T12:00:00');
    const created = await reg.backend.call('procedures.create', procedure('Bevilling af hjælpemidler', { reviewIntervalMonths: 6 }));
    expect(created.reviewDue).toBe('2026-09-10');
    expect(created.outOfDate).toBe(false);
    reg.clock.set('2026-09-11T09:00:00');
    expect((await reg.backend.call('procedures.get', { id: created.id })).outOfDate).toBe(true);
    const listed = await reg.backend.call('procedures.list', {});
    expect(listed.rows.find((r) => r.id === created.id)?.outOfDate).toBe(true);
    const reviewed = await reg.backend.call('procedures.markReviewed', { id: created.id });
    expect([reviewed.outOfDate, reviewed.lastReviewed, reviewed.reviewDue]).toEqual([false, '2026-09-11', '2027-03-11']);
  });

  test('owners see their own procedures that are due for review, soonest first', async () => {
    const reg = await register('2026-03-10T12:00:00');
    const me = (await reg.backend.call('session.current', {})).user!.id;
    const soon = await reg.backend.call('procedures.create', procedure('Snart', { ownerId: me, reviewIntervalMonths: 1 }));
    await reg.backend.call('procedures.create', procedure('Senere', { ownerId: me, reviewIntervalMonths: 12 }));
    await reg.backend.call('procedures.create', procedure('Ingen tovholder', { reviewIntervalMonths: 1 }));
    expect((await reg.backend.call('procedures.list', { dueForMe: true })).rows).toEqual([]);
    reg.clock.set('2026-04-01T09:00:00'); // "Snart" is due on 10 April: within the month ahead
    const due = await reg.backend.call('procedures.list', { dueForMe: true });
    expect(due.rows.map((r) => r.id)).toEqual([soon.id]);
  });
});

describe('browsing', () => {
  test('by phase, by area (both areas included) and by paragraph, with folder counts', async () => {
    const { backend } = await register();
    const a = await backend.call('procedures.create', procedure('Børn i afgørelse', { area: 'børn', phases: ['afgørelse'], paragraphs: ['BL-86'] }));
    const b = await backend.call('procedures.create', procedure('Fælles opfølgning', { area: 'begge', phases: ['opfølgning'] }));
    const c = await backend.call('procedures.create', procedure('Voksne i afgørelse', { area: 'voksen', phases: ['afgørelse'] }));
    const ids = async (input: Parameters<typeof backend.call<'procedures.list'>>[1]) =>
      (await backend.call('procedures.list', { ...input, limit: 200 })).rows.map((r) => r.id);
    expect(await ids({ phase: 'afgørelse' })).toEqual(expect.arrayContaining([a.id, c.id]));
    expect(await ids({ phase: 'afgørelse' })).not.toContain(b.id);
    expect(await ids({ area: 'børn' })).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(await ids({ area: 'børn' })).not.toContain(c.id);
    expect(await ids({ paragraph: 'BL-86' })).toContain(a.id);
    const folders = await backend.call('procedures.folders', {});
    expect(folders.paragraphs.find((p) => p.code === 'BL-86')?.label).toMatch(/^BL § 86/);
  });
});
