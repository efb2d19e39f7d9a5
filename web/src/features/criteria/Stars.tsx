import { Tag, Tooltip } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { stars } from '../../shared/text.ts';

const MARK_COLORS: Record<number, string> = { 3: 'gold', 4: 'orange', 5: 'volcano' };

/** A star mark of the sheet ("***" = the minimum option for 3★), shown as ★★★ "tối thiểu 3 sao". */
export function StarMarkTag({ star }: { star: number }) {
  const { t } = useT();
  return (
    <Tooltip title={t('mark.tooltip', { star })}>
      <Tag color={MARK_COLORS[star] ?? 'gold'} className="mark-tag" data-mark={star}>
        <span className="mark-stars" aria-hidden>
          {stars(star)}
        </span>{' '}
        {t('mark.min', { star })}
      </Tag>
    </Tooltip>
  );
}

/** A star rating: ★★★☆☆ 3 sao. */
export function StarRating({ star, size = 'normal' }: { star: number; size?: 'normal' | 'large' }) {
  const { t } = useT();
  return (
    <span className={`star-rating star-rating-${size}`}>
      <span className="star-rating-on" aria-hidden>
        {stars(star)}
      </span>
      <span className="star-rating-off" aria-hidden>
        {'★'.repeat(5 - Math.max(0, Math.min(5, star)))}
      </span>
      <span className="star-rating-label">{t('star.n', { star })}</span>
    </span>
  );
}
