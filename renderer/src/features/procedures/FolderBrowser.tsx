/** The guided folder structure: by phase, or by area and paragraph, with counts. */
import { useState } from 'react';
import { Box, Chip, Stack, Tab, Tabs, Typography } from '@mui/material';
import { phaseLabels, type Phase } from '../../../../shared/domain/enums';
import { useApiQuery } from '../../api/hooks';
import { Loading, QueryError } from '../../components/QueryState';
import { ProcedureList } from './ProcedureList';
import { proceduresTexts as t } from './texts';

type Area = 'børn' | 'voksen' | 'begge';

export function FolderBrowser({ initialPhase }: { initialPhase?: Phase }) {
  const [tab, setTab] = useState<'phase' | 'area'>('phase');
  const [phase, setPhase] = useState<Phase | undefined>(initialPhase);
  const [area, setArea] = useState<Area | undefined>();
  const [paragraph, setParagraph] = useState<string | undefined>();
  const folders = useApiQuery('procedures.folders', {});
  const chip = (key: string, label: string, count: number, selected: boolean, onClick: () => void) => (
    <Chip key={key} label={`${label} (${count})`} color={selected ? 'primary' : 'default'} variant={selected ? 'filled' : 'outlined'} onClick={onClick} aria-pressed={selected} />
  );
  const heading =
    tab === 'phase'
      ? phase ? phaseLabels[phase] : t.library.all
      : [area ? t.areaLabels[area] : null, paragraph ? folders.data?.paragraphs.find((p) => p.code === paragraph)?.label : null].filter(Boolean).join(' · ') || t.library.all;
  return (
    <Box component="section" aria-label={t.library.browseTitle} sx={{ mt: 3 }}>
      <Typography variant="h2" sx={{ fontSize: '1.3rem' }}>
        {t.library.browseTitle}
      </Typography>
      <Tabs value={tab} onChange={(_, v) => setTab(v)} aria-label={t.library.browseTitle}>
        <Tab value="phase" label={t.library.byPhase} />
        <Tab value="area" label={t.library.byArea} />
      </Tabs>
      {folders.isPending && <Loading />}
      {folders.isError && <QueryError error={folders.error} />}
      {folders.data && tab === 'phase' && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mt: 2 }}>
          {folders.data.phases.map((f) => chip(f.phase, phaseLabels[f.phase], f.count, phase === f.phase, () => setPhase(phase === f.phase ? undefined : f.phase)))}
        </Stack>
      )}
      {folders.data && tab === 'area' && (
        <>
          <Typography sx={{ mt: 2, fontWeight: 600 }}>{t.library.areaFolder}</Typography>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mt: 1 }}>
            {folders.data.areas.map((f) => chip(f.area, t.areaLabels[f.area], f.count, area === f.area, () => setArea(area === f.area ? undefined : f.area)))}
          </Stack>
          <Typography sx={{ mt: 2, fontWeight: 600 }}>{t.library.paragraphFolder}</Typography>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mt: 1 }}>
            {folders.data.paragraphs.map((f) => chip(f.code, f.label, f.count, paragraph === f.code, () => setParagraph(paragraph === f.code ? undefined : f.code)))}
          </Stack>
        </>
      )}
      <ProcedureList heading={heading} filter={tab === 'phase' ? { phase } : { area, paragraph }} />
    </Box>
  );
}
