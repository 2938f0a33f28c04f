/**
 * The app's one query cache and its key scheme, kept free of React and MUI so the
 * boot script (main.tsx) can start the first calls before the UI code has loaded.
 */
import { QueryClient } from '@tanstack/react-query';
import type { Input, Method } from '../../../shared/api/contract';
import { ApiError, call } from './client';

export const queryKey = <M extends Method>(method: M, input: Input<M>) => [method, input] as const;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        refetchOnWindowFocus: false,
        retry: (count, error) => !(error instanceof ApiError) && count < 2,
      },
    },
  });
}

/**
 * Starts a call into the cache; a component asking for the same method and input gets
 * its answer. The promise settles when the answer (or the error) is in the cache; it never rejects.
 */
export function prefetch<M extends Method>(client: QueryClient, method: M, input: Input<M>): Promise<void> {
  return client.prefetchQuery({ queryKey: queryKey(method, input), queryFn: () => call(method, input) });
}
