/**
 * The screens' choice of layout for "Udskriv sagsstammeoversigt": detailed or compact
 * (one line per case). The choice lives in the screen's own query (`?visning=kompakt`),
 * so it is still there when the user comes back from the printout. A screen control,
 * not part of a printout (those stay plain React without MUI).
 */
import { useId, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { FormControl, FormControlLabel, FormLabel, Radio, RadioGroup } from '@mui/material';
import { handoverTexts as t } from '../../../../../shared/print/handover/texts';
import { caseStemVariantOf, caseStemVariants, withCaseStemVariant, type CaseStemVariant } from '../../../../../shared/print/handover/variant';

/**
 * The layout chosen on this screen, and a setter that keeps it in the screen's query.
 * Held in state too: the router applies a new query in a transition, and the radio
 * button must show the choice at once.
 */
export function useCaseStemVariant(): [CaseStemVariant, (v: CaseStemVariant) => void] {
  const [search, setSearch] = useSearchParams();
  const [variant, setVariant] = useState(() => caseStemVariantOf(search));
  const choose = (v: CaseStemVariant) => {
    setVariant(v);
    setSearch((prev) => withCaseStemVariant(prev, v), { replace: true });
  };
  return [variant, choose];
}

export function CaseStemVariantChoice({ value, onChange }: { value: CaseStemVariant; onChange: (v: CaseStemVariant) => void }) {
  const id = useId();
  return (
    <FormControl sx={{ flexDirection: 'row', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
      <FormLabel id={id} sx={{ color: 'text.primary' }}>
        {t.printVariant}
      </FormLabel>
      <RadioGroup row aria-labelledby={id} name={`${id}-variant`} value={value} onChange={(e) => onChange(e.target.value as CaseStemVariant)}>
        {caseStemVariants.map((v) => (
          <FormControlLabel key={v} value={v} control={<Radio size="small" />} label={t.printVariants[v]} />
        ))}
      </RadioGroup>
    </FormControl>
  );
}
