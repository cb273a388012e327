import { renderMarkdown } from '@relais/domain';
import { TextAreaField, TextField } from '@relais/ui';
import { type KeyboardEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Language = 'fr' | 'en';
const LANGUAGES: Language[] = ['fr', 'en'];

export interface LanguageEditorProps {
  values: Record<'titleFr' | 'bodyFr' | 'titleEn' | 'bodyEn', string>;
  onChange(field: 'titleFr' | 'bodyFr' | 'titleEn' | 'bodyEn', value: string): void;
  errors: Partial<Record<'titleFr' | 'bodyFr' | 'titleEn' | 'bodyEn', string>>;
  /** Attachment id → a URL the preview may show (signed for the author by the API). */
  attachmentUrls: ReadonlyMap<string, string>;
}

/**
 * French and English versions in tabs, each with a live preview made by the same renderer the API
 * uses for readers (libs/domain renderMarkdown): what the author sees is what partners get.
 */
export function LanguageEditor({ values, onChange, errors, attachmentUrls }: LanguageEditorProps) {
  const { t } = useTranslation();
  const e = (key: string) => t(`knowledge.backoffice.editor.${key}`);
  const [active, setActive] = useState<Language>(errors.titleEn && !errors.titleFr ? 'en' : 'fr');
  const tabs = useRef<Record<Language, HTMLButtonElement | null>>({ fr: null, en: null });
  const suffix = active === 'fr' ? 'Fr' : 'En';
  const title = `title${suffix}` as const;
  const body = `body${suffix}` as const;
  const preview = useMemo(
    () => renderMarkdown(values[body], { attachmentUrl: (id) => attachmentUrls.get(id.toLowerCase()) ?? null }),
    [values, body, attachmentUrls],
  );
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const next = active === 'fr' ? 'en' : 'fr';
    setActive(next);
    tabs.current[next]?.focus();
  };
  return (
    <div className="r-stack">
      <div role="tablist" aria-label={e('languages')} className="bo-kb-tabs">
        {LANGUAGES.map((language) => (
          <button
            key={language}
            ref={(element) => {
              tabs.current[language] = element;
            }}
            type="button"
            role="tab"
            id={`kb-tab-${language}`}
            aria-selected={active === language}
            aria-controls={`kb-panel-${language}`}
            tabIndex={active === language ? 0 : -1}
            className="bo-kb-tab"
            onClick={() => setActive(language)}
            onKeyDown={onKeyDown}
          >
            {e(language)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`kb-panel-${active}`} aria-labelledby={`kb-tab-${active}`} className="bo-kb-language" lang={active}>
        <div className="r-form">
          <TextField key={title} label={e('title')} name={title} value={values[title]} maxLength={200} onChange={(event) => onChange(title, event.target.value)} error={errors[title]} />
          <TextAreaField key={body} label={e('body')} name={body} rows={14} hint={e('bodyHint')} value={values[body]} onChange={(event) => onChange(body, event.target.value)} error={errors[body]} />
        </div>
        <section aria-labelledby="kb-preview-title">
          <h3 id="kb-preview-title">{e('preview')}</h3>
          {values[body].trim() ? (
            // The shared renderer drops raw HTML and unsafe URLs: safe to insert.
            <div className="bo-kb-preview" dangerouslySetInnerHTML={{ __html: preview }} />
          ) : (
            <p className="bo-kb-preview r-muted">{e('previewEmpty')}</p>
          )}
        </section>
      </div>
    </div>
  );
}
