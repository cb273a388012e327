import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface DialogProps {
  open: boolean;
  title: ReactNode;
  onClose(): void;
  children: ReactNode;
  /** Buttons at the bottom (the dialog adds none: pass a Cancel if you want one). */
  footer?: ReactNode;
}

/**
 * A modal on the native <dialog> element: focus is trapped and returned by the browser, Escape
 * closes it, and the page behind is inert.
 */
export function Dialog({ open, title, onClose, children, footer }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="r-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open ? (
        <div className="r-dialog__frame">
          <div className="r-dialog__header">
            <h2 id={titleId} className="r-dialog__title">
              {title}
            </h2>
            <button type="button" className="r-icon-button" onClick={onClose} aria-label={t('common.close')}>
              <span aria-hidden="true">×</span>
            </button>
          </div>
          <div className="r-dialog__body">{children}</div>
          {footer ? <div className="r-dialog__footer">{footer}</div> : null}
        </div>
      ) : null}
    </dialog>
  );
}
