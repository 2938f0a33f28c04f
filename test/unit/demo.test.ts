import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkRegister } from '../../main/backend/db/check';
import { openRegister, type Register } from '../../main/backend/db/open';
import { generateDemo, type DemoSummary } from '../../main/backend/demo/generate';
import { Reference } from '../../main/backend/reference';
import { ageOn, parseCpr } from '../../shared/domain/cpr';
import { addPeriod } from '../../shared/domain/calendar';
import type { Area } from '../../shared/domain/enums';
import { isoDaysFrom, testNow, testToday } from '../clock';
import { tempDir, testRegister } from '../helpers/register';

// The suite's pinned moment (test/clock.ts): the same every day, and moved by the runs at other dates.
const TODAY = testNow();
const TODAY_ISO = testToday();

let dir: string;
let reg: Register;
let summary: DemoSummary;

async function makeDemo(name: string, seed: number): Promise<{ reg: Register; summary: DemoSummary }> {
  const r = await openRegister(path.join(dir, name), { create: true });
  return { reg: r, summary: await generateDemo(r.db, { size: 'small', seed, today: TODAY }) };
}

beforeAll(async () => {
  dir = tempDir('sagsoverblik-demo-');
  ({ reg, summary } = await makeDemo('demo.sqlite', 7));
});
afterAll(async () => {
  await reg?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const count = (sql: string) => (reg.raw.prepare(sql).get() as { n: number }).n;

describe('small demo register', () => {
  test('has the promised size, and the summary matches the rows', () => {
    expect(summary.teams).toBe(2);
    expect(summary.caseworkers).toHaveLength(10);
    expect(summary.citizens).toBeGreaterThanOrEqual(250);
    expect(summary.citizens).toBeLessThanOrEqual(350);
    expect(summary.cases).toBeGreaterThanOrEqual(400);
    expect(summary.cases).toBeLessThanOrEqual(500);
    expect(summary.activities).toBeGreaterThanOrEqual(7000);
    expect(summary.activities).toBeLessThanOrEqual(9000);
    expect(count('SELECT count(*) AS n FROM teams')).toBe(summary.teams);
    expect(count("SELECT count(*) AS n FROM users WHERE role = 'sagsbehandler'")).toBe(10);
    expect(count('SELECT count(*) AS n FROM citizens')).toBe(summary.citizens);
    expect(count('SELECT count(*) AS n FROM cases')).toBe(summary.cases);
    expect(count('SELECT count(*) AS n FROM activities')).toBe(summary.activities);
    expect(count('SELECT count(*) AS n FROM applications')).toBeGreaterThan(100);
    expect(count('SELECT count(*) AS n FROM services WHERE case_id IS NULL')).toBeGreaterThan(0);
    expect(reg.raw.prepare("SELECT value FROM register_info WHERE key = 'demo'").pluck().get()).toBe('1');
  });

  test('passes the register check', () => {
    expect(checkRegister(reg.raw).problems).toEqual([]);
  });

  test('says what a real register would: a minority overdue, decided cases never overdue, no deadline before its received date', () => {
    const today = TODAY_ISO;
    const open = count("SELECT count(*) AS n FROM cases WHERE state = 'åben'");
    const overdue = count(`SELECT count(*) AS n FROM cases WHERE state = 'åben' AND (pending_deadline < '${today}' OR next_follow_up < '${today}')`);
    expect(overdue / open).toBeGreaterThanOrEqual(0.05);
    expect(overdue / open).toBeLessThanOrEqual(0.2);
    // Overdue by weeks, not years.
    expect(count(`SELECT count(*) AS n FROM cases WHERE state = 'åben' AND pending_deadline < '${addPeriod(today, -120, 'dage')}'`)).toBe(0);
    // A case whose applications are all decided has no running deadline, and gets no notice of delay.
    expect(
      count(`SELECT count(*) AS n FROM cases c WHERE c.pending_deadline IS NOT NULL AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.case_id = c.id AND a.status = 'verserende') AND EXISTS (SELECT 1 FROM applications a WHERE a.case_id = c.id)`),
    ).toBe(0);
    expect(
      count(`SELECT count(*) AS n FROM deadline_events e JOIN cases c ON c.id = e.case_id WHERE e.kind = 'notice' AND c.pending_deadline IS NULL`),
    ).toBe(0);
    expect(count('SELECT count(*) AS n FROM applications WHERE deadline < received_date')).toBe(0);
    expect(count('SELECT count(*) AS n FROM cases WHERE deadline < received_date')).toBe(0);
    // Most decisions are on time, as in a team that meets its 80 % target; some are late.
    const decided = count("SELECT count(*) AS n FROM applications WHERE decision_date IS NOT NULL AND deadline IS NOT NULL AND status <> 'trukket_tilbage'");
    const inTime = count("SELECT count(*) AS n FROM applications WHERE decision_date IS NOT NULL AND decision_date <= deadline AND status <> 'trukket_tilbage'");
    expect(inTime / decided).toBeGreaterThanOrEqual(0.8);
    expect(inTime / decided).toBeLessThan(1);
  });

  test("every stem is a real team's (30–60 open cases), the busiest has a full one, and the loads differ", () => {
    const open = summary.caseworkers.map((c) => c.openCases);
    expect(Math.max(...open)).toBeGreaterThanOrEqual(55);
    expect(Math.max(...open)).toBeLessThanOrEqual(60);
    expect(Math.min(...open)).toBeGreaterThanOrEqual(30);
    expect(Math.min(...open)).toBeLessThan(45);
    for (const cw of summary.caseworkers) {
      expect(cw.openCases).toBe(count(`SELECT count(*) AS n FROM cases WHERE caseworker_id = ${cw.id} AND state = 'åben'`));
    }
  });

  test('every CPR number is valid, unique and agrees with birth date, gender and an age of 0–70', () => {
    const rows = reg.raw.prepare('SELECT cpr, birth_date, gender FROM citizens').all() as { cpr: string; birth_date: string; gender: string }[];
    expect(new Set(rows.map((r) => r.cpr)).size).toBe(rows.length);
    for (const r of rows) {
      const parsed = parseCpr(r.cpr, TODAY_ISO);
      expect(parsed.ok, r.cpr).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.info.birthDate).toBe(r.birth_date);
      expect(parsed.info.gender).toBe(r.gender);
      const age = ageOn(r.birth_date, TODAY_ISO);
      expect(age).toBeGreaterThanOrEqual(0);
      expect(age).toBeLessThanOrEqual(70);
    }
  });

  test('children have children’s cases and adults adults’ cases, with paragraphs that fit the area', () => {
    const reference = new Reference();
    const rows = reg.raw
      .prepare('SELECT c.id, c.area, c.case_type, z.birth_date, c.kle_number, c.handlingsfacet FROM cases c JOIN citizens z ON z.id = c.citizen_id')
      .all() as { id: number; area: Area; case_type: string; birth_date: string; kle_number: string; handlingsfacet: string }[];
    const paragraphs = reg.raw.prepare('SELECT paragraph FROM case_paragraphs WHERE case_id = ?').pluck();
    for (const r of rows) {
      const adultNow = ageOn(r.birth_date, TODAY_ISO) >= 18;
      expect(r.area).toBe(adultNow ? 'voksen' : 'børn');
      expect(reference.caseTypesFor(r.area).map((t) => t.name)).toContain(r.case_type);
      expect(r.kle_number).toMatch(/^\d\d\.\d\d\.\d\d$/);
      expect(r.handlingsfacet).toMatch(/^[A-Z]\d\d$/);
      const codes = paragraphs.all(r.id) as string[];
      expect(codes.length).toBeGreaterThan(0);
      for (const code of codes) expect(reference.fitsArea(code, r.area), code).toBe(true);
    }
  });

  test('caseworker periods follow each other without overlap, the last one open for the current caseworker', () => {
    const cases = reg.raw.prepare('SELECT id, caseworker_id FROM cases').all() as { id: number; caseworker_id: number }[];
    const periods = reg.raw.prepare('SELECT user_id, from_at, to_at, reason FROM case_assignments WHERE case_id = ? ORDER BY from_at, id');
    let withHistory = 0;
    for (const c of cases) {
      const ps = periods.all(c.id) as { user_id: number; from_at: string; to_at: string | null; reason: string }[];
      expect(ps.filter((p) => p.to_at === null)).toHaveLength(1);
      const last = ps[ps.length - 1];
      expect(last.to_at).toBeNull();
      expect(last.user_id).toBe(c.caseworker_id);
      for (let i = 0; i < ps.length - 1; i++) {
        expect(ps[i].to_at).not.toBeNull();
        expect(ps[i].to_at! >= ps[i].from_at).toBe(true);
        expect(ps[i].to_at! <= ps[i + 1].from_at).toBe(true);
      }
      if (ps.length > 1) withHistory++;
    }
    expect(withHistory).toBeGreaterThan(cases.length * 0.1);
    expect(count("SELECT count(*) AS n FROM case_assignments WHERE reason IN ('Ny fordeling i teamet', 'Sagsbehandler fratrådt', 'Barsel')")).toBeGreaterThan(0);
  });

  test('dates are plausible: nothing after today, decisions after applications, journals inside the case', () => {
    expect(count(`SELECT count(*) AS n FROM activities WHERE activity_date > '${TODAY_ISO}'`)).toBe(0);
    expect(count(`SELECT count(*) AS n FROM cases WHERE received_date > '${TODAY_ISO}' OR received_date < '${isoDaysFrom(TODAY_ISO, -6 * 366)}'`)).toBe(0);
    expect(count('SELECT count(*) AS n FROM activities a JOIN cases c ON c.id = a.case_id WHERE a.activity_date < c.received_date')).toBe(0);
    expect(count("SELECT count(*) AS n FROM applications WHERE status IN ('bevilget', 'delvist_bevilget', 'afslag') AND (decision_date IS NULL OR decision_date < received_date)")).toBe(0);
    expect(count("SELECT count(*) AS n FROM cases WHERE state = 'åben'")).toBeGreaterThan(summary.cases * 0.6);
    expect(count("SELECT count(*) AS n FROM cases WHERE state = 'åben' AND next_follow_up IS NOT NULL")).toBeGreaterThan(summary.cases * 0.5);
    expect(count('SELECT count(*) AS n FROM cases WHERE last_activity_date IS NULL')).toBe(0);
  });

  test('names are Danish, searchable, and addresses are visibly made up', () => {
    expect(count("SELECT count(*) AS n FROM citizens WHERE name GLOB '*[æøåÆØÅ]*'")).toBeGreaterThan(10);
    expect(count("SELECT count(*) AS n FROM citizen_name_words WHERE word = 'aagaard'")).toBeGreaterThan(0);
    expect(count("SELECT count(*) AS n FROM citizen_name_words WHERE word = 'ågård'")).toBeGreaterThan(0);
    expect(count("SELECT count(*) AS n FROM citizens WHERE city NOT IN ('Demoby', 'Eksempelby', 'Fiktivstrup', 'Opdigtrup')")).toBe(0);
    expect(count("SELECT count(*) AS n FROM citizens WHERE postal_code NOT GLOB '[0-9][0-9][0-9][0-9]'")).toBe(0);
    const protectedShare = count('SELECT count(*) AS n FROM citizens WHERE protected_address = 1') / summary.citizens;
    expect(protectedShare).toBeGreaterThan(0);
    expect(protectedShare).toBeLessThan(0.06);
  });

  test('the same seed gives the same register; another seed a different one', async () => {
    const digest = (r: Register) => {
      const hash = crypto.createHash('sha256');
      for (const table of ['users', 'citizens', 'cases', 'case_assignments', 'activities', 'applications', 'services']) {
        for (const row of r.raw.prepare(`SELECT * FROM ${table} ORDER BY rowid`).raw().iterate()) hash.update(JSON.stringify(row));
      }
      return hash.digest('hex');
    };
    const same = await makeDemo('same.sqlite', 7);
    const other = await makeDemo('other.sqlite', 8);
    try {
      expect(same.summary).toEqual(summary);
      expect(digest(same.reg)).toBe(digest(reg));
      expect(digest(other.reg)).not.toBe(digest(reg));
    } finally {
      await same.reg.close();
      await other.reg.close();
    }
  });
});

test('first-run setup with demo data opens a demo register, as the caseworker with a full stem', async () => {
  const t = await testRegister({ setup: false, now: () => TODAY });
  try {
    const status = await t.backend.call('app.setup', { kind: 'demo' });
    expect(status.open).toBe(true);
    expect(status.demo).toBe(true);
    expect(status.currentUser?.role).toBe('sagsbehandler');
    expect(status.currentUser?.openCases).toBeGreaterThanOrEqual(55);
    expect(status.currentUser?.openCases).toBeLessThanOrEqual(60);
  } finally {
    await t.cleanup();
  }
});

describe('small demo register: stamkort actors fit the diagnoses', () => {
  /** Who plausibly makes each diagnosis the demo uses (children and adults). A new diagnosis needs its line here. */
  const DIAGNOSED_BY: Record<string, RegExp> = {
    'DF84.0': /psykiatri/i,
    'DF84.5': /psykiatri/i,
    'DF90.0': /psykiatri/i,
    'DF70.0': /psykiatri|børneafdeling/i,
    'DF20.0': /psykiatri/i,
    'DG80.0': /neuropædiatri|børneafdeling|neurolog/i,
    'DQ90.9': /børneafdeling|neonatal/i,
    'DG40.9': /neuropædiatri|neurolog|filadelfia/i,
    'DF82.9': /børneafdeling|neuropædiatri/i,
    'DE84.9': /CF-cent/i,
    'DH54.2': /øjen|kennedy/i,
    'DH90.3': /audiolog|høreklinik|øre-næse-hals/i,
    'DG71.0': /neuropædiatri|neurolog|neuromuskulær|børneafdeling/i,
    'DG35.9': /neurolog|sclerose/i,
    'DI69.4': /neurolog/i,
  };
  const CHILD_ONLY = /sundhedspleje|\bPPR\b|dagtilbud|børne(afdeling|terapi)/i;
  const ADULT_ONLY = /jobcent|bostøtte|botilbud|socialpsykiatri/i;

  interface Card {
    area: Area;
    birth: string;
    diagnoses: { text: string; icd10: string; date: string | null; diagnosedBy: string }[];
    partners: { role: string; organisation: string }[];
  }
  const cards = () => {
    const rows = reg.raw
      .prepare(
        `SELECT s.citizen_id AS id, s.section, s.data, z.birth_date AS birth,
                (SELECT c.area FROM cases c WHERE c.citizen_id = s.citizen_id ORDER BY c.id DESC LIMIT 1) AS area
         FROM stamkort_sections s JOIN citizens z ON z.id = s.citizen_id WHERE s.section IN ('diagnoses', 'partners') ORDER BY s.citizen_id`,
      )
      .all() as { id: number; section: string; data: string; birth: string; area: Area }[];
    const byCitizen = new Map<number, Card>();
    for (const r of rows) {
      const card = byCitizen.get(r.id) ?? { area: r.area, birth: r.birth, diagnoses: [], partners: [] };
      const entries = (JSON.parse(r.data) as { entries: never[] }).entries;
      if (r.section === 'diagnoses') card.diagnoses = entries;
      else card.partners = entries;
      byCitizen.set(r.id, card);
    }
    return [...byCitizen.values()];
  };

  test('every diagnosis is made by an actor from its plausible set, once per card, after the birth', () => {
    const all = cards();
    expect(all.filter((c) => c.diagnoses.length).length).toBeGreaterThan(100);
    const wrong: string[] = [];
    for (const c of all) {
      for (const d of c.diagnoses) {
        const plausible = DIAGNOSED_BY[d.icd10];
        if (!plausible || !plausible.test(d.diagnosedBy)) wrong.push(`${d.text} (${d.icd10}) stillet af ${d.diagnosedBy}`);
        if (!d.date || d.date < c.birth || d.date > TODAY_ISO) wrong.push(`${d.text}: dato ${d.date} (født ${c.birth})`);
      }
      const codes = c.diagnoses.map((d) => d.icd10);
      if (new Set(codes).size !== codes.length) wrong.push(`the same diagnosis twice: ${codes.join(', ')}`);
    }
    expect(wrong).toEqual([]);
  });

  test('children’s partners are the children’s area’s, adults’ the adults’', () => {
    const wrong: string[] = [];
    for (const c of cards()) {
      for (const p of c.partners) {
        const where = `${p.role}, ${p.organisation}`;
        if (c.area === 'voksen' && CHILD_ONLY.test(where)) wrong.push(`adult: ${where}`);
        if (c.area === 'børn' && ADULT_ONLY.test(where)) wrong.push(`child: ${where}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('a child with cerebral palsy has a physio- or occupational therapist or the neuropaediatric clinic among the partners', () => {
    const cp = cards().filter((c) => c.area === 'børn' && c.diagnoses.length === 1 && c.diagnoses[0].icd10 === 'DG80.0' && c.partners.length);
    expect(cp.length).toBeGreaterThan(0);
    for (const c of cp) expect(c.partners.map((p) => `${p.role}, ${p.organisation}`).join('; ')).toMatch(/fysioterapeut|ergoterapeut|neuropædiatri|hjælpemiddel/i);
  });
});
