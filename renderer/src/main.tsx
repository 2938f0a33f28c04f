/**
 * Boot: asks the register for the status and, when the app opens on Min sagsstamme,
 * its first page at once, then loads the UI. The calls travel while the browser
 * fetches and parses the UI code instead of after it has drawn a first screen.
 *
 * The UI is drawn once the status is known (a few ms), and with the first page of
 * cases when it comes soon: the first screen is then the real one, in one go,
 * instead of a "Henter …" screen drawn and painted first and the whole app after it.
 */
import { createQueryClient, prefetch } from './api/queryClient';
import { prefetchMyCases } from './features/cases/caseListQuery';
import { commonTexts } from './components/texts';

// How long the first screen waits for the first page of cases before it is drawn without it.
const LIST_WAIT_MS = 300;

const client = createQueryClient();
const status = prefetch(client, 'app.status', {});
const firstPage = prefetchMyCases(client);
const listOrTimeout = Promise.race([firstPage, new Promise<void>((resolve) => setTimeout(resolve, LIST_WAIT_MS))]);

Promise.all([import('./mount'), status, listOrTimeout])
  .then(([{ mount }]) => mount(document.getElementById('root')!, client))
  .catch(() => {
    // The UI code did not load (a broken installation); say so rather than show nothing.
    document.getElementById('root')!.textContent = commonTexts.errors.unexpected;
  });
