import { nameSearchWords } from '../../../../../shared/domain/name-search';
import { chunks, runScript, type PgMigration } from './types';

/**
 * Tables PostgreSQL derives from the procedure search tables (below). They are an index,
 * not register data: copy-register, checksums and the comparison with SQLite skip them,
 * as they skip SQLite's FTS5 shadow tables.
 */
export const PROCEDURE_SEARCH_INDEX_TABLES = ['procedure_search_words', 'procedure_search_docs', 'procedure_search_grams', 'procedure_search_vocabulary'];

/**
 * SQLite: db/migrations/013_search_upkeep.ts, which drops the name-word triggers that
 * called into JS: the app writes the words now (services/name-words.ts). PostgreSQL never
 * had those triggers, so citizens written here before this step may lack words or have a
 * former name's: the words are written again for every citizen, from the same JS.
 *
 * The procedure search's index (db/dialect/postgres-search.ts). SQLite's four FTS5 tables
 * are plain tables here (migration 005). FTS5 is an inverted index that follows its table;
 * these are the same, kept by triggers in plain SQL:
 * - procedure_search_words: per procedure_words row, each word with its count in the title
 *   and in the body (bm25's term frequencies; prefix queries are ranges on the word);
 * - procedure_search_docs: the row's number of words (bm25's document length);
 * - procedure_search_grams: per procedure_grams row, each word, and whether the title has
 *   it (a substring of a query term is found inside one word: the text has no other
 *   characters than a-z, 0-9 and spaces);
 * - procedure_search_vocabulary: every word procedure_search_grams has held, which the
 *   substring search scans (far fewer rows than the postings). Words no row holds any more
 *   stay: they only lead to no rows.
 * The primary keys INCLUDE the counts, so a word's rows are read from the index alone
 * (index-only scans; a word's rows lie scattered over the table, one procedure at a time).
 * The text is normalised in JS already (features/procedures/text.ts), words joined by one
 * space, so splitting on spaces gives FTS5's unicode61 tokens.
 */
export const migration013: PgMigration = {
  version: 13,
  name: 'search index upkeep',
  up: async (db) => {
    const citizens: { id: number; name: string; name_sort: string }[] = await db.selectFrom('citizens').select(['id', 'name', 'name_sort']).orderBy('id').execute();
    await db.deleteFrom('citizen_name_words').execute();
    const rows = citizens.flatMap((z) => nameSearchWords(z.name).map((word) => ({ word, name_sort: z.name_sort, citizen_id: z.id })));
    for (const part of chunks(rows)) await db.insertInto('citizen_name_words').values(part).execute();

    await runScript(db, `
      CREATE TABLE procedure_search_words (
        word text COLLATE "C" NOT NULL,
        procedure_id integer NOT NULL,
        title_n integer NOT NULL,
        body_n integer NOT NULL,
        PRIMARY KEY (word, procedure_id) INCLUDE (title_n, body_n)
      );
      CREATE INDEX procedure_search_words_procedure ON procedure_search_words(procedure_id);
      CREATE TABLE procedure_search_docs (
        procedure_id integer PRIMARY KEY,
        tokens integer NOT NULL
      );
      CREATE TABLE procedure_search_grams (
        word text COLLATE "C" NOT NULL,
        procedure_id integer NOT NULL,
        in_title integer NOT NULL CHECK (in_title IN (0, 1)),
        PRIMARY KEY (word, procedure_id) INCLUDE (in_title)
      );
      CREATE INDEX procedure_search_grams_procedure ON procedure_search_grams(procedure_id);
      CREATE TABLE procedure_search_vocabulary (
        word text COLLATE "C" PRIMARY KEY
      );

      CREATE FUNCTION index_procedure_words(p_id integer, p_title text, p_body text) RETURNS void LANGUAGE sql AS $$
        INSERT INTO procedure_search_words (word, procedure_id, title_n, body_n)
          SELECT t.word, p_id, count(*) FILTER (WHERE t.in_title), count(*) FILTER (WHERE NOT t.in_title)
          FROM (SELECT true AS in_title, string_to_table(coalesce(p_title, ''), ' ') COLLATE "C" AS word
                UNION ALL SELECT false, string_to_table(coalesce(p_body, ''), ' ') COLLATE "C") t
          WHERE t.word <> ''
          GROUP BY t.word;
        INSERT INTO procedure_search_docs (procedure_id, tokens)
          SELECT p_id, coalesce(sum(title_n + body_n), 0) FROM procedure_search_words WHERE procedure_id = p_id;
      $$;
      CREATE FUNCTION index_procedure_grams(p_id integer, p_title text, p_body text) RETURNS void LANGUAGE sql AS $$
        INSERT INTO procedure_search_grams (word, procedure_id, in_title)
          SELECT t.word, p_id, max(t.in_title)
          FROM (SELECT 1 AS in_title, string_to_table(coalesce(p_title, ''), ' ') COLLATE "C" AS word
                UNION ALL SELECT 0, string_to_table(coalesce(p_body, ''), ' ') COLLATE "C") t
          WHERE t.word <> ''
          GROUP BY t.word;
        INSERT INTO procedure_search_vocabulary (word)
          SELECT word FROM procedure_search_grams WHERE procedure_id = p_id
          ON CONFLICT DO NOTHING;
      $$;

      CREATE FUNCTION procedure_words_indexed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          TRUNCATE procedure_search_words, procedure_search_docs;
          RETURN NULL;
        END IF;
        IF TG_OP <> 'INSERT' THEN
          DELETE FROM procedure_search_words WHERE procedure_id = OLD.rowid;
          DELETE FROM procedure_search_docs WHERE procedure_id = OLD.rowid;
        END IF;
        IF TG_OP <> 'DELETE' THEN
          PERFORM index_procedure_words(NEW.rowid, NEW.title, NEW.body);
        END IF;
        RETURN NULL;
      END $$;
      CREATE FUNCTION procedure_grams_indexed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          TRUNCATE procedure_search_grams, procedure_search_vocabulary;
          RETURN NULL;
        END IF;
        IF TG_OP <> 'INSERT' THEN
          DELETE FROM procedure_search_grams WHERE procedure_id = OLD.rowid;
        END IF;
        IF TG_OP <> 'DELETE' THEN
          PERFORM index_procedure_grams(NEW.rowid, NEW.title, NEW.body);
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER procedure_words_index AFTER INSERT OR UPDATE OR DELETE ON procedure_words
        FOR EACH ROW EXECUTE FUNCTION procedure_words_indexed();
      CREATE TRIGGER procedure_words_index_truncate AFTER TRUNCATE ON procedure_words
        FOR EACH STATEMENT EXECUTE FUNCTION procedure_words_indexed();
      CREATE TRIGGER procedure_grams_index AFTER INSERT OR UPDATE OR DELETE ON procedure_grams
        FOR EACH ROW EXECUTE FUNCTION procedure_grams_indexed();
      CREATE TRIGGER procedure_grams_index_truncate AFTER TRUNCATE ON procedure_grams
        FOR EACH STATEMENT EXECUTE FUNCTION procedure_grams_indexed();

      SELECT index_procedure_words(rowid, title, body) FROM procedure_words ORDER BY rowid;
      SELECT index_procedure_grams(rowid, title, body) FROM procedure_grams ORDER BY rowid;
    `);
  },
};
