/** The printouts `report` can write, by name. */
import { stamkortReport } from './stamkort';
import { caseStemReport } from './case-stem';
export interface ReportDef {
  /** Danish usage of the flags after the report's name. */
  usage: string;
  run(argv: string[]): Promise<number>;
}

export const reports: Record<string, ReportDef> = {
  stamkort: stamkortReport,
  'case-stem': caseStemReport,
};
