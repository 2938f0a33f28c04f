/** Print view of one procedure: /udskriv/arbejdsgange/:id (?version=N for an older version). */
import { useParams, useSearchParams } from 'react-router-dom';
import { useApiQuery } from '../../api/hooks';
import { NotFoundPage } from '../../components/NotFoundPage';
import { Loading, QueryError } from '../../components/QueryState';
import { todayIso } from '../../components/today';
import { PrintPage } from '../../print/PrintPage';
import { ProcedurePrint } from './print/ProcedurePrint';

export function ProcedurePrintPage() {
  const id = Number(useParams().id);
  const version = Number(useSearchParams()[0].get('version')) || undefined;
  const valid = Number.isInteger(id) && id > 0;
  const query = useApiQuery('procedures.get', { id: valid ? id : 1, version }, { enabled: valid });
  if (!valid) return <NotFoundPage />;
  return (
    <PrintPage>
      {query.isPending && <Loading />}
      {query.isError && <QueryError error={query.error} />}
      {query.data && <ProcedurePrint p={query.data} printedOn={todayIso()} />}
    </PrintPage>
  );
}
