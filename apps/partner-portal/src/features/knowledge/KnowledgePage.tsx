import './knowledge.css';

import { Button, PageHeader, TextField, useDocumentTitle } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { KnowledgeBrowse } from './KnowledgeBrowse';
import { KnowledgeSearch } from './KnowledgeSearch';

/** The knowledge base: a search box (the query stays in the URL, so back returns to the results) over what's new. */
export function KnowledgePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = params.get('q')?.trim() ?? '';
  const [text, setText] = useState(query);
  useDocumentTitle(t('knowledge.portal.title'));
  return (
    <div className="r-stack">
      <PageHeader title={t('knowledge.portal.title')} intro={t('knowledge.portal.intro')} />
      <form
        role="search"
        className="kb-search"
        onSubmit={(event) => {
          event.preventDefault();
          setParams(text.trim() ? { q: text.trim() } : {});
        }}
      >
        <TextField label={t('knowledge.portal.search.label')} hint={t('knowledge.portal.search.hint')} type="search" name="q" value={text} maxLength={200} onChange={(event) => setText(event.target.value)} />
        <div className="kb-search__actions">
          <Button type="submit">{t('knowledge.portal.search.submit')}</Button>
          {query ? (
            <Button
              variant="ghost"
              onClick={() => {
                setText('');
                setParams({});
              }}
            >
              {t('knowledge.portal.search.clear')}
            </Button>
          ) : null}
        </div>
      </form>
      {query ? <KnowledgeSearch query={query} /> : <KnowledgeBrowse />}
    </div>
  );
}
