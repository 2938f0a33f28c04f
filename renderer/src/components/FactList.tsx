/** Label–value pairs as a real description list. */
import type { ReactNode } from 'react';
import { Box } from '@mui/material';

export function FactList({ items, columns = 2 }: { items: { label: string; value: ReactNode }[]; columns?: 1 | 2 | 3 }) {
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: 'max-content 1fr', md: `repeat(${columns}, max-content 1fr)` },
        columnGap: 2,
        rowGap: 1,
        m: 0,
        alignItems: 'baseline',
      }}
    >
      {items.map((item) => (
        <Box key={item.label} sx={{ display: 'contents' }}>
          <Box component="dt" sx={{ fontWeight: 600, color: 'text.secondary' }}>
            {item.label}
          </Box>
          <Box component="dd" sx={{ m: 0 }}>
            {item.value}
          </Box>
        </Box>
      ))}
    </Box>
  );
}
