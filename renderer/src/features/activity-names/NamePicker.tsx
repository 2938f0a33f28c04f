/**
 * Type-ahead over the naming list (names and synonyms), grouped by phase, showing
 * what belongs under each name while picking. The server does the matching.
 */
import { useState } from 'react';
import { Alert, Autocomplete, Box, TextField, Typography } from '@mui/material';
import { phaseLabels } from '../../../../shared/domain/enums';
import type { SearchHit } from '../../../../shared/features/activity-names';
import { useApiQuery } from '../../api/hooks';
import { useDebounced } from '../../components/useDebounced';
import { namesTexts } from './texts';

const t = namesTexts.picker;

interface Props {
  area: 'børn' | 'voksen' | undefined;
  value: SearchHit | null;
  onChange: (hit: SearchHit | null) => void;
  onBlur?: () => void;
  error?: string;
  autoFocus?: boolean;
}

export function NamePicker({ area, value, onChange, onBlur, error, autoFocus }: Props) {
  const [input, setInput] = useState('');
  const query = useDebounced(value && input === value.name ? '' : input, 120);
  const search = useApiQuery('activityNames.search', { query, area, limit: 100 }, { enabled: area !== undefined, staleTime: 30_000 });
  const options = search.data?.rows ?? [];
  return (
    <Box>
      <Autocomplete
        options={options}
        value={value}
        onChange={(_e, hit) => onChange(hit)}
        inputValue={input}
        onInputChange={(_e, text) => setInput(text)}
        filterOptions={(o) => o}
        groupBy={(o) => phaseLabels[o.phase]}
        getOptionLabel={(o) => o.name}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        loading={search.isFetching}
        loadingText={t.loading}
        noOptionsText={t.noOptions}
        onBlur={onBlur}
        renderOption={({ key, ...props }, o) => (
          <li key={key} {...props}>
            <Box>
              <Typography component="span" sx={{ fontWeight: 600, display: 'block' }}>
                {o.name}
              </Typography>
              {o.matchedSynonym && (
                <Typography component="span" variant="body2" sx={{ display: 'block', fontStyle: 'italic' }}>
                  {t.synonym(o.matchedSynonym)}
                </Typography>
              )}
              <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
                {o.content}
              </Typography>
            </Box>
          </li>
        )}
        renderInput={(params) => (
          <TextField {...params} label={t.label} required autoFocus={autoFocus} error={Boolean(error)} helperText={error ?? t.hint} />
        )}
      />
      {value && (
        <Alert severity="info" sx={{ mt: 1 }} aria-live="polite">
          <Typography variant="subtitle2" component="p">
            {t.belongs}
          </Typography>
          <Typography variant="body2" sx={{ mb: value.guidance ? 1 : 0 }}>
            {value.content}
          </Typography>
          {value.guidance && (
            <>
              <Typography variant="subtitle2" component="p">
                {t.guidance}
              </Typography>
              <Typography variant="body2">{value.guidance}</Typography>
            </>
          )}
        </Alert>
      )}
    </Box>
  );
}
