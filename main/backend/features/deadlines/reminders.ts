/** The reminder centre: everything due for the user (or the user's team), grouped, each group by date. */
import { addPeriod } from '../../../../shared/domain/calendar';
import { transitionTaskLabels } from '../../../../shared/domain/transition';
import { formatDate } from '../../../../shared/domain/dates';
import type { ListKind, Reminder, ReminderGroup } from '../../../../shared/features/deadlines';
import type { Ctx } from '../../context';
import { loadSettings } from './config';
import { listDeadlines } from './lists';
import type { Scope } from './scope';
import { openTransitionTasks } from './transitions';

/** Enough to act on today; the full lists are one click away under Frister. */
const PER_GROUP = 25;

const days = (n: number) => (n === 1 ? '1 dag' : `${n} dage`);

const caseGroups: { kind: ReminderGroup['kind']; list: ListKind; title: string; text: (days: number, serviceType: string | null) => string }[] = [
  {
    kind: 'overdueWithoutNotice',
    list: 'overdueWithoutNotice',
    title: 'Fristen er overskredet – borgeren er ikke underrettet',
    text: (d) => `Fristen er overskredet med ${days(d)}. Send skriftlig besked med en ny forventet dato.`,
  },
  {
    kind: 'coming',
    list: 'coming',
    title: 'Fristen nærmer sig',
    text: (d) => (d === 0 ? 'Fristen er i dag.' : `${days(-d)} til fristen.`),
  },
  {
    kind: 'receipt',
    list: 'receipts',
    title: 'Kvittering for modtagelse mangler',
    text: (d) => (d > 0 ? `Kvitteringen skulle være sendt for ${days(d)} siden.` : 'Send kvittering for den skriftlige henvendelse.'),
  },
  {
    kind: 'followUp',
    list: 'followUps',
    title: 'Opfølgning på indsatser',
    text: (d, type) => `${type ?? 'Indsats'}: ${d > 0 ? `opfølgningen er ${days(d)} for sent` : d === 0 ? 'opfølgning i dag' : `opfølgning om ${days(-d)}`}.`,
  },
  {
    kind: 'idle',
    list: 'idle',
    title: 'Sager uden aktivitet',
    text: (d) => `Ingen aktivitet i ${days(d)}.`,
  },
];

export async function reminders(ctx: Ctx, scope: Extract<Scope, 'mine' | 'team'>): Promise<{ groups: ReminderGroup[]; today: string }> {
  const today = ctx.today();
  const settings = await loadSettings(ctx.db);
  const groups: ReminderGroup[] = [];
  for (const g of caseGroups) {
    const page = await listDeadlines(ctx, { kind: g.list, scope, offset: 0, limit: PER_GROUP }, settings);
    const items: Reminder[] = page.rows.map((r) => ({
      kind: g.kind,
      caseId: r.caseId,
      caseNumber: r.caseNumber,
      citizenName: r.citizenName,
      caseworkerInitials: r.caseworkerInitials,
      due: r.date,
      text: g.text(r.days, r.serviceType),
      task: g.kind === 'followUp' && r.serviceId !== null ? { kind: 'followUp' as const, subjectId: r.serviceId, due: r.date } : null,
    }));
    groups.push({ kind: g.kind, title: g.title, items, total: page.total });
  }
  const transitions = await openTransitionTasks(ctx, scope, addPeriod(today, settings.warningDays, 'dage'));
  const transitionGroup: ReminderGroup = {
    kind: 'transition',
    title: 'Overgang fra barn til voksen',
    total: transitions.length,
    items: transitions.slice(0, PER_GROUP).map((t) => ({
      kind: 'transition',
      caseId: t.caseId,
      caseNumber: t.caseNumber,
      citizenName: t.citizenName,
      caseworkerInitials: t.caseworkerInitials,
      due: t.due,
      text: `${transitionTaskLabels[t.kind]}${t.meetingDate ? ` (møde ${formatDate(t.meetingDate)})` : ''}${t.fastTrack ? ' – hurtigt forløb' : ''}.`,
      task: { kind: t.kind, subjectId: t.citizenId, due: t.due },
    })),
  };
  // Transition steps sit after the legal deadlines and before the softer reminders.
  groups.splice(4, 0, transitionGroup);
  return { groups, today };
}
