/**
 * Procedures offered on a case fit its area and paragraphs (issue 15): a child's
 * SEL § 116 case gets the § 116 procedures and the general ones for its phase, never
 * one written for an adult paragraph; a checklist only starts on a case of its area.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { addCase, addCitizen, clock, failure, sql } from '../../helpers/fixtures';
import { testRegister, type TestRegister } from '../../helpers/register';
import { procedure } from './library';

const regs: TestRegister[] = [];
afterEach(async () => {
  for (const r of regs.splice(0)) await r.cleanup();
});

/** A register kept by a super user (who may write procedures), with a child's and an adult's SEL § 116 case in follow-up. */
async function register() {
  const c = clock('2026-03-10T10:00:00');
  const reg = await testRegister({ setup: false, now: c.now });
  regs.push(reg);
  const b = reg.backend;
  await b.call('app.setup', { kind: 'empty', teamName: 'Team Børn Syd', initials: 'SU', name: 'Sofie Ulriksen', role: 'superbruger' });
  const child = await addCitizen(b, 'Ida Ørum', '2016-04-02', 1);
  const adult = await addCitizen(b, 'Poul Aagaard', '1970-08-14', 2);
  const childCase = await addCase(b, child.id, { area: 'børn', caseType: 'Boligindretning', paragraphs: ['SEL-116'], phase: 'opfølgning' });
  const adultCase = await addCase(b, adult.id, { area: 'voksen', caseType: 'Boligindretning', paragraphs: ['SEL-116'], phase: 'opfølgning' });
  const create = async (...list: ReturnType<typeof procedure>[]) => {
    const ids = new Map<string, number>();
    for (const p of list) ids.set(p.title, (await b.call('procedures.create', p)).id);
    return ids;
  };
  return { reg, b, childCase, adultCase, create };
}

const titlesFor = async (r: Awaited<ReturnType<typeof register>>, caseId: number) =>
  (await r.b.call('procedures.forCase', { caseId })).rows.map((p) => p.title);

describe('procedures offered on a case', () => {
  test("a child's SEL § 116 case: the § 116 procedures and the general ones for its phase, no adult or other-service ones", async () => {
    const r = await register();
    await r.create(
      procedure('Boligindretning for børn og voksne', { area: 'begge', paragraphs: ['SEL-116'], phases: ['afgørelse'], checklist: ['Tilbud indhentet'] }),
      procedure('Afslag på hjælp efter eget valg', { area: 'begge', paragraphs: ['SEL-95'], phases: ['opfølgning'] }),
      procedure('Boligindretning i botilbud', { area: 'voksen', paragraphs: ['SEL-116'], phases: ['opfølgning'] }),
      procedure('Opfølgning på merudgifter og voksenstøtte', { area: 'begge', paragraphs: ['BL-86', 'SEL-100'], phases: ['opfølgning'] }),
      procedure('Opfølgningsmøde med familien', { area: 'børn', paragraphs: [], phases: ['opfølgning'] }),
      procedure('Et udkast om boligindretning', { area: 'børn', paragraphs: ['SEL-116'], phases: ['opfølgning'], status: 'udkast' }),
    );
    const { rows } = await r.b.call('procedures.forCase', { caseId: r.childCase.id });
    const titles = rows.map((p) => p.title);
    expect(titles).toContain('Boligindretning for børn og voksne');
    expect(titles).toContain('Opfølgningsmøde med familien');
    expect(titles).not.toContain('Afslag på hjælp efter eget valg'); // both areas, but written for an adult paragraph
    expect(titles).not.toContain('Boligindretning i botilbud'); // adults only
    expect(titles).not.toContain('Opfølgning på merudgifter og voksenstøtte'); // another service
    expect(titles).not.toContain('Et udkast om boligindretning'); // not in force
    // Nothing offered is for adults only, or written only for paragraphs the case does not have.
    for (const p of rows) {
      expect(p.area, p.title).not.toBe('voksen');
      expect(p.paragraphs.length === 0 || p.matchedParagraphs.length > 0, p.title).toBe(true);
    }
    // Why each fits: the paragraph first (even in another phase), then the general ones for the phase.
    expect(rows[0]).toMatchObject({ title: 'Boligindretning for børn og voksne', matchedParagraphs: ['SEL § 116'], matchesPhase: false });
    expect(rows.find((p) => p.title === 'Opfølgningsmøde med familien')).toMatchObject({ matchedParagraphs: [], matchesPhase: true });
  });

  test("an adult's case under the same paragraph gets the adults' procedure and not the children's", async () => {
    const r = await register();
    await r.create(
      procedure('Boligindretning i botilbud', { area: 'voksen', paragraphs: ['SEL-116'], phases: ['opfølgning'] }),
      procedure('Opfølgningsmøde med familien', { area: 'børn', paragraphs: [], phases: ['opfølgning'] }),
    );
    const titles = await titlesFor(r, r.adultCase.id);
    expect(titles).toContain('Boligindretning i botilbud');
    expect(titles).not.toContain('Opfølgningsmøde med familien');
    expect(titles).not.toContain('Første møde med familien'); // a shipped children's procedure
  });

  test('the shipped procedures on a child’s § 116 case: none written only for adult paragraphs', async () => {
    const r = await register();
    const { rows } = await r.b.call('procedures.forCase', { caseId: r.childCase.id });
    expect(rows.map((p) => p.title)).toContain('Screening og forsamtale efter sagstype'); // written for SEL § 116 among others
    for (const p of rows) {
      expect(p.area, p.title).not.toBe('voksen');
      // "Overgang fra barn til voksen" is written for BL §§ 80, 86 and SEL §§ 85, 100: not this case's.
      expect(p.paragraphs.length === 0 || p.matchedParagraphs.length > 0, p.title).toBe(true);
    }
    expect(rows.map((p) => p.title)).not.toContain('Overgang fra barn til voksen (15½, 16 og 17 år)');
  });
});

describe('a checklist is started on a case of its area', () => {
  test("an adults' procedure cannot be run on a child's case; nothing is written", async () => {
    const r = await register();
    const ids = await r.create(
      procedure('Boligindretning i botilbud', { area: 'voksen', paragraphs: ['SEL-116'], phases: ['opfølgning'], checklist: ['Ergoterapeut har vurderet boligen'] }),
    );
    const err = await failure(r.b.call('checklists.start', { caseId: r.childCase.id, procedureId: ids.get('Boligindretning i botilbud')! }));
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toMatch(/gælder voksne/);
    expect(sql(r.reg, 'SELECT count(*) AS n FROM checklist_runs')).toEqual([{ n: 0 }]);
    const run = await r.b.call('checklists.start', { caseId: r.adultCase.id, procedureId: ids.get('Boligindretning i botilbud')! });
    expect(run.items.map((i) => i.text)).toEqual(['Ergoterapeut har vurderet boligen']);
  });
});
