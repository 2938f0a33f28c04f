/**
 * Reference lists: the shipped defaults in resources/, or a municipality's own
 * paragraphs.json / case-types.json in the app-data folder when present.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import defaultCaseTypes from '../../resources/case-types.json' with { type: 'json' };
import defaultParagraphs from '../../resources/paragraphs.json' with { type: 'json' };
import type { Area } from '../../shared/domain/enums';
import { caseType, paragraph, type CaseType, type Paragraph } from '../../shared/features/reference';

const paragraphFile = z.object({ paragraphs: z.array(paragraph.omit({ short: true })) });
const caseTypeFile = z.object({ caseTypes: z.array(caseType) });

const LAW_ABBREVIATIONS: Record<string, string> = { 'Barnets lov': 'BL', Serviceloven: 'SEL' };

export class Reference {
  readonly paragraphs: Paragraph[];
  readonly caseTypes: CaseType[];
  private readonly byCode: Map<string, Paragraph>;

  constructor(overrideDir?: string) {
    const load = <T>(name: string, schema: z.ZodType<T>, fallback: unknown): T => {
      const file = overrideDir ? path.join(overrideDir, name) : undefined;
      const data = file && fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : fallback;
      return schema.parse(data);
    };
    this.paragraphs = load('paragraphs.json', paragraphFile, defaultParagraphs).paragraphs.map((p) => ({
      ...p,
      short: `${LAW_ABBREVIATIONS[p.law] ?? p.law} ${p.paragraph}`,
    }));
    this.caseTypes = load('case-types.json', caseTypeFile, defaultCaseTypes).caseTypes;
    this.byCode = new Map(this.paragraphs.map((p) => [p.code, p]));
  }

  paragraph(code: string): Paragraph | undefined {
    return this.byCode.get(code);
  }

  /** Short label for a code; unknown (retired) codes are shown as they are. */
  short(code: string): string {
    return this.byCode.get(code)?.short ?? code;
  }

  fitsArea(code: string, area: Area): boolean {
    const p = this.byCode.get(code);
    return !!p && (p.area === 'begge' || p.area === area);
  }

  paragraphsFor(area?: Area): Paragraph[] {
    return area ? this.paragraphs.filter((p) => p.area === 'begge' || p.area === area) : this.paragraphs;
  }

  caseTypesFor(area?: Area): CaseType[] {
    return area ? this.caseTypes.filter((t) => t.area === 'begge' || t.area === area) : this.caseTypes;
  }
}
