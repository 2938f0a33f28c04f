/** Sensitive data: a protected address is marked and hidden until asked for. */
import { useState } from 'react';
import { Button, Chip, Stack, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import { commonTexts } from './texts';

export function ProtectedChip() {
  return <Chip icon={<LockIcon aria-hidden />} label={commonTexts.protectedAddress} color="warning" size="small" />;
}

interface Props {
  protectedAddress: boolean;
  address: string;
}

export function AddressText({ protectedAddress, address }: Props) {
  const [shown, setShown] = useState(false);
  if (!protectedAddress) return <Typography component="span">{address || commonTexts.notSet}</Typography>;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} component="span">
      <ProtectedChip />
      {shown ? (
        <Typography component="span">{address || commonTexts.notSet}</Typography>
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
