import { activityNamesContract } from '../../../../shared/features/activity-names';
import { useMayCall } from '../../api/useMayCall';

/** True when the current user may change the list: the contract's access for changing it (the server checks again). */
export function useIsSuperUser(): boolean {
  return useMayCall(activityNamesContract['activityNames.create']);
}
