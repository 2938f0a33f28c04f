/**
 * Shown on a running checklist of a procedure that warns before closed days (refusals):
 * the planned sending date, checked by the backend's calendar (holidays live there).
 */
import { useState } from 'react';
import { Alert, Box } from '@mui/material';
import { useApiQuery } from '../../api/hooks';
import { DateInput, INVALID_DATE } from '../../components/DateInput';
import { todayIso } from '../../components/today';
import { proceduresTexts } from './texts';

const t = proceduresTexts.caseTab;

export function RefusalDateCheck() {
  const [date, setDate] = useState<string | null>(todayIso());
  const valid = !!date && date !== INVALID_DATE;
  const check = useApiQuery('checklists.closedDayCheck', { date: valid ? date : todayIso() }, { enabled: valid });
  return (
    <Box sx={{ my: 1, maxWidth: 520 }}>
      <DateInput label={t.sendDate} value={date} onChange={setDate} />
      {valid && check.data && (
        <Alert severity={check.data.warn ? 'warning' : 'success'} sx={{ mt: 1 }} role="status">
          {check.data.message}
        </Alert>
      )}
    </Box>
  );
}
