/** Print view of one stamkort: /udskriv/stamkort/:caseId (from the card: "Udskriv stamkort", then "Udskriv"). */
import { useParams } from 'react-router-dom';
import { useApiQuery } from '../../api/hooks';
import { NotFoundPage } from '../../components/NotFoundPage';
import { Loading, QueryError } from '../../components/QueryState';
import { todayIso } from '../../components/today';
import { PrintPage } from '../../print/PrintPage';
import { StamkortPrint } from '../../../../shared/print/stamkort/StamkortPrint';

export function StamkortPrintPage() {
  const caseId = Number(useParams().caseId);
  const valid = Number.isInteger(caseId) && caseId > 0;
  const query = useApiQuery('stamkort.get', { caseId: valid ? caseId : 1 }, { enabled: valid, staleTime: 0 });
  if (!valid) return <NotFoundPage />;
  return (
    <PrintPage>
      {query.isPending && <Loading />}
      {query.isError && <QueryError error={query.error} />}
      {query.data && <StamkortPrint card={query.data} printedOn={todayIso()} />}
    </PrintPage>
  );
}
