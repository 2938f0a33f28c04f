import { nameSearchWords } from '../../../../../shared/domain/name-search';
import { chunks, runScript, type PgMigration } from './types';

/**
 * The citizen name word index (SQLite: db/migrations/010_citizen_name_words.ts), and
 * citizens_fts (migration 002) dropped.
 *
 * On SQLite, triggers on citizens keep the words, calling the JS function
 * name_search_words() that db/open.ts registers on the connection. PostgreSQL cannot call
 * into the app, so here the table is filled once, in JS, and no trigger keeps it: until
 * the register port decides how (the citizen writes, or a PL/pgSQL twin of
 * shared/domain/name-search.ts), citizens written on PostgreSQL have no words here.
 */
export const migration010: PgMigration = {
  version: 10,
  name: 'citizen name words',
  up: async (db) => {
    await runScript(db, `
      CREATE TABLE citizen_name_words (
        word text COLLATE "C" NOT NULL,
        name_sort text COLLATE "C" NOT NULL,
        citizen_id integer NOT NULL REFERENCES citizens(id) ON DELETE CASCADE,
        PRIMARY KEY (word, name_sort, citizen_id)
      );
      CREATE INDEX citizen_name_words_citizen ON citizen_name_words(citizen_id, word);
    `);

    const citizens: { id: number; name: string; name_sort: string }[] = await db.selectFrom('citizens').select(['id', 'name', 'name_sort']).orderBy('id').execute();
    const rows = citizens.flatMap((z) => nameSearchWords(z.name).map((word) => ({ word, name_sort: z.name_sort, citizen_id: z.id })));
    for (const part of chunks(rows)) {
      await db.insertInto('citizen_name_words').values(part).onConflict((oc) => oc.columns(['word', 'name_sort', 'citizen_id']).doNothing()).execute();
    }

    await runScript(db, 'DROP TABLE citizens_fts;');
  },
};
