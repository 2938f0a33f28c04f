import { useApiQuery } from '../../api/hooks';

/** The current user (the app shell guarantees there is one on these pages). */
export function useMe() {
  return useApiQuery('session.current', {}).data?.user ?? null;
}
