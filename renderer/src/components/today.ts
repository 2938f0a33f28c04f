import { toIsoDate } from '../../../shared/domain/dates';

/** Today as an ISO date in the caseworker's own time zone. */
export const todayIso = (): string => toIsoDate(new Date());
