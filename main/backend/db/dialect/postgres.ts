/** The PostgreSQL side of the register dialect (see ./index.ts and docs/postgresql.md). */
import { sql, type Expression } from 'kysely';
import type { RegisterDialect } from './index';
import { indexProcedure, procedureTermHits } from './postgres-search';

export const postgresDialect: RegisterDialect = {
  name: 'postgres',
  // danish_sort_key is a SQL function of migration 001. COLLATE "C" compares the keys byte by
  // byte as SQLite does: a function result would otherwise sort by the database's (Danish) collation.
  sortKey: (value: Expression<string | null>) => sql<string>`(danish_sort_key(${value}) COLLATE "C")`,
  // An aggregate over a sorted subquery takes its rows in that order (PostgreSQL's documented idiom
  // for it, "Aggregate Functions"); no rows give NULL, as group_concat does.
  joinedValues: (subquery, column, separator) =>
    sql<string | null>`(SELECT string_agg(CAST(${sql.ref(`joined.${column}`)} AS text), ${sql.lit(separator)}) FROM (${subquery}) AS joined)`,
  // The planner picks indexes itself; there is no hint to give.
  tableIndexedBy: (table) => sql`${sql.table(table)}`,
  procedureTermHits,
  indexProcedure,
};
