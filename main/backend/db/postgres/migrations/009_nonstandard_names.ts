import { runScript, type PgMigration } from './types';

/**
 * Counts of non-standard activity names, kept by triggers in the same transaction as the
 * journal change (SQLite: db/migrations/009_nonstandard_names.ts). The three SQLite
 * triggers become PL/pgSQL trigger functions doing the same steps in the same order.
 */
export const migration009: PgMigration = {
  version: 9,
  name: 'nonstandard name counts',
  up: async (db) => {
    await runScript(db, `
      CREATE TABLE activity_nonstandard_names (
        name text COLLATE "C" PRIMARY KEY,
        n integer NOT NULL CHECK (n >= 0),
        -- of those, how many were journalised under "Andet" (activity_name_id set)
        via_other integer NOT NULL CHECK (via_other >= 0)
      );
      CREATE INDEX activity_nonstandard_names_rank ON activity_nonstandard_names(n DESC, name);

      INSERT INTO activity_nonstandard_names (name, n, via_other)
        SELECT name, count(*), count(activity_name_id) FROM activities WHERE standard = 0 GROUP BY name;

      -- One more of NEW's name (when NEW is non-standard).
      CREATE FUNCTION activity_nonstandard_add() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.standard = 0 THEN
          INSERT INTO activity_nonstandard_names AS t (name, n, via_other) VALUES (NEW.name, 1, (NEW.activity_name_id IS NOT NULL)::integer)
            ON CONFLICT (name) DO UPDATE SET n = t.n + 1, via_other = t.via_other + (NEW.activity_name_id IS NOT NULL)::integer;
        END IF;
        RETURN NULL;
      END $$;

      -- One fewer of OLD's name (when OLD was non-standard); a name counted zero times goes.
      CREATE FUNCTION activity_nonstandard_remove() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.standard = 0 THEN
          UPDATE activity_nonstandard_names SET n = n - 1, via_other = via_other - (OLD.activity_name_id IS NOT NULL)::integer WHERE name = OLD.name;
          DELETE FROM activity_nonstandard_names WHERE name = OLD.name AND n = 0;
        END IF;
        RETURN NULL;
      END $$;

      -- SQLite's update trigger: OLD's count down first, then NEW's up.
      CREATE FUNCTION activity_nonstandard_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.standard = 0 THEN
          UPDATE activity_nonstandard_names SET n = n - 1, via_other = via_other - (OLD.activity_name_id IS NOT NULL)::integer WHERE name = OLD.name;
          DELETE FROM activity_nonstandard_names WHERE name = OLD.name AND n = 0;
        END IF;
        IF NEW.standard = 0 THEN
          INSERT INTO activity_nonstandard_names AS t (name, n, via_other) VALUES (NEW.name, 1, (NEW.activity_name_id IS NOT NULL)::integer)
            ON CONFLICT (name) DO UPDATE SET n = t.n + 1, via_other = t.via_other + (NEW.activity_name_id IS NOT NULL)::integer;
        END IF;
        RETURN NULL;
      END $$;

      CREATE TRIGGER activities_nonstandard_insert AFTER INSERT ON activities
        FOR EACH ROW WHEN (NEW.standard = 0) EXECUTE FUNCTION activity_nonstandard_add();
      CREATE TRIGGER activities_nonstandard_delete AFTER DELETE ON activities
        FOR EACH ROW WHEN (OLD.standard = 0) EXECUTE FUNCTION activity_nonstandard_remove();
      CREATE TRIGGER activities_nonstandard_update AFTER UPDATE OF name, standard, activity_name_id ON activities
        FOR EACH ROW WHEN (OLD.standard = 0 OR NEW.standard = 0) EXECUTE FUNCTION activity_nonstandard_change();
    `);
  },
};
