import { useEffect, useRef, useState } from 'react';
import { getInitialEmbedHeight } from '../../domain/embed-initial-height';
import { parsePymHeight } from '../../domain/pym-messages';
import type { EmbedView } from '../../domain/url-state';
import { useI18n } from '../../ui/i18n/i18n';

interface EmbedPreviewProps {
  embedUrl: string;
  title: string;
  view: EmbedView;
  /** The frame's width in CSS pixels, as a host's column would give it. */
  width: number;
}

const childId = 'embed-builder-preview';

/** The embed as a host page would show it: at a chosen width, sized by the height it reports. */
export function EmbedPreview({ embedUrl, title, view, width }: EmbedPreviewProps) {
  const { t } = useI18n();
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [reported, setReported] = useState<{ src: string; height: number } | null>(null);
  const src = withChildId(embedUrl);

  useEffect(() => {
    const origin = new URL(src).origin;
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frameRef.current?.contentWindow || event.origin !== origin) return;
      const height = parsePymHeight(event.data, childId);
      if (height !== null) setReported({ src, height });
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [src]);

  // Until the new page reports, show the height a host page would reserve.
  const height = reported?.src === src ? reported.height : getInitialEmbedHeight(view, width);
  return (
    // Focusable so keyboard readers can scroll a preview taller or wider than the dialog.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must take focus (WCAG 2.1.1)
    <div className="embed-preview" role="region" aria-label={t('embed.preview')} tabIndex={0}>
      <iframe ref={frameRef} className="embed-preview__frame" src={src} title={title} width={width} height={height} />
      <p className="embed-preview__size">{t('embed.previewSize', { width, height })}</p>
    </div>
  );
}

function withChildId(embedUrl: string): string {
  const url = new URL(embedUrl);
  url.searchParams.set('childId', childId);
  return url.href;
}
