import { migration001 } from './001_initial';
import { migration002 } from './002_citizen_search';
import type { Migration } from './types';

/** In order. Never edit a migration that has shipped: add a new one. */
export const migrations: Migration[] = [migration001, migration002];

export const latestSchemaVersion = migrations[migrations.length - 1].version;
