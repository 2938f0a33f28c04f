import { useQueryClient } from '@tanstack/react-query';
import { useApiMutation } from '../../api/hooks';

/** Changes who the caseworker is, then refreshes every query (everything may differ). */
export function useSetUser() {
  const client = useQueryClient();
  const mutation = useApiMutation('session.setUser');
  const setUser = async (userId: number) => {
    await mutation.mutateAsync({ userId });
    await client.invalidateQueries();
  };
  return { setUser, isPending: mutation.isPending, error: mutation.error };
}
