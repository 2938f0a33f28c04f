import { Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import type { AppStatus } from '../../shared/features/app';
import type { User } from '../../shared/features/users';
import { AppShell } from './features/shell/AppShell';
import { startPath } from './features/shell/startPage';
import { MyCasesPage } from './features/cases/MyCasesPage';
import { NotFoundPage } from './components/NotFoundPage';
import { Loading } from './components/QueryState';
import { lazyPage } from './components/lazyPage';

// The start page is in the first bundle; every other screen loads on first visit.
const CasePage = lazyPage(() => import('./features/cases/CasePage'), 'CasePage');
const CaseFormPage = lazyPage(() => import('./features/cases/CaseFormPage'), 'CaseFormPage');
const TeamCasesPage = lazyPage(() => import('./features/team/TeamCasesPage'), 'TeamCasesPage');
const CitizensPage = lazyPage(() => import('./features/citizens/CitizensPage'), 'CitizensPage');
const CitizenPage = lazyPage(() => import('./features/citizens/CitizenPage'), 'CitizenPage');
const CitizenFormPage = lazyPage(() => import('./features/citizens/CitizenFormPage'), 'CitizenFormPage');
const UsersPage = lazyPage(() => import('./features/users/UsersPage'), 'UsersPage');
const ActivityNamesSection = lazyPage(() => import('./features/activity-names/ActivityNamesSection'), 'ActivityNamesSection');
const DeadlinesSection = lazyPage(() => import('./features/deadlines/DeadlinesSection'), 'DeadlinesSection');
const ProceduresSection = lazyPage(() => import('./features/procedures/ProceduresSection'), 'ProceduresSection');
const HandoverSection = lazyPage(() => import('./features/handover/HandoverSection'), 'HandoverSection');
const TransitionHandoverPage = lazyPage(() => import('./features/transition/HandoverPage'), 'TransitionHandoverPage');
const StamkortReviewPage = lazyPage(() => import('./features/stamkort/StamkortReviewPage'), 'StamkortReviewPage');
const BackupsPage = lazyPage(() => import('./features/backup/BackupsPage'), 'BackupsPage');
const PrintRoutes = lazyPage(() => import('./print/PrintRoutes'), 'PrintRoutes');

export function AppRoutes({ status, user }: { status: AppStatus; user: User }) {
  return (
    <Routes>
      <Route
        path="udskriv/*"
        element={
          <Suspense fallback={<Loading />}>
            <PrintRoutes />
          </Suspense>
        }
      />
      <Route element={<AppShell status={status} user={user} />}>
        {/* A team leader has few cases of their own: their start page is the team's (startPath). */}
        <Route index element={startPath(user) === '/' ? <MyCasesPage /> : <Navigate to={startPath(user)} replace />} />
        <Route path="mine" element={<MyCasesPage />} />
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
        <Route path="overgang/:citizenId" element={<TransitionHandoverPage />} />
        <Route path="stamkort" element={<StamkortReviewPage />} />
        <Route path="sikkerhedskopier" element={<BackupsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
