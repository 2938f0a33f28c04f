/** The rule for writing an activity's name: a name from the list, or "Andet" with a description. */
import { AppError } from '../../../../shared/api/errors';
import type { Db } from '../../db/transaction';
import { findByKey } from './store';

export interface ResolvedName {
  /** What the journal shows: the list name, or the description given with "Andet". */
  name: string;
  activityNameId: number;
  standard: boolean;
}

export async function resolveActivityName(db: Db, caseArea: string, name: string, description: string): Promise<ResolvedName> {
  const entry = await findByKey(db, name);
  if (!entry) {
    throw new AppError('VALIDATION', 'Vælg aktivitetens navn på listen over aktivitetsnavne. Passer intet, så vælg Andet og beskriv aktiviteten.', {
      name: 'Navnet findes ikke på listen. Vælg et navn på listen.',
    });
  }
  if (!entry.active) {
    throw new AppError('VALIDATION', `Navnet "${entry.name}" er udgået og kan ikke bruges til nye aktiviteter.`, { name: 'Navnet er udgået. Vælg et andet.' });
  }
  if (entry.area !== 'begge' && entry.area !== caseArea) {
    const only = entry.area === 'børn' ? 'sager om børn' : 'sager om voksne';
    throw new AppError('VALIDATION', `Navnet "${entry.name}" bruges kun på ${only}.`, { name: `Bruges kun på ${only}.` });
  }
  if (entry.isOther) {
    const text = description.trim();
    if (text === '') {
      throw new AppError('VALIDATION', `Beskriv aktiviteten, når du vælger "${entry.name}".`, { description: 'Skriv en kort beskrivelse af aktiviteten.' });
    }
    return { name: text, activityNameId: entry.id, standard: false };
  }
  return { name: entry.name, activityNameId: entry.id, standard: true };
}
