/** One section of the card: its entries, a completeness mark, and buttons to edit and to see its history. */
import { Button, Chip, Paper, Stack, Typography } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import WarningIcon from '@mui/icons-material/WarningAmber';
import EditIcon from '@mui/icons-material/Edit';
import HistoryIcon from '@mui/icons-material/History';
import { formatDateTime } from '../../../../shared/domain/dates';
import type { SectionState } from '../../../../shared/features/stamkort';
import { entrySummary } from '../../../../shared/print/stamkort/fields';
import { stamkortTexts as t } from '../../../../shared/print/stamkort/texts';

interface Props {
  section: SectionState;
  area: 'børn' | 'voksen';
  title: string;
  onEdit: () => void;
  onHistory: () => void;
}

export function CompletenessChip({ complete, saved }: { complete: boolean; saved: boolean }) {
  if (complete) return <Chip size="small" color="success" icon={<CheckCircleIcon aria-hidden />} label={t.complete} />;
  return <Chip size="small" color="warning" variant="outlined" icon={<WarningIcon aria-hidden />} label={saved ? t.incomplete : t.notFilled} />;
}

export function SectionCard({ section, area, title, onEdit, onHistory }: Props) {
  const headingId = `stamkort-${section.key}`;
  return (
    <Paper component="section" variant="outlined" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <Typography variant="h3" component="h3" id={headingId} sx={{ fontSize: '1.05rem', fontWeight: 600, flexGrow: 1 }}>
          {title}
        </Typography>
        <CompletenessChip complete={section.complete} saved={section.version > 0} />
      </Stack>
      {section.data.none && <Typography>{t.nothing}</Typography>}
      {section.data.entries.length > 0 && (
        <Stack component="ul" spacing={0.5} sx={{ m: 0, pl: 2.5 }}>
          {section.data.entries.map((e, i) => (
            <li key={i}>
              <Typography>{entrySummary(section.key, e, area).join(' · ')}</Typography>
            </li>
          ))}
        </Stack>
      )}
      {!section.complete && (
        <Stack component="ul" sx={{ m: 0, mt: 1, pl: 2.5, color: 'warning.dark' }}>
          {section.missing.map((m) => (
            <li key={m}>
              <Typography variant="body2">{m}</Typography>
            </li>
          ))}
        </Stack>
      )}
      <Stack direction="row" spacing={1} sx={{ mt: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Button size="small" startIcon={<EditIcon aria-hidden />} onClick={onEdit} aria-label={t.edit(title)}>
          {t.editButton}
        </Button>
        <Button size="small" startIcon={<HistoryIcon aria-hidden />} onClick={onHistory} aria-label={t.history(title)}>
          {t.historyButton}
        </Button>
        {section.updatedAt && section.updatedBy && (
          <Typography variant="body2" color="text.secondary">
            {t.updated(section.updatedBy, formatDateTime(section.updatedAt))}
          </Typography>
        )}
      </Stack>
    </Paper>
  );
}
