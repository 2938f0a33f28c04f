/** #/udskriv/overgang/:handoverId – the printable transition summary (PrintPage: "Udskriv" and "Tilbage"). */
import { errorMessage } from '../../../api/client';
import { useApiQuery } from '../../../api/hooks';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { todayIso } from '../../../components/today';
import { useIdParam } from '../../../components/useIdParam';
import { PrintPage } from '../../../print/PrintPage';
import { transitionTexts } from '../texts';
import { HandoverSummaryDocument } from './HandoverSummaryDocument';

export function HandoverSummaryPrintPage() {
  const id = useIdParam('handoverId');
  const query = useApiQuery('transition.get', { id: id ?? 0 }, { enabled: id !== null });
  if (id === null) return <NotFoundPage />;
  if (!query.isSuccess) {
    return <main id="main">{query.isPending ? <p role="status">{transitionTexts.print.loading}</p> : <p role="alert">{errorMessage(query.error)}</p>}</main>;
  }
  return (
    <PrintPage>
      <HandoverSummaryDocument h={query.data} printedOn={todayIso()} />
    </PrintPage>
  );
}
