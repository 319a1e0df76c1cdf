import './download-image-buttons.css';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import type { ImageFormat } from './image-caption';
import { ImageExportError } from './image-export-error';

interface DownloadImageButtonsProps {
  /** What the image shows, for the buttons' names: "the chart" → "Download the chart as PNG". */
  subject: string;
  formats: readonly ImageFormat[];
  /** Makes and saves the file; the export code is imported here, on the reader's click. */
  onDownload: (format: ImageFormat) => Promise<unknown>;
}

/** "Download image" buttons, one per format; a failure is said next to them, and nothing else is lost. */
export function DownloadImageButtons({ subject, formats, onDownload }: DownloadImageButtonsProps) {
  const [busy, setBusy] = useState<ImageFormat | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { t } = useI18n();
  const download = (format: ImageFormat) => {
    setBusy(format);
    setError(null);
    onDownload(format)
      .catch((reason: unknown) =>
        setError(
          reason instanceof ImageExportError
            ? t('imageExport.failedBecause', { reason: t(reason.reason) })
            : reason instanceof Error
              ? t('imageExport.failedBecause', { reason: reason.message })
              : t('imageExport.failed'),
        ),
      )
      .finally(() => setBusy(null));
  };
  return (
    <div className="image-downloads">
      {formats.map((format) => (
        <button
          key={format}
          type="button"
          className="button button--quiet image-downloads__button"
          aria-disabled={busy !== null}
          onClick={() => (busy === null ? download(format) : undefined)}
        >
          {/* Seen as "Download PNG", heard as "Download the chart as PNG". */}
          {t('imageExport.download')}
          <span className="visually-hidden">{t('imageExport.downloadSubject', { subject })}</span>{' '}
          {format.toUpperCase()}
        </button>
      ))}
      <span className="image-downloads__status" role="status">
        {error}
      </span>
    </div>
  );
}
