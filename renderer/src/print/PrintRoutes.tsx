/** Print views: full-page, outside the app shell, one route per printout. Each feature owns its page. */
import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../components/NotFoundPage';
import { ActivityNamesPrintPage } from '../features/activity-names/ActivityNamesPrintPage';
import { DeadlinesPrintPage } from '../features/deadlines/DeadlinesPrintPage';
import { ProcedurePrintPage } from '../features/procedures/ProcedurePrintPage';
import { StamkortPrintPage } from '../features/stamkort/StamkortPrintPage';
import { CaseStemPrintPage } from '../features/handover/print/CaseStemPrintPage';
import { HandoverPackPrintPage } from '../features/handover/print/HandoverPackPrintPage';
import { HandoverSummaryPrintPage } from '../features/transition/print/HandoverSummaryPrintPage';

export function PrintRoutes() {
  return (
    <Routes>
      <Route path="stamkort/:caseId" element={<StamkortPrintPage />} />
      <Route path="aktivitetsnavne" element={<ActivityNamesPrintPage />} />
      <Route path="arbejdsgange/:id" element={<ProcedurePrintPage />} />
      <Route path="frister/*" element={<DeadlinesPrintPage />} />
      <Route path="sagsstamme/:userId" element={<CaseStemPrintPage />} />
      <Route path="overlevering/:handoverId" element={<HandoverPackPrintPage />} />
      <Route path="overgang/:handoverId" element={<HandoverSummaryPrintPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
