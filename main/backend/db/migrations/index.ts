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
import type { Migration } from './types';

/** In order. Never edit a migration that has shipped: add a new one. */
export const migrations: Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011, migration012, migration013];

export const latestSchemaVersion = migrations[migrations.length - 1].version;
