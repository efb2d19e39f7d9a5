import { ApiError } from './api.ts';
import { useT } from '../i18n/index.tsx';

/** Turns any error into a sentence for people, in the current language. */
export function useErrorText(): (err: unknown) => string {
  const { t, pick } = useT();
  return (err) => {
    if (err instanceof ApiError) {
      if (err.text) return pick(err.text);
      if (err.code === 'network') return t('error.network');
      return t('error.http', { status: err.status });
    }
    return t('error.unexpected');
  };
}
