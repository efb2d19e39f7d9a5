// The staff app's "not found" page: an address under one of its sections that names no page (/inspections/plans,
// a mistyped id). The server answers unknown sections with its own 404 page; this one covers what it cannot know.
import { Result } from 'antd';
import { useT } from '../i18n/index.tsx';
import { Link } from '../shared/router.ts';

export function NotFoundPage({ path, home }: { path: string; home: string }) {
  const { t } = useT();
  return (
    <Result
      status="404"
      data-testid="not-found"
      title={t('notFound.title')}
      subTitle={t('notFound.text', { path })}
      extra={
        <Link to={home} data-testid="not-found-home">
          {t('notFound.home')}
        </Link>
      }
    />
  );
}
