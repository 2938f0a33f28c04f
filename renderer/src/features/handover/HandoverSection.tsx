/** /overlevering/*: the handover pages (issue 5). */
import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../components/NotFoundPage';
import { HandoverHome } from './HandoverHome';
import { PlannedShiftNewPage } from './PlannedShiftNewPage';
import { ShiftPage } from './ShiftPage';
import { UnplannedShiftPage } from './UnplannedShiftPage';

export function HandoverSection() {
  return (
    <Routes>
      <Route index element={<HandoverHome />} />
      <Route path="uplanlagt/:userId" element={<UnplannedShiftPage />} />
      <Route path="planlagt/:userId" element={<PlannedShiftNewPage />} />
      <Route path="skift/:id" element={<ShiftPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
