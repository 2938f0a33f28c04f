/**
 * Case type (free text with suggestions for the area) and paragraphs (several, from
 * the area's list). Choosing a suggested case type fills in its paragraphs.
 */
import { Autocomplete, TextField } from '@mui/material';
import type { Area } from '../../../../shared/domain/enums';
import type { CaseType, Paragraph } from '../../../../shared/features/reference';
import { compareDanish } from '../../../../shared/domain/collation';
import { useApiQuery } from '../../api/hooks';
import { casesTexts } from './texts';

const t = casesTexts.form;

interface CaseTypeProps {
  area: Area | undefined;
  value: string;
  error?: string;
  onChange: (value: string) => void;
  onPick: (type: CaseType) => void;
  onBlur: () => void;
}

export function CaseTypeField({ area, value, error, onChange, onPick, onBlur }: CaseTypeProps) {
  const types = useApiQuery('reference.caseTypes', area ? { area } : {}, { staleTime: Infinity });
  const options = [...(types.data?.rows ?? [])].sort((a, b) => compareDanish(a.name, b.name));
  return (
    <Autocomplete<CaseType, false, false, true>
      freeSolo
      options={options}
      getOptionLabel={(o) => (typeof o === 'string' ? o : o.name)}
      inputValue={value}
      onInputChange={(_e, next) => onChange(next)}
      onChange={(_e, picked) => {
        if (picked && typeof picked !== 'string') onPick(picked);
      }}
      onBlur={onBlur}
      noOptionsText={t.noOptions}
      renderInput={(params) => (
        <TextField {...params} label={t.caseType} required error={Boolean(error)} helperText={error ?? t.caseTypeHint} slotProps={{ htmlInput: { ...params.inputProps, maxLength: 100 } }} />
      )}
    />
  );
}

interface ParagraphsProps {
  area: Area | undefined;
  value: string[];
  error?: string;
  onChange: (codes: string[]) => void;
  onBlur: () => void;
}

const label = (p: Paragraph) => (p.title ? `${p.short} ${p.title}` : p.short);

export function ParagraphsField({ area, value, error, onChange, onBlur }: ParagraphsProps) {
  const paragraphs = useApiQuery('reference.paragraphs', area ? { area } : {}, { staleTime: Infinity });
  const options = paragraphs.data?.rows ?? [];
  const byCode = new Map(options.map((p) => [p.code, p]));
  const selected: Paragraph[] = value.map(
    (code) => byCode.get(code) ?? { code, short: code, title: '', law: '', paragraph: '', area: 'begge' },
  );
  return (
    <Autocomplete<Paragraph, true>
      multiple
      options={options}
      value={selected}
      isOptionEqualToValue={(a, b) => a.code === b.code}
      getOptionLabel={label}
      onChange={(_e, next) => onChange(next.map((p) => p.code))}
      onBlur={onBlur}
      noOptionsText={t.noOptions}
      filterSelectedOptions
      renderInput={(params) => (
        <TextField {...params} label={t.paragraphs} required error={Boolean(error)} helperText={error ?? t.paragraphsHint} />
      )}
    />
  );
}
