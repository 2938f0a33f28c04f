/**
 * Danish messages for zod's generic issues, so any input the renderer (or an
 * attacker) sends is refused in words a caseworker can read. Field-specific
 * messages in the schemas take precedence over these.
 */
import { z } from 'zod';

const typeNames: Record<string, string> = {
  string: 'tekst',
  number: 'et tal',
  int: 'et heltal',
  boolean: 'ja/nej',
  array: 'en liste',
  object: 'et objekt',
  date: 'en dato',
};

export function danishIssueMessage(issue: { code: string; [k: string]: unknown }): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Feltet skal udfyldes.';
      return `Forkert type: forventede ${typeNames[String(issue.expected)] ?? String(issue.expected)}.`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'Feltet skal udfyldes.' : `Skal være mindst ${issue.minimum} tegn.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Vælg mindst ${issue.minimum}.`;
      return `Skal være mindst ${issue.minimum}.`;
    case 'too_big':
      if (issue.origin === 'string') return `Højst ${issue.maximum} tegn.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Højst ${issue.maximum} på én gang.`;
      return `Må højst være ${issue.maximum}.`;
    case 'invalid_format':
      return 'Formatet er ikke gyldigt.';
    case 'invalid_value':
      return 'Værdien er ikke en af de tilladte.';
    case 'unrecognized_keys':
      return 'Ukendte felter i forespørgslen.';
    case 'invalid_union':
      return 'Værdien passer ikke til nogen af de tilladte former.';
    default:
      return 'Ugyldig værdi.';
  }
}

let configured = false;
export function configureDanishErrors(): void {
  if (configured) return;
  configured = true;
  z.config({ customError: (issue) => danishIssueMessage(issue as unknown as { code: string }) });
}
