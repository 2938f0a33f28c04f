/** /stamkort: every stamkort of the current user's open cases that is due for review, paged (the reminder line's count leads here). */
import { Typography } from '@mui/material';
import { PageHeader } from '../../components/PageHeader';
import { StamkortReminders } from './StamkortReminders';
import { stamkortTexts } from '../../../../shared/print/stamkort/texts';

const t = stamkortTexts.reminders;

export function StamkortReviewPage() {
  return (
    <>
      <PageHeader title={t.pageTitle} subtitle={<Typography>{t.pageIntro}</Typography>} />
      <StamkortReminders full />
    </>
  );
}
