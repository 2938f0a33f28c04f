/** Editors for the repeating parts of a procedure: steps, involvement, law links, checklist. */
import { Box, Button, IconButton, Stack, TextField, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { useFieldArray, type Control, type FieldErrors, type UseFormRegister, type UseFormSetValue, type UseFormWatch } from 'react-hook-form';
import type { ProcedureEditForm } from '../../../../shared/features/procedures';
import { proceduresTexts } from './texts';

const t = proceduresTexts.form;
const d = proceduresTexts.detail;

type Rows = 'steps' | 'involvement' | 'legalLinks';
interface Props {
  control: Control<ProcedureEditForm>;
  register: UseFormRegister<ProcedureEditForm>;
  errors: FieldErrors<ProcedureEditForm>;
}

const COLUMNS: Record<Rows, { key: string; label: string; grow: number }[]> = {
  steps: [
    { key: 'what', label: d.what, grow: 3 },
    { key: 'who', label: d.who, grow: 1 },
    { key: 'when', label: d.when, grow: 1 },
  ],
  involvement: [
    { key: 'who', label: d.who, grow: 1 },
    { key: 'why', label: d.why, grow: 2 },
    { key: 'when', label: d.when, grow: 1 },
  ],
  legalLinks: [
    { key: 'label', label: t.legalLabel, grow: 1 },
    { key: 'url', label: t.legalUrl, grow: 2 },
  ],
};
const EMPTY: Record<Rows, Record<string, string>> = {
  steps: { what: '', who: '', when: '' },
  involvement: { who: '', why: '', when: '' },
  legalLinks: { label: '', url: '' },
};

export function RowsField({ name, title, addLabel, control, register, errors }: Props & { name: Rows; title: string; addLabel: string }) {
  const { fields, append, remove } = useFieldArray({ control, name });
  const rowErrors = (errors[name] ?? []) as Record<string, { message?: string } | undefined>[];
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" sx={{ fontWeight: 600, mb: 1 }}>
        {title}
      </Typography>
      <Stack spacing={1}>
        {fields.map((field, i) => (
          <Stack key={field.id} direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ alignItems: 'flex-start' }}>
            {COLUMNS[name].map((c) => (
              <TextField
                key={c.key}
                size="small"
                label={`${c.label} (${i + 1})`}
                sx={{ flex: c.grow }}
                {...register(`${name}.${i}.${c.key}` as never)}
                error={Boolean(rowErrors[i]?.[c.key])}
                helperText={rowErrors[i]?.[c.key]?.message}
              />
            ))}
            <IconButton aria-label={t.remove(`${title.toLocaleLowerCase('da')} ${i + 1}`)} onClick={() => remove(i)}>
              <DeleteIcon />
            </IconButton>
          </Stack>
        ))}
      </Stack>
      <Button size="small" sx={{ mt: 1 }} onClick={() => append(EMPTY[name] as never)}>
        {addLabel}
      </Button>
    </Box>
  );
}

/** The checklist: a list of plain texts (field arrays need objects, so this edits the array directly). */
export function ChecklistField({ register, errors, watch, setValue }: Omit<Props, 'control'> & { watch: UseFormWatch<ProcedureEditForm>; setValue: UseFormSetValue<ProcedureEditForm> }) {
  const items = watch('checklist') ?? [];
  const itemErrors = (errors.checklist ?? []) as ({ message?: string } | undefined)[];
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" sx={{ fontWeight: 600, mb: 1 }}>
        {t.checklist}
      </Typography>
      <Stack spacing={1}>
        {items.map((_, i) => (
          <Stack key={i} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <TextField
              size="small"
              fullWidth
              label={t.checklistItem(i + 1)}
              {...register(`checklist.${i}`)}
              error={Boolean(itemErrors[i])}
              helperText={itemErrors[i]?.message}
            />
            <IconButton
              aria-label={t.remove(t.checklistItem(i + 1).toLocaleLowerCase('da'))}
              onClick={() => setValue('checklist', items.filter((__, j) => j !== i), { shouldDirty: true })}
            >
              <DeleteIcon />
            </IconButton>
          </Stack>
        ))}
      </Stack>
      <Button size="small" sx={{ mt: 1 }} onClick={() => setValue('checklist', [...items, ''], { shouldDirty: true })}>
        {t.addChecklist}
      </Button>
    </Box>
  );
}
