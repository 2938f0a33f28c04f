import type { BackupKind } from '../../../../shared/features/backups';

export const backupTexts = {
  title: 'Sikkerhedskopier',
  intro:
    'Registret kopieres automatisk første gang programmet startes hver dag og før hver opdatering. De daglige kopier gemmes i 7 dage og én pr. uge i 4 uger. Du kan også tage en kopi selv.',
  takeNow: 'Tag sikkerhedskopi nu',
  taking: 'Tager sikkerhedskopi …',
  taken: (name: string) => `Sikkerhedskopien er taget: ${name}`,
  folderTitle: 'Mappe',
  folderLabel: 'Sikkerhedskopierne gemmes i',
  defaultFolder: 'Standardmappen ved siden af registret',
  changeFolder: 'Skift mappe',
  useDefault: 'Brug standardmappen',
  folderReadOnly: 'Kun en teamleder eller en superbruger kan skifte mappen og gendanne en sikkerhedskopi.',
  folderChanged: (folder: string) => `Sikkerhedskopier gemmes nu i ${folder}`,
  folderDialogTitle: 'Skift mappe til sikkerhedskopier',
  folderField: 'Mappe (fuld sti)',
  folderHelp: 'For eksempel et netværksdrev. Eksisterende kopier bliver liggende i den gamle mappe.',
  listTitle: 'Sikkerhedskopier i mappen',
  tableLabel: 'Sikkerhedskopier',
  empty: 'Der er ingen sikkerhedskopier i mappen endnu.',
  columns: { name: 'Fil', kind: 'Type', createdAt: 'Taget', size: 'Størrelse', schema: 'Version', actions: 'Handling' },
  unknownVersion: 'ukendt',
  restore: 'Gendan',
  restoreLabel: (name: string) => `Gendan ${name}`,
  restoreTitle: 'Gendan sikkerhedskopi?',
  restoreText: (name: string, when: string) => `Registret bliver erstattet med sikkerhedskopien ${name} fra ${when}.`,
  restoreKeep:
    'Det nuværende register gemmes først som en sikkerhedskopi, så du kan vende tilbage til det. Ændringer, der er lavet efter kopien blev taget, findes kun i den kopi.',
  restoreConfirm: 'Gendan registret',
  restoring: 'Gendanner …',
  restored: (restored: string, keptAs: string) => `Registret er gendannet fra ${restored}. Det tidligere register er gemt som ${keptAs}.`,
  kinds: {
    daily: 'Daglig',
    manual: 'Taget manuelt',
    'before-migration': 'Før opdatering',
    'before-restore': 'Før gendannelse',
    other: 'Anden',
  } satisfies Record<BackupKind, string>,
};

const bytes = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });

/** 1536 → "1,5 kB"; Danish decimal comma. */
export function formatSize(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${bytes.format(n / 1024)} kB`;
  if (n < 1024 * 1024 * 1024) return `${bytes.format(n / 1024 / 1024)} MB`;
  return `${bytes.format(n / 1024 / 1024 / 1024)} GB`;
}
