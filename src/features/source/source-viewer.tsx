import { useEffect, useLayoutEffect, useMemo, useRef, type RefObject, type SyntheticEvent } from 'react';
import { formatDate } from '../../domain/format';
import type { SourceView } from '../../domain/reconcile-url-state';
import { segmentSourceText, type Annotation } from '../../domain/source-annotations';
import type { TextSpan } from '../../domain/url-state';
import { AppLink } from '../../ui/app-link';
import { ErrorBoundary } from '../../ui/error-boundary';

export interface SourceViewerProps {
  /** The article and passage to show; null keeps the viewer closed. */
  view: SourceView | null;
  /** The passages of this article the dataset cites. */
  annotations: readonly Annotation[];
  getSpanHref: (span: TextSpan) => string;
  onSelectSpan: (span: TextSpan) => void;
  onClose: () => void;
  /** Where focus goes on closing when nothing on the page opened the viewer (it came from a link). */
  fallbackFocus?: () => HTMLElement | null;
}

const prefersReducedMotion = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The article behind a quote, figure or event, as a modal dialog: the evidence highlighted with
 * `<mark>` and scrolled into view, the other cited passages underlined and one click away.
 */
export function SourceViewer({
  view,
  annotations,
  getSpanHref,
  onSelectSpan,
  onClose,
  fallbackFocus,
}: SourceViewerProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const markRef = useRef<HTMLElement>(null);
  const returnFocusRef = useRef<Element | null>(null);
  const open = view !== null;

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocusRef.current = document.activeElement;
      dialog.showModal();
    } else if (!open && returnFocusRef.current !== null) {
      if (dialog.open) dialog.close();
      const previous = returnFocusRef.current;
      returnFocusRef.current = null;
      const target =
        previous instanceof HTMLElement && previous.isConnected && previous !== document.body
          ? previous
          : fallbackFocus?.();
      target?.focus();
    }
  }, [open, fallbackFocus]);

  const selectedKey = view?.selected ? `${view.source.id}:${view.selected.start}-${view.selected.end}` : null;
  useEffect(() => {
    const mark = markRef.current;
    if (!selectedKey || !mark) return;
    // Focus lands on the words themselves, so a screen reader reads the evidence first.
    mark.focus({ preventScroll: true });
    mark.scrollIntoView?.({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }, [selectedKey]);

  const handleCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    // Escape: the URL decides whether the viewer is open, so close it through the URL.
    event.preventDefault();
    onClose();
  };

  return (
    // The click handler only adds "click the backdrop to close" for pointers; Escape and Close serve the keyboard.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={dialogRef}
      className="source-viewer"
      aria-labelledby="source-viewer-title"
      onCancel={handleCancel}
      // The browser may close the dialog without a cancelable event (repeated Escape); follow it.
      onClose={() => {
        if (open) onClose();
      }}
      // Clicks on the backdrop land on the dialog element itself.
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      {view ? (
        // Keyed by article, so one that fails to render does not keep the next one from showing.
        <ErrorBoundary key={view.source.id} fallback={<SourceViewerFailed onClose={onClose} />}>
          <SourceViewerContent
            view={view}
            annotations={annotations}
            getSpanHref={getSpanHref}
            onSelectSpan={onSelectSpan}
            onClose={onClose}
            markRef={markRef}
          />
        </ErrorBoundary>
      ) : null}
    </dialog>
  );
}

interface SourceViewerContentProps extends Pick<
  SourceViewerProps,
  'annotations' | 'getSpanHref' | 'onSelectSpan' | 'onClose'
> {
  view: SourceView;
  markRef: RefObject<HTMLElement | null>;
}

function SourceViewerContent({
  view,
  annotations,
  getSpanHref,
  onSelectSpan,
  onClose,
  markRef,
}: SourceViewerContentProps) {
  const segments = useMemo(
    () => segmentSourceText(view.source.text.length, annotations, view.selected),
    [view, annotations],
  );
  return (
    <div className="source-viewer__inner">
      <header className="source-viewer__header">
        <div>
          <p className="source-viewer__eyebrow">Source</p>
          <h2 id="source-viewer-title" className="source-viewer__title">
            {view.source.headline ?? view.source.outlet ?? 'Article from an unnamed outlet'}
          </h2>
          <p className="source-viewer__meta">
            {view.source.headline && view.source.outlet ? `${view.source.outlet} · ` : null}
            Published {formatDate(view.source.published)}
          </p>
        </div>
        <button type="button" className="button source-viewer__close" onClick={onClose}>
          Close
        </button>
        {view.selectedItems.length > 0 ? (
          // In the sticky header, so what the marked words stand for stays in sight while reading on.
          <p className="source-viewer__selection">
            <span className="source-viewer__swatch" aria-hidden="true" />
            Highlighted: {view.selectedItems.map((item) => item.label).join('; ')}
          </p>
        ) : null}
      </header>
      <p className="source-viewer__legend">
        Underlined passages are cited elsewhere in the dashboard; select one to highlight it.
      </p>
      <div className="source-viewer__text" lang="en">
        {segments.map((segment) => {
          const words = view.source.text.slice(segment.start, segment.end);
          const key = `${segment.start}-${segment.end}`;
          if (segment.selected) {
            return (
              <mark key={key} ref={markRef} tabIndex={-1} className="evidence">
                {words}
              </mark>
            );
          }
          if (segment.annotation) {
            const { start, end, items } = segment.annotation;
            return (
              <AppLink
                key={key}
                className="annotation"
                href={getSpanHref({ start, end })}
                title={items.map((item) => item.label).join('; ')}
                onNavigate={() => onSelectSpan({ start, end })}
              >
                {words}
              </AppLink>
            );
          }
          return <span key={key}>{words}</span>;
        })}
      </div>
    </div>
  );
}

/** What the dialog holds when the article cannot be drawn: a sentence and a way out, never a stack trace. */
function SourceViewerFailed({ onClose }: { onClose: () => void }) {
  return (
    <div className="source-viewer__inner">
      <header className="source-viewer__header">
        <h2 id="source-viewer-title" className="source-viewer__title">
          Source
        </h2>
        <button type="button" className="button source-viewer__close" onClick={onClose}>
          Close
        </button>
      </header>
      <p className="view-error" role="alert">
        This article could not be shown. The rest of the page still works; reloading may bring it back.
      </p>
    </div>
  );
}
