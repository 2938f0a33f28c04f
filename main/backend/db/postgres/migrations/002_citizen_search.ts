import { runScript, type PgMigration } from './types';

/**
 * SQLite's migration 002 made citizens_fts, an FTS5 index over citizen names kept by
 * triggers; migration 010 replaced it with citizen_name_words and dropped it. Here it is
 * a plain table of the same shape (rowid = citizen id), filled once and kept by nothing:
 * PostgreSQL's name search is citizen_name_words from the start, and 010 drops this.
 */
export const migration002: PgMigration = {
  version: 2,
  name: 'citizen name search index',
  up: async (db) => {
    await runScript(db, `
      CREATE TABLE citizens_fts (
        rowid integer PRIMARY KEY,
        name text COLLATE "C" NOT NULL
      );
      INSERT INTO citizens_fts (rowid, name) SELECT id, name FROM citizens;
    `);
  },
};
