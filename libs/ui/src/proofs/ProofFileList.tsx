import './proofs.css';

import { type ProofFileFieldsFragment, useProofObjectUrl } from '@relais/graphql-client';
import { useTranslation } from 'react-i18next';

import { errorMessage } from '../errors/error-message';
import { useFormat } from '../format/use-format';
import { fileSize } from './file-size';

export interface ProofFileListProps {
  proofs: readonly ProofFileFieldsFragment[];
  /** Shows each proof in the page (image, or PDF in a frame) rather than only links to open it. */
  preview?: boolean;
  /** Heading level of each proof's name, to fit the page's outline. */
  headingLevel?: 3 | 4;
}

/**
 * The proofs of a declaration. Their bytes need the bearer token, so each is fetched into a blob
 * URL; "Open" and "Download" are plain links to it (a link opened after an await would be blocked).
 */
export function ProofFileList({ proofs, preview = false, headingLevel = 3 }: ProofFileListProps) {
  const { t } = useTranslation();
  if (proofs.length === 0) return <p className="r-muted">{t('proofs.none')}</p>;
  return (
    <ul className="r-proofs" aria-label={t('proofs.list')}>
      {proofs.map((proof) => (
        <ProofItem key={proof.id} proof={proof} preview={preview} headingLevel={headingLevel} />
      ))}
    </ul>
  );
}

function ProofItem({ proof, preview, headingLevel }: { proof: ProofFileFieldsFragment; preview: boolean; headingLevel: 3 | 4 }) {
  const { t } = useTranslation();
  const format = useFormat();
  const blob = useProofObjectUrl(proof.url);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const name = proof.fileName;
  return (
    <li className="r-proofs__item">
      <div className="r-proofs__head">
        <Heading className="r-proofs__name">{name}</Heading>
        <span className="r-muted">
          {t(`proofs.kind.${proof.mimeType}`, { defaultValue: proof.mimeType })} · {fileSize(format, proof.size)}
        </span>
      </div>
      {blob?.status === 'ready' ? (
        <>
          <p className="r-proofs__actions">
            <a href={blob.objectUrl} target="_blank" rel="noreferrer" aria-label={t('proofs.openNamed', { name })}>
              {t('proofs.open')}
            </a>
            <a href={blob.objectUrl} download={name} aria-label={t('proofs.downloadNamed', { name })}>
              {t('proofs.download')}
            </a>
          </p>
          {preview ? <ProofPreview objectUrl={blob.objectUrl} mimeType={proof.mimeType} name={name} /> : null}
        </>
      ) : (
        <p className="r-muted" role={blob?.status === 'error' ? 'alert' : 'status'}>
          {blob?.status === 'error' ? t('proofs.loadFailed', { name, reason: errorMessage(t, blob.error) }) : t('proofs.loading', { name })}
        </p>
      )}
    </li>
  );
}

function ProofPreview({ objectUrl, mimeType, name }: { objectUrl: string; mimeType: string; name: string }) {
  const { t } = useTranslation();
  if (mimeType.startsWith('image/')) {
    return <img className="r-proofs__image" src={objectUrl} alt={t('proofs.imageAlt', { name })} />;
  }
  // A frame is in the tab order and named by its title; the browser's own viewer shows the PDF.
  return <iframe className="r-proofs__pdf" src={objectUrl} title={t('proofs.pdfTitle', { name })} />;
}
