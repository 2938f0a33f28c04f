import { useStatus } from '../../api/hooks';

/** True when the current user may change the list (the server checks again). */
export function useIsSuperUser(): boolean {
  return useStatus().data?.currentUser?.role === 'superbruger';
}
