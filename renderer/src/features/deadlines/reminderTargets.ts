/** Which case tab and which Frister list each kind of reminder leads to. */
import type { ReminderGroup } from '../../../../shared/features/deadlines';

export const reminderTargets: Record<ReminderGroup['kind'], { tab: string; list: string }> = {
  overdueWithoutNotice: { tab: 'frister', list: '/frister?liste=overdueWithoutNotice' },
  coming: { tab: 'frister', list: '/frister?liste=coming' },
  receipt: { tab: 'frister', list: '/frister?liste=receipts' },
  followUp: { tab: 'indsatser', list: '/frister?liste=followUps' },
  transition: { tab: 'frister', list: '/frister/overgang' },
  idle: { tab: 'frister', list: '/frister?liste=idle' },
};

/** The full list behind a reminder group, for the same people the reminders were for (`vis`). */
export function reminderList(kind: ReminderGroup['kind'], scope: 'mine' | 'team'): string {
  const list = reminderTargets[kind].list;
  return `${list}${list.includes('?') ? '&' : '?'}vis=${scope}`;
}
