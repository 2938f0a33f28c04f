/**
 * A date that has passed while its step is still open: the date, a warning sign and the
 * word "overskredet", in the warning colour, as the case lists and the case page mark an
 * overdue date (never by colour alone). A date not passed is the date only.
 */
import { Box } from '@mui/material';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { formatDate } from '../../../../shared/domain/dates';
import { todayIso } from '../../components/today';
import { transitionTexts as t } from './texts';

export function OverdueDate({ iso, what, overdue }: { iso: string; what: string; overdue?: boolean }) {
  if (!(overdue ?? iso < todayIso())) return <>{formatDate(iso)}</>;
  return (
    <Box component="span" title={t.overdueLong(what)} sx={{ color: 'warning.main', fontWeight: 700, display: 'inline-flex', alignItems: 'center', gap: '4px', flexWrap: 'wrap' }}>
      <WarningAmberIcon aria-hidden fontSize="small" />
      <span>{formatDate(iso)}</span> <span>({t.overdue})</span>
    </Box>
  );
}
