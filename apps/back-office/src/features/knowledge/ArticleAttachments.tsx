import { useMutation } from '@apollo/client/react';
import { type BackOfficeArticleFragment, DeleteArticleAttachmentDocument, uploadFile, useRelaisClient } from '@relais/graphql-client';
import { Alert, Button, Card, errorMessage, fileSize, LiveRegion, useFormat } from '@relais/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

const ACCEPT = 'image/png,image/jpeg,image/gif,image/webp,application/pdf,.docx,.xlsx,.pptx';

/** Images and files of a saved article: upload, insert a reference in the text, remove. */
export function ArticleAttachments({ article, onChanged, onInsert }: { article: BackOfficeArticleFragment | null; onChanged(): void; onInsert(markdown: string): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useRelaisClient();
  const inputId = useId();
  const e = (key: string, options?: Record<string, unknown>) => t(`knowledge.backoffice.editor.${key}`, options ?? {});
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [remove] = useMutation(DeleteArticleAttachmentDocument);
  if (!article) {
    return (
      <Card title={e('attachments')}>
        <p className="r-muted">{e('attachmentsSaveFirst')}</p>
      </Card>
    );
  }
  const upload = async (file: File) => {
    setBusy(true);
    setProblem(null);
    try {
      const saved = await uploadFile<{ fileName: string }>(client, `/files/knowledge/articles/${article.id}`, file, file.name);
      setNotice(e('uploaded', { name: saved.fileName }));
      onChanged();
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={e('attachments')}>
      <div className="r-stack">
        <LiveRegion message={notice} tone="success" />
        {problem ? <Alert tone="error">{errorMessage(t, problem)}</Alert> : null}
        <div className="r-field">
          <label className="r-field__label" htmlFor={inputId}>
            {e('upload')}
          </label>
          <p className="r-field__hint" id={`${inputId}-hint`}>
            {e('uploadHint')}
          </p>
          <input
            id={inputId}
            type="file"
            accept={ACCEPT}
            aria-describedby={`${inputId}-hint`}
            disabled={busy}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void upload(file);
            }}
          />
        </div>
        {article.attachments.length === 0 ? (
          <p className="r-muted">{e('noAttachments')}</p>
        ) : (
          <ul className="bo-kb-files">
            {article.attachments.map((file) => (
              <li key={file.id}>
                <a href={file.downloadUrl}>{file.fileName}</a>
                <span className="r-muted">{fileSize(format, file.size)}</span>
                <Button size="sm" variant="secondary" onClick={() => onInsert(file.isImage ? `![${file.fileName}](${file.reference})` : `[${file.fileName}](${file.reference})`)}>
                  {e('insert')}
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={e('remove', { name: file.fileName })}
                  onClick={() => {
                    void remove({ variables: { id: file.id } }).then(
                      () => {
                        setNotice(e('removed', { name: file.fileName }));
                        onChanged();
                      },
                      (error: unknown) => setProblem(error),
                    );
                  }}
                >
                  ✕
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}
