/** Everything under /arbejdsgange/*: the library, one procedure, writing, editing and importing. */
import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../components/NotFoundPage';
import { ImportPage } from './ImportPage';
import { LibraryPage } from './LibraryPage';
import { ProcedureFormPage } from './ProcedureFormPage';
import { ProcedurePage } from './ProcedurePage';

export function ProceduresSection() {
  return (
    <Routes>
      <Route index element={<LibraryPage />} />
      <Route path="ny" element={<ProcedureFormPage mode="new" />} />
      <Route path="import" element={<ImportPage />} />
      <Route path=":id" element={<ProcedurePage />} />
      <Route path=":id/rediger" element={<ProcedureFormPage key="edit" mode="edit" />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
