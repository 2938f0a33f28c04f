/**
 * Boot: asks the register for the status and, when the app opens on Min sagsstamme,
 * its first page at once, then loads the UI. The calls travel while the browser
 * fetches and parses the UI code instead of after it has drawn a first screen.
 */
import { createQueryClient, prefetch } from './api/queryClient';
import { prefetchMyCases } from './features/cases/caseListQuery';
import { commonTexts } from './components/texts';

const client = createQueryClient();
prefetch(client, 'app.status', {});
prefetchMyCases(client);

import('./mount')
  .then(({ mount }) => mount(document.getElementById('root')!, client))
  .catch(() => {
    // The UI code did not load (a broken installation); say so rather than show nothing.
    document.getElementById('root')!.textContent = commonTexts.errors.unexpected;
  });
