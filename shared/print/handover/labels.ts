/** Small formatting shared by the two printouts (plain functions: no MUI in printouts). */
import { formatDate } from '../../domain/dates';
import { phaseLabels } from '../../domain/enums';
import { recipientRoleLabels, type OverviewRow } from '../../features/handover';
import { handoverTexts } from './texts';

const p = handoverTexts.print;

export const phaseOf = (r: OverviewRow) => phaseLabels[r.phase];
export const serviceText = (s: OverviewRow['services'][number]) => `${s.name} (${s.endDate ? formatDate(s.endDate) : p.noEnd})`;
export const applicationText = (a: OverviewRow['applications'][number]) => `${a.paragraph}, modtaget ${formatDate(a.receivedDate)} (${a.deadline ? `frist ${formatDate(a.deadline)}` : p.noDeadline})`;
export const partyText = (x: OverviewRow['parties'][number]) => `${recipientRoleLabels[x.role]}: ${x.name}${x.phone ? `, tlf. ${x.phone}` : ''}`;
export const lastActivityText = (r: OverviewRow) => (r.lastActivity ? `${formatDate(r.lastActivity.date)} ${r.lastActivity.name}` : p.none);

// ---- the compact overview (one line per case) ------------------------------------------

/** Who to contact first: a guardian acts for the citizen, then a party representative, then a custody holder. */
const callOrder: OverviewRow['parties'][number]['role'][] = ['værge', 'partsrepræsentant', 'forældremyndighed', 'borger'];

/**
 * The one party to call about a case: one with a phone number before one without,
 * then by role (guardian, party representative, custody holder), then as the stamkort
 * lists them. An adult without registered parties is called directly; a child without
 * any has nobody to call.
 */
export function partyToCall(r: OverviewRow): { name: string; role: string; phone: string } | null {
  const rank = (x: OverviewRow['parties'][number]) => (x.phone ? 0 : callOrder.length) + callOrder.indexOf(x.role);
  const best = [...r.parties].sort((a, b) => rank(a) - rank(b))[0];
  if (best) return { name: best.name, role: p.callRole[best.role], phone: best.phone };
  return r.age >= 18 ? { name: p.theCitizen, role: '', phone: '' } : null;
}

/**
 * The row's overdue marks in a column headed "Overskredet": "Opfølgning overskredet"
 * and "Frist overskredet" read "Opfølgning, frist". Only the wording is shortened –
 * which marks there are is the backend's (OverviewRow.overdue); a mark in another
 * wording is shown as it is.
 */
export function overdueShort(marks: string[]): string {
  return marks
    .map((m, i) => {
      const what = /^(.+) overskredet$/i.exec(m.trim())?.[1];
      if (!what) return m.trim();
      return (i === 0 ? what.charAt(0).toLocaleUpperCase('da') : what.charAt(0).toLocaleLowerCase('da')) + what.slice(1);
    })
    .join(', ');
}
