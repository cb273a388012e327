import type { BackOfficeCustomerFeedbackQuery } from '@relais/graphql-client';
import { Table, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';

type Row = BackOfficeCustomerFeedbackQuery['customerFeedback']['tags'][number];

/** The most frequent tags of the period, with the previous period's count. */
export function FeedbackTags({ tags }: { tags: readonly Row[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const f = (key: string) => t(`dashboards.feedback.${key}`);
  return (
    <section className="sales-dashboard__section" aria-labelledby="feedback-tags-title">
      <h3 id="feedback-tags-title">{f('tags')}</h3>
      <Table
        caption={f('tags')}
        captionHidden
        columns={[
          { key: 'tag', header: f('tag'), cell: (r) => r.tag },
          { key: 'count', header: f('declarations'), cell: (r) => format.number(r.count), align: 'end' },
          { key: 'previous', header: f('previous'), cell: (r) => format.number(r.previousCount), align: 'end' },
        ]}
        rows={tags}
        rowKey={(r) => r.tag}
        empty={f('noTags')}
      />
    </section>
  );
}
