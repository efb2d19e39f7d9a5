import { Tag } from 'antd';
import { useT } from '../../i18n/index.tsx';
import type { Sheet } from '../../types.ts';
import { setPath } from './sheet.ts';

/** The product set's identity: number, name, Appendix I classification, managing ministries, part maxima. */
export function SetHeader({ sheet }: { sheet: Sheet }) {
  const { t } = useT();
  const path = setPath(sheet);
  return (
    <div className="set-header" data-testid="set-header">
      <div className="set-header-main">
        <div className="set-header-no">{t('set.no', { n: sheet.setNo })}</div>
        <h2 className="set-header-name">{sheet.name}</h2>
        <div className="set-header-path">{path.join(' › ')}</div>
        <div className="set-header-ministries">
          <span className="muted">{t('set.ministries')}</span> {sheet.ministries.join('; ')}
        </div>
      </div>
      <div className="set-header-parts">
        {sheet.parts.map((p) => (
          <Tag key={p.code} className="part-tag">
            {t('sheet.partShort', { code: p.code, n: p.maxPoints })}
          </Tag>
        ))}
      </div>
    </div>
  );
}
