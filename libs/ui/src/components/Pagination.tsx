import { useTranslation } from 'react-i18next';

import { useFormat } from '../format/use-format';
import { Button } from './Button';

export interface PaginationProps {
  offset: number;
  limit: number;
  total: number;
  onChange(offset: number): void;
}

/** Previous/next paging over an offset/limit list (the API's PageInput). */
export function Pagination({ offset, limit, total, onChange }: PaginationProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (total <= limit && offset === 0) return null;
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.max(1, Math.ceil(total / limit));
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <nav className="r-pagination" aria-label={t('common.pagination.label')}>
      <p className="r-pagination__summary" aria-live="polite">
        {t('common.pagination.summary', { from: format.number(from), to: format.number(to), total: format.number(total) })}
      </p>
      <div className="r-pagination__buttons">
        <Button variant="secondary" size="sm" disabled={page <= 1} onClick={() => onChange(Math.max(0, offset - limit))}>
          <span aria-hidden="true">‹ </span>
          {t('common.pagination.previous')}
        </Button>
        <span className="r-pagination__page">{t('common.pagination.page', { page, pages })}</span>
        <Button variant="secondary" size="sm" disabled={page >= pages} onClick={() => onChange(offset + limit)}>
          {t('common.pagination.next')}
          <span aria-hidden="true"> ›</span>
        </Button>
      </div>
    </nav>
  );
}
