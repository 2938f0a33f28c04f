/** Role-based hiding in the UI, derived from the contract's `access` beside each method (the dispatcher checks again). */
import { mayCall, type MethodDef } from '../../../shared/api/define';
import { useStatus } from './hooks';

/** True when the current user's role may call the method, e.g. `useMayCall(casesContract['cases.reassign'])`. */
export function useMayCall(def: Pick<MethodDef, 'access'>): boolean {
  const role = useStatus().data?.currentUser?.role;
  return role !== undefined && mayCall(def.access, role);
}
