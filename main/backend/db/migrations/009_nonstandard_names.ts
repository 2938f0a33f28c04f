import type { Migration } from './types';

/**
 * The data-quality view lists non-standard activity names by how often they occur.
 * Counting them meant grouping every non-standard activity on each page view, which
 * grows with the journal (50,000 rows in a department's register). The counts are kept
 * per name instead, by triggers in the same transaction as the journal change, so the
 * page reads a few hundred rows whatever the journal's size. check.ts recounts them.
 */
export const migration009: Migration = {
  version: 9,
  name: 'nonstandard name counts',
  up: (db) => {
    db.exec(`
      CREATE TABLE activity_nonstandard_names (
        name TEXT PRIMARY KEY,
        n INTEGER NOT NULL CHECK (n >= 0),
        -- of those, how many were journalised under "Andet" (activity_name_id set)
        via_other INTEGER NOT NULL CHECK (via_other >= 0)
      ) WITHOUT ROWID;
      CREATE INDEX activity_nonstandard_names_rank ON activity_nonstandard_names(n DESC, name);

      INSERT INTO activity_nonstandard_names (name, n, via_other)
        SELECT name, count(*), count(activity_name_id) FROM activities WHERE standard = 0 GROUP BY name;

      CREATE TRIGGER activities_nonstandard_insert AFTER INSERT ON activities WHEN NEW.standard = 0
      BEGIN
        INSERT INTO activity_nonstandard_names (name, n, via_other) VALUES (NEW.name, 1, NEW.activity_name_id IS NOT NULL)
          ON CONFLICT (name) DO UPDATE SET n = n + 1, via_other = via_other + (NEW.activity_name_id IS NOT NULL);
      END;

      CREATE TRIGGER activities_nonstandard_delete AFTER DELETE ON activities WHEN OLD.standard = 0
      BEGIN
        UPDATE activity_nonstandard_names SET n = n - 1, via_other = via_other - (OLD.activity_name_id IS NOT NULL) WHERE name = OLD.name;
        DELETE FROM activity_nonstandard_names WHERE name = OLD.name AND n = 0;
      END;

      CREATE TRIGGER activities_nonstandard_update AFTER UPDATE OF name, standard, activity_name_id ON activities
        WHEN OLD.standard = 0 OR NEW.standard = 0
      BEGIN
        UPDATE activity_nonstandard_names SET n = n - 1, via_other = via_other - (OLD.activity_name_id IS NOT NULL)
          WHERE OLD.standard = 0 AND name = OLD.name;
        DELETE FROM activity_nonstandard_names WHERE OLD.standard = 0 AND name = OLD.name AND n = 0;
        INSERT INTO activity_nonstandard_names (name, n, via_other)
          SELECT NEW.name, 1, NEW.activity_name_id IS NOT NULL WHERE NEW.standard = 0
          ON CONFLICT (name) DO UPDATE SET n = n + 1, via_other = via_other + (NEW.activity_name_id IS NOT NULL);
      END;
    `);
  },
};
