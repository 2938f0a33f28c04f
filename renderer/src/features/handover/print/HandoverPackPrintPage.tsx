/** #/udskriv/overlevering/:handoverId – the handover pack (agenda, then one sheet per case). */
import { useParams } from 'react-router-dom';
import { useApiQuery } from '../../../api/hooks';
import { Loading, QueryError } from '../../../components/QueryState';
import { todayIso } from '../../../components/today';
import { PrintPage } from '../../../print/PrintPage';
import { HandoverPackDocument } from '../../../../../shared/print/handover/HandoverPackDocument';

export function HandoverPackPrintPage() {
  const id = Number(useParams().handoverId);
  const q = useApiQuery('handover.pack', { id }, { enabled: Number.isInteger(id) && id > 0 });
  return (
    <PrintPage>
      {q.data ? <HandoverPackDocument data={q.data} printedOn={todayIso()} /> : q.error ? <QueryError error={q.error} /> : <Loading />}
    </PrintPage>
  );
}
