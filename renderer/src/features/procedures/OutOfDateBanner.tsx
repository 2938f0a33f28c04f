import { Alert, AlertTitle } from '@mui/material';
import { formatDate } from '../../../../shared/domain/dates';
import { proceduresTexts as t } from './texts';

/** Shown to everyone on a procedure past its review date. */
export function OutOfDateBanner({ reviewDue }: { reviewDue: string }) {
  return (
    <Alert severity="warning" sx={{ mb: 2 }}>
      <AlertTitle>{t.outOfDate}</AlertTitle>
      {t.outOfDateText(formatDate(reviewDue))}
    </Alert>
  );
}
