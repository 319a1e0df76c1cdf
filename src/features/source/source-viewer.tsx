import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  type ReactNode,
  type RefObject,
  type SyntheticEvent,
} from 'react';
import type { Evidence } from '../../data/schema';
import { excerptsOf, type Excerpt } from '../../data/source-text';
import { formatDate, formatUnnamedArticle, upperFirst } from '../../domain/format';
import type { ItemVoice, VoiceOf } from '../../domain/item-voice';
import type { SourceView } from '../../domain/reconcile-url-state';
import { segmentExcerpts, type AnnotatedItem, type Annotation } from '../../domain/source-annotations';
import { AppLink } from '../../ui/app-link';
import { ErrorBoundary } from '../../ui/error-boundary';
import { useI18n } from '../../ui/i18n/i18n';
import { Disagreements, InferenceNotes } from '../../ui/voice-notes';

/** Where a passage of an article is: this one's, or another's (the other side of a disagreement). */
type Passage = Pick<Evidence, 'sourceId' | 'start' | 'end'>;

export interface SourceViewerProps {
  /** The article and passage to show; null keeps the viewer closed. */
  view: SourceView | null;
  /** The passages of this article the dataset cites. */
  annotations: readonly Annotation[];
  /** The highlighted items' marks: who says so, how it is dated, what was inferred, who disagrees. */
  voiceOf: VoiceOf;
  getPassageHref: (passage: Passage) => string;
  onOpenPassage: (passage: Passage) => void;
  onClose: () => void;
  /** Where focus goes on closing when nothing on the page opened the viewer (it came from a link). */
  fallbackFocus?: () => HTMLElement | null;
}

const prefersReducedMotion = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The article behind a quote, figure or event, as a modal dialog: the evidence highlighted with
 * `<mark>` and scrolled into view, the other cited passages underlined and one click away. An article the
 * dataset may only quote shows its kept paragraphs, "…" where others are left out, and a link to the original.
 */
export function SourceViewer({
  view,
  annotations,
  voiceOf,
  getPassageHref,
  onOpenPassage,
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
            voiceOf={voiceOf}
            getPassageHref={getPassageHref}
            onOpenPassage={onOpenPassage}
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
  'annotations' | 'voiceOf' | 'getPassageHref' | 'onOpenPassage' | 'onClose'
> {
  view: SourceView;
  markRef: RefObject<HTMLElement | null>;
}

function SourceViewerContent({
  view,
  annotations,
  voiceOf,
  getPassageHref,
  onOpenPassage,
  onClose,
  markRef,
}: SourceViewerContentProps) {
  const excerpts = useMemo(() => excerptsOf(view.source), [view.source]);
  const parts = useMemo(
    () => segmentExcerpts(excerpts, annotations, view.selected),
    [excerpts, annotations, view.selected],
  );
  const sourceId = view.source.id;
  const selectedItems = selectedItemsOf(view, annotations);
  const voiced = uniqueItems(selectedItems).flatMap((item) => {
    const voice = voiceOf(item);
    return voice && hasMarks(voice) ? [{ item, voice }] : [];
  });
  const notesId = useId();
  const i18n = useI18n();
  const { t } = i18n;
  const aside =
    voiced.length > 0 && view.selected
      ? {
          at: endOfParagraph(excerpts, view.selected.end),
          element: (
            <VoiceAside
              key="voice"
              id={notesId}
              voiced={voiced}
              getPassageHref={getPassageHref}
              onOpenPassage={onOpenPassage}
            />
          ),
        }
      : null;
  return (
    <div className="source-viewer__inner">
      <header className="source-viewer__header">
        <div>
          <p className="source-viewer__eyebrow">{t('source.eyebrow')}</p>
          <h2 id="source-viewer-title" className="source-viewer__title">
            {view.source.headline ?? view.source.outlet ?? formatUnnamedArticle(view.source.published, i18n)}
          </h2>
          <p className="source-viewer__meta">
            {view.source.headline && view.source.outlet ? `${view.source.outlet} · ` : null}
            {t('source.published', { date: formatDate(view.source.published, i18n.intl) })}
            {view.source.rights === 'excerpts' ? t('source.excerpts') : null}
            {view.source.url === null ? null : (
              <>
                {' · '}
                <a href={view.source.url} rel="noopener">
                  {t('source.readFull')}
                </a>
              </>
            )}
          </p>
        </div>
        <button type="button" className="button source-viewer__close" onClick={onClose}>
          {t('source.close')}
        </button>
        {selectedItems.length > 0 ? (
          // In the sticky header, so what the marked words stand for stays in sight while reading on.
          <p className="source-viewer__selection">
            <span className="source-viewer__swatch" aria-hidden="true" />
            {t('source.highlighted', { labels: selectedItems.map((item) => item.label).join('; ') })}
          </p>
        ) : null}
      </header>
      <p className="source-viewer__legend">{t('source.legend')}</p>
      <div className="source-viewer__text" lang="en">
        {parts.flatMap((excerpt, index) => [
          index > 0 || excerpt.start > 0 ? <LeftOut key={`gap-${excerpt.start}`} /> : null,
          ...excerpt.segments.flatMap((segment) => {
            const key = `${segment.start}-${segment.end}`;
            const drawn = (start: number, end: number, part = '') => {
              const words = excerpt.text.slice(start - excerpt.start, end - excerpt.start);
              if (segment.selected) {
                return (
                  <mark
                    key={key}
                    ref={markRef}
                    tabIndex={-1}
                    className="evidence"
                    aria-describedby={aside ? notesId : undefined}
                  >
                    {words}
                  </mark>
                );
              }
              if (segment.annotation) {
                const passage = { sourceId, start: segment.annotation.start, end: segment.annotation.end };
                return (
                  <AppLink
                    key={key}
                    className="annotation"
                    href={getPassageHref(passage)}
                    title={segment.annotation.items.map((item) => item.label).join('; ')}
                    onNavigate={() => onOpenPassage(passage)}
                  >
                    {words}
                  </AppLink>
                );
              }
              return <span key={`${key}${part}`}>{words}</span>;
            };
            // The note goes at the end of the marked words' paragraph, after the one run holding its last character:
            // a plain run is cut there, a link or the mark is kept whole and the note follows it.
            if (aside === null || segment.start >= aside.at || segment.end < aside.at)
              return [drawn(segment.start, segment.end)];
            if (segment.selected || segment.annotation || segment.end === aside.at)
              return [drawn(segment.start, segment.end), aside.element];
            return [drawn(segment.start, aside.at, '-a'), aside.element, drawn(aside.at, segment.end, '-b')];
          }),
        ])}
      </div>
    </div>
  );
}

/** What the dialog holds when the article cannot be drawn: a sentence and a way out, never a stack trace. */
function SourceViewerFailed({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  return (
    <div className="source-viewer__inner">
      <header className="source-viewer__header">
        <h2 id="source-viewer-title" className="source-viewer__title">
          {t('source.eyebrow')}
        </h2>
        <button type="button" className="button source-viewer__close" onClick={onClose}>
          {t('source.close')}
        </button>
      </header>
      <p className="view-error" role="alert">
        {t('source.failed')}
      </p>
    </div>
  );
}

/** What the marked words stand for: the article's annotation of exactly those words, if the dataset cites them. */
function selectedItemsOf(view: SourceView, annotations: readonly Annotation[]): readonly AnnotatedItem[] {
  const { selected } = view;
  const annotation = selected && annotations.find((a) => a.start === selected.start && a.end === selected.end);
  return annotation ? annotation.items : [];
}

/** Items once each: a passage cited as an item's words and as its attribution names it twice. */
function uniqueItems(items: readonly AnnotatedItem[]): AnnotatedItem[] {
  return items.filter(
    (item, index) => items.findIndex((other) => other.kind === item.kind && other.id === item.id) === index,
  );
}

/** Whether an item has anything to say beyond its label: who says so, no date of its own, inferences, disputes. */
const hasMarks = (voice: ItemVoice) =>
  voice.attribution !== null ||
  voice.relay !== null ||
  !voice.dated ||
  voice.inferences.length > 0 ||
  voice.disagreements.length > 0;

interface VoiceAsideProps extends Pick<SourceViewerProps, 'getPassageHref' | 'onOpenPassage'> {
  id: string;
  voiced: readonly { item: AnnotatedItem; voice: ItemVoice }[];
}

/**
 * Who says what the marked words report, and how: the attribution or relay with a link to its words, when it
 * was reported where the article gives no date, what was inferred, and both sides of a disagreement.
 */
function VoiceAside({ id, voiced, getPassageHref, onOpenPassage }: VoiceAsideProps) {
  const { t } = useI18n();
  const link = (passage: Passage, content: ReactNode) => (
    <AppLink href={getPassageHref(passage)} onNavigate={() => onOpenPassage(passage)}>
      {content}
    </AppLink>
  );
  return (
    // The mark is described by the inner box: a description taken from the named note would be its name alone.
    <div className="source-viewer__voice" role="note" aria-label={t('source.aboutHighlighted')}>
      <div id={id}>
        {voiced.map(({ item, voice }) => {
          const who = voice.attribution ?? voice.relay;
          return (
            <div key={`${item.kind}-${item.id}`} className="source-viewer__voice-item">
              {voiced.length > 1 ? <p className="voice-note voice-note__label">{item.label}</p> : null}
              {who ? (
                <p className="voice-note">
                  <span className="voice-note__label">{upperFirst(who.label)}:</span>{' '}
                  {link(who.evidence, `“${who.evidence.exact}”`)}
                </p>
              ) : null}
              {voice.dated ? null : (
                <p className="voice-note">
                  <span className="voice-note__label">{t('source.date')}</span> {voice.date}
                </p>
              )}
              <InferenceNotes inferences={voice.inferences} />
              <Disagreements
                disagreements={voice.disagreements}
                renderLink={(side, content) => link(side.evidence, content)}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** Where the paragraph holding `offset` (of the original) ends: its line break, or the end of its kept part. */
function endOfParagraph(excerpts: readonly Excerpt[], offset: number): number {
  const excerpt = excerpts.find(({ start, end }) => start <= offset && offset <= end);
  if (excerpt === undefined) return offset;
  const lineBreak = excerpt.text.indexOf('\n', offset - excerpt.start);
  return lineBreak === -1 ? excerpt.end : excerpt.start + lineBreak;
}

/** Where paragraphs of the article are left out: "…" to the eye, said in words to a screen reader. */
function LeftOut() {
  const { t } = useI18n();
  return (
    <span className="source-viewer__gap">
      <span aria-hidden="true">…</span>
      <span className="visually-hidden">{t('source.leftOut')}</span>
    </span>
  );
}
