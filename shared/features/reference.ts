/** Reference lists shipped in resources/ (paragraphs, case types). Configurable per municipality. */
import { z } from 'zod';
import { method } from '../api/define';
import { areas } from '../domain/enums';
import { listOf } from './common';

export const area = z.enum(areas, { message: 'Vælg børn eller voksne.' });
export const areaOrBoth = z.enum([...areas, 'begge']);

export const paragraph = z.object({
  code: z.string(),
  law: z.string(),
  paragraph: z.string(),
  title: z.string(),
  area: areaOrBoth,
  /** Short form for lists: "BL § 86". */
  short: z.string(),
});
export type Paragraph = z.infer<typeof paragraph>;

export const caseType = z.object({ name: z.string(), area: areaOrBoth, paragraphs: z.array(z.string()) });
export type CaseType = z.infer<typeof caseType>;

const areaFilter = z.strictObject({ area: area.optional() });

export const referenceContract = {
  'reference.paragraphs': method(areaFilter, listOf(paragraph), 'anyone', 'nothing'),
  'reference.caseTypes': method(areaFilter, listOf(caseType), 'anyone', 'nothing'),
};
