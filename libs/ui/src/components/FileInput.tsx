import { type DragEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../format/use-format';
import { Button } from './Button';
import { useFieldIds } from './field-ids';

export interface FileInputProps {
  label: ReactNode;
  /** Called with the chosen file's text (read as UTF-8) and the file, or null when removed. */
  onText(text: string | null, file: File | null): void;
  accept?: string;
  maxBytes?: number;
  hint?: ReactNode;
  error?: string | null;
  disabled?: boolean;
}

const DEFAULT_MAX = 5 * 1024 * 1024;

/** A CSV picker: a real file input (keyboard and screen readers) inside a drop zone (mouse users). */
export function FileInput({ label, onText, accept = '.csv,text/csv', maxBytes = DEFAULT_MAX, hint, error, disabled }: FileInputProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [file, setFile] = useState<File | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const shownError = error ?? localError;
  const ids = useFieldIds(undefined, hint, shownError);
  const size = (bytes: number) =>
    bytes >= 1024 * 1024 ? `${format.number(bytes / 1024 / 1024, { maximumFractionDigits: 1 })} MB` : `${format.number(Math.ceil(bytes / 1024))} KB`;

  const take = async (chosen: File | null | undefined) => {
    setLocalError(null);
    if (!chosen) return;
    if (!/\.csv$/i.test(chosen.name) && chosen.type !== 'text/csv') {
      setLocalError(t('common.file.wrongType'));
      return;
    }
    if (chosen.size > maxBytes) {
      setLocalError(t('common.file.tooLarge', { max: size(maxBytes) }));
      return;
    }
    setFile(chosen);
    onText(await chosen.text(), chosen);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (!disabled) void take(event.dataTransfer.files[0]);
  };

  return (
    <div className={['r-field', shownError ? 'r-field--invalid' : ''].filter(Boolean).join(' ')}>
      <label className="r-field__label" htmlFor={ids.controlId}>
        {label}
      </label>
      {hint ? (
        <p className="r-field__hint" id={ids.hintId}>
          {hint}
        </p>
      ) : null}
      <div
        className={['r-dropzone', dragging ? 'r-dropzone--active' : ''].filter(Boolean).join(' ')}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p className="r-dropzone__text" aria-hidden="true">
          {t('common.file.drop')}
        </p>
        <input
          id={ids.controlId}
          type="file"
          accept={accept}
          disabled={disabled}
          aria-invalid={shownError ? true : undefined}
          aria-describedby={ids.describedBy}
          onChange={(event) => {
            void take(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </div>
      {file ? (
        <p className="r-file-chosen" aria-live="polite">
          {t('common.file.selected', { name: file.name, size: size(file.size) })}{' '}
          <Button
            variant="ghost"
            size="sm"
            onClick={() => {
              setFile(null);
              onText(null, null);
            }}
          >
            {t('common.file.remove')}
          </Button>
        </p>
      ) : null}
      {shownError ? (
        <p className="r-field__error" id={ids.errorId} role="alert">
          {shownError}
        </p>
      ) : null}
    </div>
  );
}
