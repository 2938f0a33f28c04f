/** Small formatting shared by the two printouts (plain functions: no MUI in printouts). */
import { formatDate } from '../../../../../shared/domain/dates';
import { phaseLabels } from '../../../../../shared/domain/enums';
import { recipientRoleLabels, type OverviewRow } from '../../../../../shared/features/handover';
import { handoverTexts } from '../texts';

const p = handoverTexts.print;

export const phaseOf = (r: OverviewRow) => phaseLabels[r.phase];
export const serviceText = (s: OverviewRow['services'][number]) => `${s.name} (${s.endDate ? formatDate(s.endDate) : p.noEnd})`;
export const applicationText = (a: OverviewRow['applications'][number]) => `${a.paragraph}, modtaget ${formatDate(a.receivedDate)} (${a.deadline ? `frist ${formatDate(a.deadline)}` : p.noDeadline})`;
export const partyText = (x: OverviewRow['parties'][number]) => `${recipientRoleLabels[x.role]}: ${x.name}${x.phone ? `, tlf. ${x.phone}` : ''}`;
export const lastActivityText = (r: OverviewRow) => (r.lastActivity ? `${formatDate(r.lastActivity.date)} ${r.lastActivity.name}` : p.none);
