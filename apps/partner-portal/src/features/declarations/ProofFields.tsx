import { useQuery } from '@apollo/client/react';
import { DEFAULT_PROOF_MAX_BYTES, MAX_PROOFS_PER_DECLARATION, PROOF_MIME_TYPES } from '@relais/domain';
import { type ProofFileFieldsFragment, ProofUploadLimitsDocument, useProofUpload } from '@relais/graphql-client';
import { Button, errorMessage, fileSize, LiveRegion, useFormat } from '@relais/ui';
import { type ChangeEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Pending {
  key: string;
  name: string;
  size: number;
  progress: number;
  error: string | null;
}

interface Props {
  proofs: ProofFileFieldsFragment[];
  onAdd(proof: ProofFileFieldsFragment): void;
  onRemove(proof: ProofFileFieldsFragment): void;
  /** True while a file is being sent: the declaration is not saved before its proofs are. */
  onBusyChange(busy: boolean): void;
  /** The API's refusal of an attached proof (proofFileIds.N), already translated. */
  error?: string | null;
}

const ACCEPT = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';

/**
 * Proofs of the sale: chosen files or a photo taken with the phone's camera, each sent as soon
 * as it is chosen (with its progress) and listed with a remove button. Type and size are
 * pre-checked here to spare a useless upload; the API checks the bytes and decides.
 */
export function ProofFields({ proofs, onAdd, onRemove, onBusyChange, error }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const upload = useProofUpload();
  const id = useId();
  const [pending, setPending] = useState<Pending[]>([]);
  const [announcement, setAnnouncement] = useState('');
  // The API's configured limit; the default until it is known (the API decides either way).
  const limits = useQuery(ProofUploadLimitsDocument, { fetchPolicy: 'cache-first' }).data?.proofUploadLimits;
  const maxBytes = limits?.maxBytes ?? DEFAULT_PROOF_MAX_BYTES;
  const types: readonly string[] = limits?.mimeTypes ?? PROOF_MIME_TYPES;
  const max = fileSize(format, maxBytes);
  const busy = pending.some((p) => p.error === null);
  useEffect(() => onBusyChange(busy), [busy, onBusyChange]);

  const patchPending = (key: string, change: Partial<Pending>) => setPending((all) => all.map((p) => (p.key === key ? { ...p, ...change } : p)));

  async function send(file: File, key: string) {
    try {
      const proof = await upload(file, (fraction) => patchPending(key, { progress: fraction }));
      setPending((all) => all.filter((p) => p.key !== key));
      onAdd(proof);
      setAnnouncement(t('proofs.uploaded', { name: proof.fileName }));
    } catch (failure) {
      const reason = errorMessage(t, failure);
      patchPending(key, { error: reason });
      setAnnouncement(t('proofs.failed', { name: file.name, reason }));
    }
  }

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    let room = MAX_PROOFS_PER_DECLARATION - proofs.length - pending.filter((p) => p.error === null).length;
    const added: Pending[] = [];
    for (const file of files) {
      const key = crypto.randomUUID();
      const refusal = !types.includes(file.type)
        ? t('proofs.wrongType', { name: file.name })
        : file.size > maxBytes
          ? t('proofs.tooLarge', { name: file.name, max })
          : room <= 0
            ? t('proofs.tooMany', { count: MAX_PROOFS_PER_DECLARATION })
            : null;
      added.push({ key, name: file.name, size: file.size, progress: 0, error: refusal });
      if (refusal) continue;
      room -= 1;
      void send(file, key);
    }
    setPending((all) => [...all, ...added]);
    const refused = added.filter((p) => p.error);
    if (refused.length) setAnnouncement(refused.map((p) => p.error).join(' '));
  }

  function remove(proof: ProofFileFieldsFragment) {
    onRemove(proof);
    setAnnouncement(t('proofs.removed', { name: proof.fileName }));
  }

  return (
    <fieldset className="declaration-group proof-fields" aria-describedby={`${id}-hint`}>
      <legend>{t('proofs.title')}</legend>
      <p className="r-field__hint" id={`${id}-hint`}>
        {t('proofs.hint', { max })}
      </p>
      <div className="proof-pickers">
        <input id={`${id}-files`} className="r-visually-hidden proof-picker__input" type="file" multiple accept={ACCEPT} onChange={choose} />
        <label htmlFor={`${id}-files`} className="r-button r-button--secondary proof-picker__label">
          {t('proofs.choose')}
        </label>
        <input id={`${id}-camera`} className="r-visually-hidden proof-picker__input" type="file" accept="image/*" capture="environment" onChange={choose} />
        <label htmlFor={`${id}-camera`} className="r-button r-button--secondary proof-picker__label">
          {t('proofs.takePhoto')}
        </label>
      </div>
      {error ? (
        <p className="r-field__error" role="alert">
          {error}
        </p>
      ) : null}
      <LiveRegion message={announcement} />
      {proofs.length || pending.length ? (
        <ul className="proof-list" aria-label={t('proofs.list')}>
          {proofs.map((proof) => (
            <li key={proof.id} className="proof-list__item">
              <span className="proof-list__name">{proof.fileName}</span>
              <span className="r-muted">{fileSize(format, proof.size)}</span>
              <Button variant="ghost" size="sm" aria-label={t('proofs.removeNamed', { name: proof.fileName })} onClick={() => remove(proof)}>
                {t('proofs.remove')}
              </Button>
            </li>
          ))}
          {pending.map((item) => (
            <li key={item.key} className="proof-list__item">
              <span className="proof-list__name">{item.name}</span>
              {item.error ? (
                <>
                  <span className="r-field__error">{item.error}</span>
                  <Button variant="ghost" size="sm" aria-label={t('proofs.removeNamed', { name: item.name })} onClick={() => setPending((all) => all.filter((p) => p.key !== item.key))}>
                    {t('proofs.remove')}
                  </Button>
                </>
              ) : (
                <progress max={1} value={item.progress} aria-label={t('proofs.uploading', { name: item.name, percent: Math.round(item.progress * 100) })} />
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="r-muted">{t('proofs.none')}</p>
      )}
    </fieldset>
  );
}
