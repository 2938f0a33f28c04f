import { migration001 } from './001_initial';
import { migration002 } from './002_citizen_search';
import { migration003 } from './003_stamkort';
import { migration004 } from './004_activity_names';
import { migration005 } from './005_procedures';
import { migration006 } from './006_deadlines';
import { migration007 } from './007_audit';
import { migration008 } from './008_handover';
import { migration009 } from './009_nonstandard_names';
import { migration010 } from './010_citizen_name_words';
import { migration011 } from './011_decision_deadlines';
import { migration012 } from './012_transition_handovers';
import { migration013 } from './013_search_upkeep';
import type { PgMigration } from './types';

/**
 * The PostgreSQL twins of db/migrations, in order: same versions, same names, the same
 * schema. Never edit one that has shipped: add a new one, on both sides.
 */
export const pgMigrations: PgMigration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011, migration012, migration013];

export const latestPgSchemaVersion = pgMigrations[pgMigrations.length - 1].version;
