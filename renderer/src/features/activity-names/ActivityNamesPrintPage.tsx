/** Print view of the list for new staff: /udskriv/aktivitetsnavne (issue 4). */
import { useApiQuery } from '../../api/hooks';
import { Loading, QueryError } from '../../components/QueryState';
import { todayIso } from '../../components/today';
import { PrintPage } from '../../print/PrintPage';
import { NamesPrint } from './print/NamesPrint';

export function ActivityNamesPrintPage() {
  const list = useApiQuery('activityNames.list', { includeRetired: false });
  return (
    <PrintPage>
      {list.isPending && <Loading />}
      {list.isError && <QueryError error={list.error} />}
      {list.data && <NamesPrint names={list.data.rows} printedOn={todayIso()} />}
    </PrintPage>
  );
}
