/** Plain-text forms of the summary's facts, shared by the screen and the printout (no MUI here). */
import { formatDate } from '../../../../shared/domain/dates';
import type { SummaryParent, SummaryService } from '../../../../shared/features/transition';
import { transitionTexts } from './texts';

const t = transitionTexts.summary;

export const period = (s: SummaryService) => (s.endDate ? t.fromTo(formatDate(s.startDate), formatDate(s.endDate)) : t.from(formatDate(s.startDate)));

export const parentRoles = (p: SummaryParent) =>
  [p.custody && t.custody, p.partyRepresentative && t.partyRepresentative, p.guardian && t.guardian].filter(Boolean).join(', ');

export const contact = (p: SummaryParent) => [p.phone, p.email].filter(Boolean).join(' · ');
