/**
 * The procedure search on PostgreSQL (db/dialect/postgres-search.ts) against SQLite's FTS5
 * (db/dialect/sqlite.ts): the same library, saved through saveProcedure on both engines,
 * gives the same hits in the same order with the same scores for every query (inflections,
 * compounds, aa/å, ae/æ, oe/ø, short words, typos, several words), and each query term the
 * same raw hits with the same bm25 relevance. Needs PostgreSQL 15 (scripts/pg-cluster.mjs) or PG_URL.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { procedureContent, type ProcedureContent } from '../../../shared/features/procedures';
import { dialectOf, type ProcedureTermHits } from '../../../main/backend/db/dialect';
import { openRegister, type Register } from '../../../main/backend/db/open';
import { runPgMigrations } from '../../../main/backend/db/postgres/migrate';
import type { Db } from '../../../main/backend/db/transaction';
import { Rng } from '../../../main/backend/demo/random';
import { saveProcedure, searchProcedures, type SaveMeta } from '../../../main/backend/features/procedures';
import { planDemoLibrary } from '../../../main/backend/features/procedures/demo';
import { queryTerms } from '../../../main/backend/features/procedures/text';
import { tempDir } from '../../helpers/register';
import { FIXTURES } from '../procedures/library';
import { scratchSchemas, startTestServer, type TestServer } from './server';

let server: TestServer;
let schemas: ReturnType<typeof scratchSchemas>;
let dir: string;
let sqliteRegister: Register;
let sqlite: Db;
let pg: Db;

const TODAY = '2026-03-10';
const meta = (day: number): SaveMeta => {
  const date = `2025-${String(1 + (day % 12)).padStart(2, '0')}-${String(1 + (day % 28)).padStart(2, '0')}`;
  return { changeNote: 'Oprettet', by: null, at: `${date}T09:00:00.000Z`, lastReviewed: date, lastReviewedBy: null };
};

/** The shipped defaults (migration 005), the fixtures of the search tests and a demo library of local variants, some saved twice. */
async function fillLibrary(db: Db): Promise<number> {
  let saved = 0;
  for (const input of FIXTURES) {
    await saveProcedure(db, procedureContent.parse(input), meta(saved++));
  }
  const plan = planDemoLibrary(new Rng(16), 160, { byTeam: new Map(), byArea: { børn: [], voksen: [] }, all: [] });
  for (const p of plan) {
    if (p.earlier) {
      const id = await saveProcedure(db, p.earlier, meta(saved++));
      await saveProcedure(db, p.content, { ...meta(saved++), changeNote: p.changeNote }, { id, version: 1 });
    } else {
      await saveProcedure(db, p.content, meta(saved++));
    }
  }
  // An archived one, and a title rewritten: the old words must leave the index.
  const archived: ProcedureContent = { ...procedureContent.parse(FIXTURES[0]), status: 'arkiveret' };
  await saveProcedure(db, archived, meta(saved++), { id: await idOf(db, FIXTURES[0].title), version: 1 });
  const renamed: ProcedureContent = { ...procedureContent.parse(FIXTURES[6]), title: 'Ungecafé i klubben' };
  await saveProcedure(db, renamed, meta(saved++), { id: await idOf(db, FIXTURES[6].title), version: 1 });
  return saved;
}

async function idOf(db: Db, title: string): Promise<number> {
  return (await db.selectFrom('procedures').select('id').where('title', '=', title).executeTakeFirstOrThrow()).id;
}

beforeAll(async () => {
  server = startTestServer();
  schemas = scratchSchemas(server.url);
  dir = tempDir('sagsoverblik-pg-search-');
  sqliteRegister = await openRegister(path.join(dir, 'register.sqlite'), { create: true });
  sqlite = sqliteRegister.db;
  pg = (await schemas.create()).db as Db;
  await runPgMigrations(pg);
  const a = await fillLibrary(sqlite);
  const b = await fillLibrary(pg);
  expect(b).toBe(a);
}, 180_000);

afterAll(async () => {
  await sqliteRegister?.close();
  await schemas?.drop();
  server?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const QUERIES = [
  // Words, prefixes and inflections (Snowball stems on both sides).
  'afslag', 'afslagene', 'afsl', 'afslaget', 'sagsbehandler', 'sagsbehandleren', 'handleplan', 'handleplanen', 'merudgift', 'merudgifter',
  'underretning', 'underretninger', 'klage', 'klagevejledning', 'afgørelse', 'afgørelsen', 'møde', 'møder', 'mødet',
  // Inside compounds.
  'brev', 'skift', 'sagsbehandlerskift', 'afslagsbrev', 'tilbud', 'botilbud', 'fortjeneste', 'planen', 'centret',
  // aa/å, ae/æ, oe/ø, accents and case.
  'gennemgaa', 'gennemgå', 'aarlig', 'årlig', 'aegtefaelle', 'ægtefælle', 'oekonomisk', 'økonomisk', 'boern', 'børn', 'CAFE', 'café', 'Værge', 'vaerge',
  // Short words: prefixes only, no substring search below 3 letters.
  'a', 'b', 'i', 'og', 'bl', 'se', 'sel', 'ab', '16', '86',
  // Typos and unknown words.
  'afslga', 'sagsbehandlerksift', 'merudgiftre', 'handlepaln', 'xylofon', 'qq',
  // Several words: every one must match; the scores add up.
  'afslag brev', 'møde med familien', 'tabt arbejdsfortjeneste', 'sel 107', 'børn unge', 'afgørelse klage', 'tolk møde', 'værge breve',
  'årlig opfølgning økonomi', 'bil støtte', 'afslag bil', '§ 86 merudgifter',
];

/** Raw hits in a comparable form: the ranking in search.ts does not depend on row order. */
function sorted(h: ProcedureTermHits) {
  return {
    words: [...h.words].sort((x, y) => x.id - y.id),
    inside: [...new Set(h.inside)].sort((x, y) => x - y),
    inTitle: [...new Set(h.inTitle)].sort((x, y) => x - y),
  };
}

describe('procedure search gives the same hits in the same order on SQLite and PostgreSQL', () => {
  test(`${QUERIES.length} queries: the same procedures, order, scores, snippets and highlights`, async () => {
    let found = 0;
    let ranked = 0;
    for (const query of QUERIES) {
      for (const includeArchived of [false, true]) {
        const options = { includeArchived, limit: 1000, today: TODAY };
        const expected = await searchProcedures(sqlite, query, options);
        const actual = await searchProcedures(pg, query, options);
        expect(actual, `${query} (archived: ${includeArchived})`).toEqual(expected);
        if (expected.length) found++;
        if (expected.length > 3) ranked++;
      }
    }
    // The library makes the comparison worth something: most queries find several procedures.
    expect(found).toBeGreaterThan(QUERIES.length);
    expect(ranked).toBeGreaterThan(QUERIES.length / 2);
  });

  test('every query term: the same word hits with the same bm25 relevance, the same substring and title hits', async () => {
    const terms = new Map(QUERIES.flatMap((q) => queryTerms(q)).map((t) => [t.folded, t]));
    for (const t of terms.values()) {
      const term = { prefixes: t.stemmed === t.folded ? [t.folded] : [t.stemmed, t.folded], inside: t.folded.length >= 3 ? t.folded : null };
      const a = sorted(await dialectOf(sqlite).procedureTermHits(sqlite, term));
      const b = sorted(await dialectOf(pg).procedureTermHits(pg, term));
      expect(b, t.folded).toEqual(a);
    }
  });

  test('the rewritten title left the index: the old title word finds it no more, the new one does', async () => {
    for (const db of [sqlite, pg]) {
      const id = await idOf(db, 'Ungecafé i klubben');
      const hits = (prefix: string) => dialectOf(db).procedureTermHits(db, { prefixes: [prefix], inside: null });
      expect((await hits('cafe')).words.map((h) => h.id)).not.toContain(id);
      expect((await hits('cafe')).inTitle).not.toContain(id);
      expect((await hits('ungecafe')).inTitle).toEqual([id]);
      expect((await hits('klubben')).inTitle).toContain(id);
    }
  });
});
