/** #/udskriv/sagsstamme/:userId – the case-stem overview in the app, ready for the print dialog (PDF). */
import { useParams } from 'react-router-dom';
import { useApiQuery } from '../../../api/hooks';
import { Loading, QueryError } from '../../../components/QueryState';
import { todayIso } from '../../../components/today';
import { PrintPage } from '../../../print/PrintPage';
import { CaseStemDocument } from './CaseStemDocument';

export function CaseStemPrintPage() {
  const userId = Number(useParams().userId);
  const q = useApiQuery('handover.overview', { userId }, { enabled: Number.isInteger(userId) && userId > 0 });
  return (
    <PrintPage>
      {q.data ? <CaseStemDocument data={q.data} printedOn={todayIso()} /> : q.error ? <QueryError error={q.error} /> : <Loading />}
    </PrintPage>
  );
}
