/**
 * Sensitive data: a protected address is marked and masked. The backend never sends
 * it with the citizen or the case; "Vis adresse" fetches it through the audited
 * citizens.revealAddress, so every look at it is in the citizen's audit log.
 */
import { useState } from 'react';
import { Button, Chip, Stack, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import { useApiQuery } from '../api/hooks';
import { commonTexts } from './texts';

export function ProtectedChip() {
  return <Chip icon={<LockIcon aria-hidden />} label={commonTexts.protectedAddress} color="warning" size="small" />;
}

interface Props {
  protectedAddress: boolean;
  address: string;
  /** The citizen whose protected address may be revealed. */
  citizenId: number;
}

export const joinAddress = (a: { address: string; postalCode: string; city: string }) =>
  [a.address, [a.postalCode, a.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');

function Revealed({ citizenId }: { citizenId: number }) {
  // Never cached beyond the view: each reveal is a new, logged look.
  const query = useApiQuery('citizens.revealAddress', { id: citizenId }, { gcTime: 0, staleTime: 0 });
  if (query.isPending) return <Typography component="span">{commonTexts.loading}</Typography>;
  if (query.isError) return <Typography component="span" color="error">{query.error.message}</Typography>;
  return <Typography component="span">{joinAddress(query.data) || commonTexts.notSet}</Typography>;
}

export function AddressText({ protectedAddress, address, citizenId }: Props) {
  const [shown, setShown] = useState(false);
  if (!protectedAddress) return <Typography component="span">{address || commonTexts.notSet}</Typography>;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} component="span">
      <ProtectedChip />
      {shown ? (
        <Revealed citizenId={citizenId} />
      ) : (
        <Typography component="span" color="text.secondary">
          {commonTexts.protectedAddressHidden}
        </Typography>
      )}
      <Button size="small" onClick={() => setShown((s) => !s)} aria-expanded={shown}>
        {shown ? commonTexts.hideAddress : commonTexts.showAddress}
      </Button>
    </Stack>
  );
}
