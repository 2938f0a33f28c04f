import type { Migration } from './types';

/**
 * Full-text index over citizen names, so searching "hans" finds "Mette Hansen"
 * through an index instead of scanning every citizen. unicode61 with
 * remove_diacritics folds case and accents (é→e); kept in step by triggers.
 */
export const migration002: Migration = {
  version: 2,
  name: 'citizen name search index',
  up: (db) => {
    db.exec(`
      CREATE VIRTUAL TABLE citizens_fts USING fts5(
        name,
        content = 'citizens',
        content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      INSERT INTO citizens_fts(rowid, name) SELECT id, name FROM citizens;

      CREATE TRIGGER citizens_fts_insert AFTER INSERT ON citizens BEGIN
        INSERT INTO citizens_fts(rowid, name) VALUES (NEW.id, NEW.name);
      END;
      CREATE TRIGGER citizens_fts_delete AFTER DELETE ON citizens BEGIN
        INSERT INTO citizens_fts(citizens_fts, rowid, name) VALUES ('delete', OLD.id, OLD.name);
      END;
      CREATE TRIGGER citizens_fts_update AFTER UPDATE OF name ON citizens BEGIN
        INSERT INTO citizens_fts(citizens_fts, rowid, name) VALUES ('delete', OLD.id, OLD.name);
        INSERT INTO citizens_fts(rowid, name) VALUES (NEW.id, NEW.name);
      END;
    `);
  },
};
