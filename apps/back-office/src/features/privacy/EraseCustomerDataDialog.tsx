import { Button, Dialog } from '@relais/ui';
import { useTranslation } from 'react-i18next';

/** The last word before an erasure that cannot be undone: what goes, what stays. */
export function EraseCustomerDataDialog({ open, count, busy, onConfirm, onClose }: { open: boolean; count: number; busy: boolean; onConfirm(): void; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      title={t('privacy.erase.title')}
      onClose={onClose}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('privacy.erase.cancel')}
          </Button>
          <Button variant="danger" busy={busy} onClick={onConfirm}>
            {t('privacy.erase.confirm')}
          </Button>
        </>
      }
    >
      <p>{t('privacy.erase.body', { count })}</p>
      <p className="r-muted">{t('privacy.erase.kept')}</p>
    </Dialog>
  );
}
