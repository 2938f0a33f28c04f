import type { Migration } from './types';

/**
 * The citizen name words (migration 010) are written by the app (services/name-words.ts),
 * not by triggers: the triggers called name_search_words(), a JS function registered on
 * the connection, which a PostgreSQL register cannot have. Both engines now keep the index
 * the same way. The words already there were kept in step by the triggers, so they stay.
 * (On PostgreSQL this step also adds the procedure search's word index; SQLite has FTS5.)
 */
export const migration013: Migration = {
  version: 13,
  name: 'search index upkeep',
  up: (db) => {
    db.exec(`
      DROP TRIGGER citizen_name_words_insert;
      DROP TRIGGER citizen_name_words_update;
    `);
  },
};
