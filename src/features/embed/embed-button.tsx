import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { UrlState } from '../../domain/url-state';
import { useI18n } from '../../ui/i18n/i18n';

// The builder loads on the first click: readers who never embed (and every embed) skip its code.
const EmbedBuilder = lazy(() => import('./embed-builder').then((module) => ({ default: module.EmbedBuilder })));

interface EmbedButtonProps {
  state: UrlState;
  /** The dashboard's address, usually `window.location.href`. */
  pageUrl: string;
}

/** The header's Embed button and the dialog it opens; the builder (and its preview) exists only while open. */
export function EmbedButton({ state, pageUrl }: EmbedButtonProps) {
  const { t } = useI18n();
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('embed.button')}
      </button>
      <dialog ref={dialogRef} className="embed-dialog" aria-labelledby={titleId} onClose={() => setOpen(false)}>
        <div className="embed-dialog__header">
          <h2 id={titleId} className="embed-dialog__title">
            {t('embed.dialogTitle')}
          </h2>
          <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
            {t('embed.close')}
          </button>
        </div>
        {open ? (
          <Suspense fallback={<p role="status">{t('embed.loadingBuilder')}</p>}>
            <EmbedBuilder state={state} pageUrl={pageUrl} />
          </Suspense>
        ) : null}
      </dialog>
    </>
  );
}
