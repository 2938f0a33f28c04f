/** A native select of the reference paragraphs for an area ("BL § 86 Merudgifter"). Controlled, so a value set before the list loads still shows. */
import { TextField } from '@mui/material';
import type { Area } from '../../../../shared/domain/enums';
import { useApiQuery } from '../../api/hooks';
import { journalTexts } from './texts';

interface Props {
  label: string;
  area?: Area;
  name: string;
  value: string | undefined;
  error?: string;
  onChange: (value: string) => void;
  onBlur: () => void;
}

export function ParagraphSelect({ label, area, name, value, error, onChange, onBlur }: Props) {
  const paragraphs = useApiQuery('reference.paragraphs', area ? { area } : {}, { staleTime: Infinity });
  return (
    <TextField
      select
      label={label}
      required
      name={name}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value)}
      onBlur={onBlur}
      error={Boolean(error)}
      helperText={error}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
    >
      <option value="">{journalTexts.applications.choosePragraph}</option>
      {(paragraphs.data?.rows ?? []).map((p) => (
        <option key={p.code} value={p.code}>
          {p.short} {p.title}
        </option>
      ))}
    </TextField>
  );
}
