/**
 * #/udskriv/sagsstamme/:userId[?visning=kompakt] – the case-stem overview in the app,
 * detailed or compact (one line per case), ready for the print dialog (PDF).
 */
import { useParams, useSearchParams } from 'react-router-dom';
import { useApiQuery } from '../../../api/hooks';
import { Loading, QueryError } from '../../../components/QueryState';
import { todayIso } from '../../../components/today';
import { PrintPage } from '../../../print/PrintPage';
import { CaseStemDocument } from '../../../../../shared/print/handover/CaseStemDocument';
import { caseStemVariantOf } from '../../../../../shared/print/handover/variant';

export function CaseStemPrintPage() {
  const userId = Number(useParams().userId);
  const [search] = useSearchParams();
  const variant = caseStemVariantOf(search);
  const q = useApiQuery('handover.overview', { userId }, { enabled: Number.isInteger(userId) && userId > 0 });
  return (
    <PrintPage>
      {q.data ? <CaseStemDocument data={q.data} printedOn={todayIso()} variant={variant} /> : q.error ? <QueryError error={q.error} /> : <Loading />}
    </PrintPage>
  );
}
