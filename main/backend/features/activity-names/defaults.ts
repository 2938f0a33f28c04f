/** The default list shipped in resources/activity-names.json, checked against the same schema as an import. */
import { z } from 'zod';
import defaults from '../../../../resources/activity-names.json' with { type: 'json' };
import { activityNameInput, type ActivityNameData } from '../../../../shared/features/activity-names';

const file = z.object({ version: z.number(), names: z.array(activityNameInput) });

export function defaultNames(): ActivityNameData[] {
  return file.parse(defaults).names;
}
