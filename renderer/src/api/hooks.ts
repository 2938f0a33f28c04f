/**
 * Thin TanStack Query wrappers around `call`. Query keys are [method, input], so a
 * mutation invalidates every cached page of a method by its prefix [method].
 */
import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type UseQueryOptions,
} from '@tanstack/react-query';
import type { Input, Method, Output } from '../../../shared/api/contract';
import { ApiError, call } from './client';
import { queryKey } from './queryClient';

type QueryOptions<M extends Method> = Omit<
  UseQueryOptions<Output<M>, ApiError, Output<M>, readonly [M, Input<M>]>,
  'queryKey' | 'queryFn'
>;

// Screens that seed or read the cache by key import it from here with the hooks.
export { queryKey };

export function useApiQuery<M extends Method>(method: M, input: Input<M>, options: QueryOptions<M> = {}) {
  return useQuery({
    queryKey: queryKey(method, input),
    queryFn: () => call(method, input),
    ...options,
  });
}

/** For paged lists: keep showing the previous page while the next one loads. */
export function useApiPagedQuery<M extends Method>(method: M, input: Input<M>, options: QueryOptions<M> = {}) {
  return useApiQuery(method, input, { placeholderData: keepPreviousData, ...options });
}

/** Which cached methods each mutation makes stale. */
const invalidates: Partial<Record<Method, Method[]>> = {
  'app.setup': [],
  'teams.create': ['teams.list', 'users.list'],
  'users.create': ['users.list', 'teams.list'],
  'users.update': ['users.list', 'teams.list', 'session.current', 'app.status', 'cases.list'],
  'citizens.create': ['citizens.search'],
  'citizens.update': ['citizens.search', 'citizens.get', 'cases.list', 'cases.get'],
  'cases.create': ['cases.list', 'citizens.get', 'citizens.search', 'users.list'],
  'cases.update': ['cases.list', 'cases.get', 'citizens.get', 'citizens.search', 'users.list'],
  'cases.reassign': ['cases.list', 'cases.get', 'cases.assignments', 'citizens.get', 'users.list'],
  'activities.create': ['activities.list', 'cases.list', 'cases.get'],
  'applications.create': ['applications.list'],
  'applications.update': ['applications.list'],
  'services.create': ['services.list'],
  'services.update': ['services.list'],
};

export function useApiMutation<M extends Method>(method: M) {
  const client = useQueryClient();
  return useMutation<Output<M>, ApiError, Input<M>>({
    mutationFn: (input) => call(method, input),
    onSuccess: async () => {
      const stale = invalidates[method];
      if (stale === undefined) {
        await client.invalidateQueries();
        return;
      }
      await Promise.all(stale.map((m) => client.invalidateQueries({ queryKey: [m] })));
    },
  });
}

/** After changing who the user is or opening a register: everything may differ. */
export function useRefreshAll() {
  const client = useQueryClient();
  return () => client.invalidateQueries();
}

// ---- named queries used in several places ------------------------------------
export const useStatus = () => useApiQuery('app.status', {}, { staleTime: 30_000 });
export const useActiveUsers = (enabled = true) => useApiQuery('users.list', { includeInactive: false }, { enabled });
export const useTeams = () => useApiQuery('teams.list', {});
