import { PageHeader } from './PageHeader';
import { RouterButton } from './RouterLink';
import { commonTexts as t } from './texts';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title={t.notFoundPage.title} />
      <RouterButton to="/" variant="contained">
        {t.notFoundPage.back}
      </RouterButton>
    </>
  );
}
