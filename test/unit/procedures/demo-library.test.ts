/**
 * The demo's procedure library reads like a real team's (issue 15): a few dozen base
 * procedures through the phases for children and adults, and the large benchmark
 * size made by varying them, not by numbering copies. Every procedure: a natural,
 * unique title; no step twice; the actors and the law of its area; a link to the law
 * of each of its paragraphs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openRegister, type Register } from '../../../main/backend/db/open';
import { generateDemo } from '../../../main/backend/demo/generate';
import { Rng } from '../../../main/backend/demo/random';
import { demoBaseProcedures, planDemoLibrary, type DemoOwners } from '../../../main/backend/features/procedures/demo';
import { Reference } from '../../../main/backend/reference';
import { phases } from '../../../shared/domain/enums';
import { procedureContent, type ProcedureContent } from '../../../shared/features/procedures';
import { tempDir } from '../../helpers/register';

const TODAY = new Date('2026-03-15T11:00:00Z'); // a fixed "today": the test means the same every day
const BARNETS_LOV = 'https://www.retsinformation.dk/eli/lta/2023/721';
const SERVICELOVEN = 'https://www.retsinformation.dk/eli/lta/2005/573';
const LAW_URL: Record<string, string> = { 'Barnets lov': BARNETS_LOV, Serviceloven: SERVICELOVEN };
/** Actors of the children's area that have no place in an adult's procedure, and the other way round. */
const CHILD_ACTORS = /sundhedspleje|\bPPR\b|dagtilbud/i;
const ADULT_ACTORS = /jobcent|bostøtte|botilbud/i;

const reference = new Reference();

/** A title with its paragraph references ("BL § 86", "SEL §§ 112–113") and ages ("15½", "18 år") taken out. */
const titleNumbersLeft = (title: string) =>
  title
    .replace(/§§?\s*\d+[a-z]?(\s*(,|og|–|-)\s*\d+[a-z]?)*/g, '')
    .replace(/\d+½?(\s*(,|og)\s*\d+½?)*\s*år/g, '')
    .replace(/\d+½/g, '');

const allText = (p: ProcedureContent) =>
  [p.title, p.purpose, p.time, ...p.steps.flatMap((s) => [s.what, s.who, s.when]), ...p.involvement.flatMap((i) => [i.who, i.why, i.when]), ...p.checklist].join('\n');

/** What is wrong with one procedure, in words; empty when it reads right. */
function problemsOf(p: ProcedureContent): string[] {
  const out: string[] = [];
  const say = (what: string) => out.push(`${p.title}: ${what}`);
  if (/\d/.test(titleNumbersLeft(p.title))) say('the title carries a number that is no paragraph or age');
  const steps = p.steps.map((s) => s.what.toLocaleLowerCase('da'));
  if (new Set(steps).size !== steps.length) say('a step is there twice');
  const links = p.legalLinks.map((l) => l.url);
  for (const code of p.paragraphs) {
    const paragraph = reference.paragraph(code);
    if (!paragraph) {
      say(`${code} is not on the paragraph list`);
      continue;
    }
    if (p.area !== 'begge' && !reference.fitsArea(code, p.area)) say(`${paragraph.short} does not fit the area ${p.area}`);
    if (!links.includes(LAW_URL[paragraph.law])) say(`no link to ${paragraph.law} for ${paragraph.short}`);
  }
  if (p.area === 'voksen') {
    if (links.includes(BARNETS_LOV)) say('an adults’ procedure links to Barnets lov');
    if (p.paragraphs.some((c) => c.startsWith('BL-'))) say('an adults’ procedure has a Barnets lov paragraph');
    const actor = CHILD_ACTORS.exec(allText(p));
    if (actor) say(`an adults’ procedure involves "${actor[0]}"`);
  }
  if (p.area === 'børn') {
    if (p.paragraphs.length && !links.includes(BARNETS_LOV)) say('a children’s procedure does not link to Barnets lov');
    // Serviceloven applies to children only through its paragraphs for both (aids, consumer goods, car, housing).
    const forBoth = p.paragraphs.some((c) => reference.paragraph(c)?.area === 'begge');
    if (links.includes(SERVICELOVEN) && !forBoth) say('a children’s procedure links to Serviceloven for adults-only paragraphs');
    const actor = ADULT_ACTORS.exec(allText(p));
    if (actor) say(`a children’s procedure involves "${actor[0]}"`);
  }
  const parsed = procedureContent.safeParse(p);
  if (!parsed.success) say(`not valid: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  return out;
}

/** Owners as the demo register has them: two teams, their staff. */
const OWNERS: DemoOwners = {
  byTeam: new Map([
    ['Team Børn Nord', [1, 2, 3]],
    ['Team Voksne Nord', [4, 5, 6]],
  ]),
  byArea: { børn: [1, 2, 3], voksen: [4, 5, 6] },
  all: [1, 2, 3, 4, 5, 6, 7],
};

describe('the demo’s base procedures', () => {
  const bases = demoBaseProcedures().map((b) => b.content);

  test('a few dozen, each parsed cleanly and reading right', () => {
    expect(bases.length).toBeGreaterThanOrEqual(30);
    expect(bases.length).toBeLessThanOrEqual(45);
    expect(bases.flatMap(problemsOf)).toEqual([]);
    expect(new Set(bases.map((b) => b.title)).size).toBe(bases.length);
    for (const b of bases) {
      expect(b.purpose, b.title).not.toBe('');
      expect(b.steps.length, b.title).toBeGreaterThanOrEqual(3);
      expect(b.involvement.length, b.title).toBeGreaterThanOrEqual(1);
      expect(b.time, b.title).not.toBe('');
      expect(b.legalLinks.length, b.title).toBeGreaterThanOrEqual(1);
      for (const s of b.steps) expect([s.who, s.when], `${b.title}: ${s.what}`).not.toContain('');
    }
  });

  test('cover every phase for children and for adults, and every case type of the reference list', () => {
    for (const area of ['børn', 'voksen'] as const) {
      for (const phase of phases) {
        expect(bases.some((b) => (b.area === area || b.area === 'begge') && b.phases.includes(phase)), `${area}: ${phase}`).toBe(true);
      }
    }
    for (const t of reference.caseTypes) {
      const areas = t.area === 'begge' ? (['børn', 'voksen'] as const) : [t.area];
      for (const area of areas) {
        expect(bases.some((b) => b.area === area && b.paragraphs.some((c) => t.paragraphs.includes(c))), `${t.name} (${area})`).toBe(true);
      }
    }
  });
});

describe('the demo library at the benchmark’s large size', () => {
  const plan = planDemoLibrary(new Rng(20240601), 5000, OWNERS);
  const bases = demoBaseProcedures().map((b) => b.content.title);

  test('5,000 procedures with unique, natural titles, none a numbered copy', () => {
    expect(plan).toHaveLength(5000);
    const titles = plan.map((p) => p.content.title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles.filter((t) => /\d/.test(titleNumbersLeft(t)))).toEqual([]);
    expect(titles.filter((t) => /vejledning \d|kopi|\(\d+\)|#\d/i.test(t))).toEqual([]);
  });

  test('every procedure reads right: no step twice, the actors and law of its area, a link per paragraph', () => {
    expect(plan.flatMap((p) => [...problemsOf(p.content), ...(p.earlier ? problemsOf(p.earlier) : [])])).toEqual([]);
  });

  test('made by varying the base procedures, each about equally often, with owners, drafts, archived ones and two versions', () => {
    const uses = new Map<string, number>();
    for (const p of plan) {
      const base = bases.filter((t) => p.content.title.startsWith(t)).sort((a, b) => b.length - a.length)[0];
      expect(base, p.content.title).toBeDefined();
      uses.set(base, (uses.get(base) ?? 0) + 1);
    }
    expect(uses.size).toBe(bases.length);
    const counts = [...uses.values()];
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(2);
    expect(plan.every((p) => p.content.ownerId !== null)).toBe(true);
    const share = (f: (p: (typeof plan)[number]) => boolean) => plan.filter(f).length / plan.length;
    expect(share((p) => p.content.status === 'udkast')).toBeGreaterThan(0.05);
    expect(share((p) => p.content.status === 'arkiveret')).toBeGreaterThan(0.03);
    expect(share((p) => p.earlier !== null)).toBeGreaterThan(0.05);
    expect(share((p) => p.reviewedDaysAgo > 365)).toBeGreaterThan(0.1);
    // A team's variant is owned by someone in that team when the register has it.
    for (const p of plan.filter((x) => / Team Børn Nord$/.test(x.content.title))) expect(OWNERS.byTeam.get('Team Børn Nord')).toContain(p.content.ownerId);
  });

  test('the same seed gives the same library; another seed another', () => {
    const titles = (seed: number) => planDemoLibrary(new Rng(seed), 300, OWNERS).map((p) => p.content.title);
    expect(titles(20240601)).toEqual(plan.slice(0, 300).map((p) => p.content.title));
    expect(titles(7)).not.toEqual(titles(8));
  });
});

describe('a small demo register’s library', () => {
  let dir: string;
  let reg: Register;
  beforeAll(async () => {
    dir = tempDir('sagsoverblik-demo-library-');
    reg = await openRegister(path.join(dir, 'demo.sqlite'), { create: true });
    await generateDemo(reg.db, { size: 'small', seed: 7, today: TODAY });
  });
  afterAll(async () => {
    await reg?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the defaults and the local procedures all read right, every one with an owner', () => {
    const rows = reg.raw
      .prepare('SELECT p.owner_id, v.content FROM procedures p JOIN procedure_versions v ON v.procedure_id = p.id AND v.version = p.current_version ORDER BY p.id')
      .all() as { owner_id: number | null; content: string }[];
    const defaults = fs.readdirSync(path.join(import.meta.dirname, '..', '..', '..', 'resources', 'procedures')).filter((f) => f.endsWith('.md')).length;
    expect(rows).toHaveLength(defaults + 50);
    const library = rows.map((r) => JSON.parse(r.content) as ProcedureContent);
    expect(library.flatMap(problemsOf)).toEqual([]);
    expect(new Set(library.map((p) => p.title)).size).toBe(library.length);
    expect(rows.filter((r) => r.owner_id === null)).toEqual([]);
    // Every base is there under its own name, as the team's library.
    const titles = new Set(library.map((p) => p.title));
    expect(demoBaseProcedures().filter((b) => !titles.has(b.content.title))).toEqual([]);
  });

  test('no demo version was saved after the moment of generation, and no review date is in the future', () => {
    // The defaults are saved by nobody when the register is created; the demo's by their owners.
    const late = reg.raw.prepare('SELECT count(*) AS n FROM procedure_versions WHERE saved_by IS NOT NULL AND saved_at > ?').get(TODAY.toISOString()) as { n: number };
    expect(late.n).toBe(0);
    const future = reg.raw.prepare("SELECT count(*) AS n FROM procedures WHERE last_reviewed_by IS NOT NULL AND last_reviewed > '2026-03-15'").get() as { n: number };
    expect(future.n).toBe(0);
  });
});
