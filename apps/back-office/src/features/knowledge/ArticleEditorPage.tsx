import './knowledge.css';

import { useMutation, useQuery } from '@apollo/client/react';
import { ARTICLE_KINDS } from '@relais/domain';
import {
  type ArticleKind,
  BackOfficeArticleDocument,
  type BackOfficeArticleFragment,
  BackOfficeArticleReachDocument,
  BackOfficeSegmentsDocument,
  CreateArticleDocument,
  UnpublishArticleDocument,
  UpdateArticleDocument,
} from '@relais/graphql-client';
import { Alert, Badge, Button, Card, CheckboxGroup, errorMessage, fieldErrors, LiveRegion, PageHeader, Select, Spinner, statusTone, TextField, useDocumentTitle } from '@relais/ui';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import { ArticleAttachments } from './ArticleAttachments';
import { type ArticleFormValues, initialValues, toArticleInput, toDateTimeInput } from './articleForm';
import { LanguageEditor } from './LanguageEditor';

/** Writes an article (/knowledge/new) or edits one (/knowledge/:id). */
export function ArticleEditorPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const existing = useQuery(BackOfficeArticleDocument, { skip: !id, variables: { id: id ?? '' } });
  const article = existing.data?.article;
  if (id && !article) {
    return (
      <>
        <PageHeader title={t('knowledge.backoffice.editor.titleEdit')} />
        {existing.loading ? <Spinner label={t('common.loading')} /> : null}
        {existing.error ? <Alert tone="error">{errorMessage(t, existing.error)}</Alert> : null}
      </>
    );
  }
  return <ArticleEditor key={article?.id ?? 'new'} article={article ?? null} refetch={() => void existing.refetch()} />;
}

function ArticleEditor({ article, refetch }: { article: BackOfficeArticleFragment | null; refetch(): void }) {
  const { t } = useTranslation();
  const e = (key: string, options?: Record<string, unknown>) => t(`knowledge.backoffice.editor.${key}`, options ?? {});
  const navigate = useNavigate();
  const title = article ? e('titleEdit') : e('titleNew');
  useDocumentTitle(title);
  const [values, setValues] = useState<ArticleFormValues>(() => initialValues(article));
  const [notice, setNotice] = useState<string | null>(null);
  const segments = useQuery(BackOfficeSegmentsDocument);
  const reach = useQuery(BackOfficeArticleReachDocument, { variables: { segmentIds: values.segmentIds } });
  const [create, creating] = useMutation(CreateArticleDocument, { refetchQueries: ['BackOfficeArticles'] });
  const [update, updating] = useMutation(UpdateArticleDocument, { refetchQueries: ['BackOfficeArticles'] });
  const [unpublish, unpublishing] = useMutation(UnpublishArticleDocument, { refetchQueries: ['BackOfficeArticles'] });
  const error = creating.error ?? updating.error ?? unpublishing.error;
  const serverErrors: Record<string, string | undefined> = error ? fieldErrors(t, error) : {};
  const attachmentUrls = useMemo(() => new Map((article?.attachments ?? []).map((a) => [a.id, a.isImage ? a.url : a.downloadUrl])), [article]);
  const set = <K extends keyof ArticleFormValues>(name: K, value: ArticleFormValues[K]) => setValues((v) => ({ ...v, [name]: value }));

  const save = async (publishNow: boolean) => {
    setNotice(null);
    const input = toArticleInput(publishNow ? { ...values, publishAt: toDateTimeInput(new Date().toISOString()) } : values);
    try {
      if (article) {
        const result = await update({ variables: { id: article.id, input } });
        if (result.data) {
          setValues(initialValues(result.data.updateArticle));
          setNotice(e('saved'));
        }
      } else {
        const result = await create({ variables: { input } });
        if (result.data) void navigate(`/knowledge/${result.data.createArticle.id}`, { state: { notice: e('saved') } });
      }
    } catch {
      // shown from the mutations' error state
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(false);
  };

  return (
    <>
      <p className="bo-back">
        <Link to="/knowledge">
          <span aria-hidden="true">‹ </span>
          {e('backToList')}
        </Link>
      </p>
      <PageHeader title={title} actions={article ? <Badge tone={statusTone(article.status)}>{t(`knowledge.status.${article.status}`)}</Badge> : null} />
      <LiveRegion message={notice} tone="success" />
      <form className="r-form bo-kb-form" onSubmit={submit} noValidate>
        {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
        <Card title={e('content')}>
          <div className="r-form">
            <Select
              label={e('kind')}
              name="kind"
              options={ARTICLE_KINDS.map((value) => ({ value, label: t(`knowledge.kind.${value}`) }))}
              value={values.kind}
              onChange={(event) => set('kind', event.target.value as ArticleKind)}
              error={serverErrors.kind}
            />
            <LanguageEditor values={values} onChange={(field, value) => set(field, value)} errors={serverErrors} attachmentUrls={attachmentUrls} />
            <TextField label={e('tags')} name="tags" hint={e('tagsHint')} value={values.tags} onChange={(event) => set('tags', event.target.value)} error={serverErrors.tags} />
          </div>
        </Card>
        <Card title={e('targeting')}>
          <CheckboxGroup
            legend={e('segments')}
            hint={e('segmentsHint')}
            options={(segments.data?.segments ?? []).map((s) => ({ value: s.id, label: s.name }))}
            value={values.segmentIds}
            onChange={(segmentIds) => set('segmentIds', segmentIds)}
            error={serverErrors.segmentIds}
          />
          <p aria-live="polite">{reach.data ? e('reach', { count: reach.data.articleReach }) : null}</p>
        </Card>
        <Card title={e('publication')}>
          <div className="r-form">
            <div className="r-form-row r-form-row--2">
              <TextField
                label={e('publishAt')}
                name="publishAt"
                type="datetime-local"
                hint={e('publishAtHint')}
                value={values.publishAt}
                onChange={(event) => set('publishAt', event.target.value)}
                error={serverErrors.publishAt}
              />
              <TextField
                label={e('unpublishAt')}
                name="unpublishAt"
                type="datetime-local"
                value={values.unpublishAt}
                onChange={(event) => set('unpublishAt', event.target.value)}
                error={serverErrors.unpublishAt}
              />
            </div>
            <label className="r-checkbox">
              <input type="checkbox" name="pinned" checked={values.pinned} onChange={(event) => set('pinned', event.target.checked)} />
              {e('pinned')}
            </label>
          </div>
        </Card>
        <div className="r-form-actions">
          <Button type="submit" busy={creating.loading || updating.loading}>
            {e('save')}
          </Button>
          {article?.status !== 'PUBLISHED' ? (
            <Button variant="secondary" busy={creating.loading || updating.loading} onClick={() => void save(true)}>
              {e('publishNow')}
            </Button>
          ) : (
            <Button
              variant="danger"
              busy={unpublishing.loading}
              onClick={() => {
                void unpublish({ variables: { id: article.id } }).then((result) => {
                  if (result.data) {
                    setValues(initialValues(result.data.unpublishArticle));
                    setNotice(e('unpublished'));
                  }
                }, () => undefined);
              }}
            >
              {e('unpublish')}
            </Button>
          )}
        </div>
      </form>
      <ArticleAttachments
        article={article}
        onChanged={refetch}
        onInsert={(markdown) => setValues((v) => (v.titleFr || !v.titleEn ? { ...v, bodyFr: `${v.bodyFr}\n\n${markdown}` } : { ...v, bodyEn: `${v.bodyEn}\n\n${markdown}` }))}
      />
    </>
  );
}
