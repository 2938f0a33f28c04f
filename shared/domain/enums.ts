/**
 * The register's fixed vocabularies. Values are the Danish domain words (they are
 * data, stored as-is); labels are what the caseworker reads.
 */
export const areas = ['børn', 'voksen'] as const;
export type Area = (typeof areas)[number];
export const areaLabels: Record<Area, string> = { børn: 'Børn', voksen: 'Voksne' };

export const phases = ['sagsåbning', 'sagsoplysning', 'sagsvurdering', 'afgørelse', 'bestilling', 'opfølgning'] as const;
export type Phase = (typeof phases)[number];
export const phaseLabels: Record<Phase, string> = {
  sagsåbning: 'Sagsåbning',
  sagsoplysning: 'Sagsoplysning',
  sagsvurdering: 'Sagsvurdering',
  afgørelse: 'Afgørelse',
  bestilling: 'Bestilling',
  opfølgning: 'Opfølgning',
};

/** A case's state does not by itself say whether a service is delivered (seed 002). */
export const caseStates = ['åben', 'afgjort', 'afsluttet'] as const;
export type CaseState = (typeof caseStates)[number];
export const caseStateLabels: Record<CaseState, string> = { åben: 'Åben', afgjort: 'Afgjort', afsluttet: 'Afsluttet' };

export const applicationStatuses = ['verserende', 'bevilget', 'delvist_bevilget', 'afslag', 'trukket_tilbage'] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];
export const applicationStatusLabels: Record<ApplicationStatus, string> = {
  verserende: 'Verserende',
  bevilget: 'Bevilget',
  delvist_bevilget: 'Delvist bevilget',
  afslag: 'Afslag',
  trukket_tilbage: 'Trukket tilbage',
};
/** Statuses that are a decision and so need a decision date. */
export const decidedStatuses: readonly ApplicationStatus[] = ['bevilget', 'delvist_bevilget', 'afslag'];

export const roles = ['sagsbehandler', 'teamleder', 'superbruger'] as const;
export type Role = (typeof roles)[number];
export const roleLabels: Record<Role, string> = { sagsbehandler: 'Sagsbehandler', teamleder: 'Teamleder', superbruger: 'Superbruger' };
