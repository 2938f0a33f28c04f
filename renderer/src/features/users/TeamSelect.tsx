/** Native select of teams, sorted Danish. Controlled: the value is the team id, or undefined when none is chosen. */
import { TextField } from '@mui/material';
import { compareDanish } from '../../../../shared/domain/collation';
import { useTeams } from '../../api/hooks';
import { usersTexts } from './texts';

interface Props {
  name: string;
  value: number | undefined;
  error?: string;
  onChange: (value: number | undefined) => void;
  onBlur: () => void;
}

export function TeamSelect({ name, value, error, onChange, onBlur }: Props) {
  const teams = useTeams();
  const rows = [...(teams.data?.rows ?? [])].sort((a, b) => compareDanish(a.name, b.name));
  return (
    <TextField
      select
      label={usersTexts.users.team}
      required
      name={name}
      value={value === undefined ? '' : String(value)}
      onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
      onBlur={onBlur}
      error={Boolean(error)}
      helperText={error}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
    >
      <option value="">{usersTexts.users.chooseTeam}</option>
      {rows.map((team) => (
        <option key={team.id} value={team.id}>
          {team.name}
        </option>
      ))}
    </TextField>
  );
}
