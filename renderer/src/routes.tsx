import { Route, Routes } from 'react-router-dom';
import type { AppStatus } from '../../shared/features/app';
import type { User } from '../../shared/features/users';
import { AppShell } from './features/shell/AppShell';
import { MyCasesPage } from './features/cases/MyCasesPage';
import { CasePage } from './features/cases/CasePage';
import { CaseFormPage } from './features/cases/CaseFormPage';
import { TeamCasesPage } from './features/team/TeamCasesPage';
import { CitizensPage } from './features/citizens/CitizensPage';
import { CitizenPage } from './features/citizens/CitizenPage';
import { CitizenFormPage } from './features/citizens/CitizenFormPage';
import { UsersPage } from './features/users/UsersPage';
import { NotFoundPage } from './components/NotFoundPage';
import { ActivityNamesSection } from './features/activity-names/ActivityNamesSection';
import { DeadlinesSection } from './features/deadlines/DeadlinesSection';
import { ProceduresSection } from './features/procedures/ProceduresSection';
import { PrintRoutes } from './print/PrintRoutes';
import { HandoverSection } from './features/handover/HandoverSection';
import { BackupsPage } from './features/backup/BackupsPage';

export function AppRoutes({ status, user }: { status: AppStatus; user: User }) {
  return (
    <Routes>
      <Route path="udskriv/*" element={<PrintRoutes />} />
      <Route element={<AppShell status={status} user={user} />}>
        <Route index element={<MyCasesPage />} />
        <Route path="team" element={<TeamCasesPage />} />
        <Route path="borgere" element={<CitizensPage />} />
        <Route path="borgere/ny" element={<CitizenFormPage mode="new" />} />
        <Route path="borgere/:id" element={<CitizenPage />} />
        <Route path="borgere/:id/rediger" element={<CitizenFormPage mode="edit" />} />
        <Route path="sager/ny" element={<CaseFormPage mode="new" />} />
        <Route path="sager/:id" element={<CasePage />} />
        <Route path="sager/:id/rediger" element={<CaseFormPage mode="edit" />} />
        <Route path="medarbejdere" element={<UsersPage />} />
        <Route path="aktivitetsnavne/*" element={<ActivityNamesSection />} />
        <Route path="arbejdsgange/*" element={<ProceduresSection />} />
        <Route path="frister/*" element={<DeadlinesSection />} />
        <Route path="overlevering/*" element={<HandoverSection />} />
        <Route path="sikkerhedskopier" element={<BackupsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
