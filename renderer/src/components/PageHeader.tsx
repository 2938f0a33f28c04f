/** The page's one h1, with optional actions on the right. */
import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { Stack, Typography } from '@mui/material';

export function PageHeader({ title, children, subtitle }: { title: string; subtitle?: ReactNode; children?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} – Sagsoverblik`;
  }, [title]);
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { sm: 'center' }, justifyContent: 'space-between' }}>
      <div>
        <Typography variant="h1" component="h1">
          {title}
        </Typography>
        {subtitle}
      </div>
      {children && (
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
          {children}
        </Stack>
      )}
    </Stack>
  );
}
