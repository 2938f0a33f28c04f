/**
 * A DD-MM-YYYY date field bound to an ISO string (YYYY-MM-DD) or null. A half-typed
 * or impossible date is passed on as an invalid marker, so the shared zod schema
 * rejects it with its Danish message instead of silently dropping it.
 */
import { useRef } from 'react';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { format, isValid, parseISO } from 'date-fns';
import { da } from 'date-fns/locale';
import { commonTexts } from './texts';

export const INVALID_DATE = 'ugyldig';

interface Props {
  label: string;
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  onBlur?: () => void;
  error?: string;
  required?: boolean;
  name?: string;
  disabled?: boolean;
  autoFocus?: boolean;
  /** Shown under the field when there is no error (default: the format). */
  hint?: string;
}

export function DateInput({ label, value, onChange, onBlur, error, required, name, disabled, autoFocus, hint }: Props) {
  const lastInvalid = useRef<Date | null>(null);
  let dateValue: Date | null = null;
  if (value === INVALID_DATE) dateValue = lastInvalid.current;
  else if (value) {
    const parsed = parseISO(value);
    dateValue = isValid(parsed) ? parsed : null;
  }
  // The provider lives here rather than around the app, so the date-picker code loads
  // with the forms that use it instead of with the start page.
  return (
    <LocalizationProvider dateAdapter={AdapterDateFns} adapterLocale={da}>
      <DatePicker
        label={label}
        value={dateValue}
        format="dd-MM-yyyy"
        disabled={disabled}
        enableAccessibleFieldDOMStructure={false}
        onChange={(next) => {
          if (next === null) {
            onChange(null);
          } else if (!isValid(next) || next.getFullYear() < 1000) {
            lastInvalid.current = next;
            onChange(INVALID_DATE);
          } else {
            onChange(format(next, 'yyyy-MM-dd'));
          }
        }}
        slotProps={{
          textField: {
            name,
            required,
            autoFocus,
            fullWidth: true,
            onBlur,
            error: Boolean(error),
            helperText: error ?? hint ?? commonTexts.dateHint,
          },
          openPickerButton: { 'aria-label': `${label}: ${commonTexts.chooseDate}` },
        }}
      />
    </LocalizationProvider>
  );
}
