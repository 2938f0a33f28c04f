/**
 * The one way a page marks a date that has passed while it still matters (a deadline, a
 * follow-up, a transition step): a warning sign, the date and the word "overskredet", in
 * the warning colour, with "… er overskredet" as its title — never by colour alone. The
 * case lists draw the same marking with plain elements (cases/caseColumns.tsx), for speed.
 * A date not passed, or one that no longer matters (`overdue` false), is the date only.
 */
import { Box } from '@mui/material';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { formatDate } from '../../../shared/domain/dates';
import { commonTexts } from './texts';
import { todayIso } from './today';

export function OverdueDate({ iso, what, overdue }: { iso: string; what: string; overdue?: boolean }) {
  if (!(overdue ?? iso < todayIso())) return <>{formatDate(iso)}</>;
  return (
    <Box component="span" title={commonTexts.overdueLong(what)} sx={{ color: 'warning.main', fontWeight: 700, display: 'inline-flex', alignItems: 'center', gap: '4px', flexWrap: 'wrap' }}>
      <WarningAmberIcon aria-hidden fontSize="small" />
      <span>{formatDate(iso)}</span> <span>{commonTexts.overdueWord}</span>
    </Box>
  );
}
