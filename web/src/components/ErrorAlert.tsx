// A refused call in a dialog: the server's message, and under it each field's reason when it named fields (a 400).
import { Alert } from 'antd';
import { useT } from '../i18n/index.tsx';
import { ApiError } from '../shared/api.ts';
import { useErrorText } from '../shared/errors.ts';

export function ErrorAlert({ error }: { error: unknown }) {
  const { pick } = useT();
  const errorText = useErrorText();
  return (
    <Alert
      type="error"
      showIcon
      title={errorText(error)}
      description={
        error instanceof ApiError && error.issues.length ? (
          <ul className="plain-list">
            {error.issues.map((i) => (
              <li key={i.field}>{pick(i.message)}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
