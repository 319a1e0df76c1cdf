import { useId, useRef, useState } from 'react';
import { useI18n } from '../../ui/i18n/i18n';

interface CopyLinkButtonProps {
  /** The address to copy, read when the reader presses the button: the page's state lives in it. */
  getUrl: () => string;
}

/**
 * Copies the page's address, filters and open article included, and says so to screen readers. Where the
 * browser refuses the clipboard, the address appears selected for the reader to copy by hand.
 */
export function CopyLinkButton({ getUrl }: CopyLinkButtonProps) {
  const { t } = useI18n();
  const fieldId = useId();
  const fieldRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const [fallbackUrl, setFallbackUrl] = useState<string | null>(null);
  const copy = async () => {
    const url = getUrl();
    // Emptied first, so pressing again announces the message again.
    setStatus('');
    try {
      await navigator.clipboard.writeText(url);
      setFallbackUrl(null);
      setStatus(t('share.copied'));
    } catch {
      setFallbackUrl(url);
      setStatus(t('share.refused'));
      // After the field renders with the address.
      window.setTimeout(() => fieldRef.current?.select());
    }
  };
  return (
    <div className="copy-link">
      <button type="button" className="button button--quiet" onClick={() => void copy()}>
        {t('share.copy')}
      </button>
      <span role="status" className="copy-link__status">
        {status}
      </span>
      {fallbackUrl === null ? null : (
        <>
          <label htmlFor={fieldId} className="visually-hidden">
            {t('share.field')}
          </label>
          <input id={fieldId} ref={fieldRef} className="copy-link__field" type="text" readOnly value={fallbackUrl} />
        </>
      )}
    </div>
  );
}
