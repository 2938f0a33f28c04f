import type { Migration } from './types';

/**
 * Name search on a word index instead of FTS5 (migration 002). A common prefix
 * ("Krist") matches a few per cent of a department's citizens; FTS5 hands back every
 * match in rowid order, so the first page in name order meant reading and sorting all
 * of them. Rows of (word, name_sort, citizen_id) give the matches already in name order
 * from one index range. Words come from name_search_words() (db/open.ts,
 * shared/domain/name-search.ts), kept in step by triggers; plain SQL otherwise, so
 * the same table serves a PostgreSQL register.
 */
export const migration010: Migration = {
  version: 10,
  name: 'citizen name words',
  up: (db) => {
    db.exec(`
      CREATE TABLE citizen_name_words (
        word TEXT NOT NULL,
        name_sort TEXT NOT NULL,
        citizen_id INTEGER NOT NULL REFERENCES citizens(id) ON DELETE CASCADE,
        PRIMARY KEY (word, name_sort, citizen_id)
      ) WITHOUT ROWID;
      CREATE INDEX citizen_name_words_citizen ON citizen_name_words(citizen_id, word);

      INSERT OR IGNORE INTO citizen_name_words (word, name_sort, citizen_id)
        SELECT j.value, z.name_sort, z.id FROM citizens z, json_each(name_search_words(z.name)) j;

      CREATE TRIGGER citizen_name_words_insert AFTER INSERT ON citizens BEGIN
        INSERT OR IGNORE INTO citizen_name_words (word, name_sort, citizen_id)
          SELECT j.value, NEW.name_sort, NEW.id FROM json_each(name_search_words(NEW.name)) j;
      END;
      CREATE TRIGGER citizen_name_words_update AFTER UPDATE OF name, name_sort ON citizens BEGIN
        DELETE FROM citizen_name_words WHERE citizen_id = OLD.id;
        INSERT OR IGNORE INTO citizen_name_words (word, name_sort, citizen_id)
          SELECT j.value, NEW.name_sort, NEW.id FROM json_each(name_search_words(NEW.name)) j;
      END;

      DROP TRIGGER citizens_fts_insert;
      DROP TRIGGER citizens_fts_delete;
      DROP TRIGGER citizens_fts_update;
      DROP TABLE citizens_fts;
    `);
  },
};
