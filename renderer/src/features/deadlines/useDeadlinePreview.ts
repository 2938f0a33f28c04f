/** The deadline the team's rules give a case, for the case form's hint when the field is left empty. */
import { isIsoDate, formatDate } from '../../../../shared/domain/dates';
import { useApiQuery } from '../../api/hooks';
import { deadlinesTexts as t } from './texts';

export function useDeadlineHint(receivedDate: string | null | undefined, caseType: string | undefined, paragraphs: string[] | undefined): string | undefined {
  const valid = typeof receivedDate === 'string' && isIsoDate(receivedDate);
  const preview = useApiQuery(
    'deadlines.preview',
    { receivedDate: valid ? receivedDate : '2000-01-01', caseType: caseType ?? '', paragraphs: paragraphs ?? [] },
    { enabled: valid && (paragraphs?.length ?? 0) > 0, staleTime: 60_000 },
  );
  const p = preview.data;
  if (!valid || !p) return undefined;
  if (!p.deadline) return t.preview.noRule;
  return t.preview.computed(formatDate(p.deadline), p.basis ?? '', p.movedFrom);
}
