/** A small fixture library for the search and version tests, written through the real API. */
import type { Backend } from '../../../main/backend/backend';
import { procedureFields, type ProcedureContentInput, type ProcedureDetail } from '../../../shared/features/procedures';

export function procedure(title: string, extra: Partial<ProcedureContentInput> = {}): ProcedureContentInput {
  return {
    title,
    purpose: '',
    steps: [],
    involvement: [],
    time: '',
    legalLinks: [],
    phases: [],
    area: 'begge',
    paragraphs: [],
    tags: [],
    checklist: [],
    ownerId: null,
    status: 'gældende',
    reviewIntervalMonths: 12,
    ...extra,
  };
}

export const FIXTURES: ProcedureContentInput[] = [
  procedure('Skabelon til afslagsbrev', { purpose: 'Sådan skrives et brev med begrundelse og klagevejledning.' }),
  procedure('Ved sagsbehandlerskift', { purpose: 'Borgeren skal vide, hvem den nye sagsbehandler er.' }),
  procedure('Møde om afslagene', { purpose: 'Teamet drøfter de afslag, der er givet i måneden.' }),
  procedure('Gennemgå handleplanen', { purpose: 'Handleplanen læses igennem med familien.', area: 'børn' }),
  procedure('Ægtefælle som hjælper', { purpose: 'Når en ægtefælle yder hjælpen i hjemmet.', area: 'voksen' }),
  procedure('Økonomisk støtte til bil', { purpose: 'Vurdering af støtte til køb af bil.' }),
  procedure('Café for unge', { purpose: 'Et møde for de unge, som snart fylder 16 år.' }),
  procedure('Journalføring', { purpose: 'Husk at nævne afslag i notatet, når borgeren har fået et afslag mundtligt.' }),
];

/** Adds the fixture library; returns ids by title. */
export async function addFixtures(b: Backend): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const p of FIXTURES) ids.set(p.title, (await b.call('procedures.create', p)).id);
  return ids;
}

/** The editable fields of a procedure as shown, ready to send back with changes. */
export function contentOf(detail: ProcedureDetail): ProcedureContentInput {
  return Object.fromEntries(Object.keys(procedureFields).map((k) => [k, detail[k as keyof ProcedureDetail]])) as ProcedureContentInput;
}
