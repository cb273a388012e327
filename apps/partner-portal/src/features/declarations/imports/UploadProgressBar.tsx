import { useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import type { UploadProgress } from './use-declaration-upload';

/** How much of the file has been sent, as a bar screen readers read as a percentage. */
export function UploadProgressBar({ progress }: { progress: UploadProgress }) {
  const { t } = useTranslation();
  const format = useFormat();
  const percent = progress.total === 0 ? 100 : Math.round((progress.done / progress.total) * 100);
  const text = t('portalDeclarationImports.progress', { done: format.number(progress.done), total: format.number(progress.total) });
  return (
    <div className="declaration-import-progress">
      <p id="declaration-import-progress-label">{t('portalDeclarationImports.uploading')}</p>
      <div
        role="progressbar"
        aria-labelledby="declaration-import-progress-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={text}
        className="declaration-import-progress__track"
      >
        <div className="declaration-import-progress__bar" style={{ width: `${percent}%` }} />
      </div>
      <p aria-hidden="true">{text}</p>
    </div>
  );
}
