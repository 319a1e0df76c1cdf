import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { datasetQueryOptions } from '../../data/dataset-query';
import {
  buildIframeSnippet,
  buildLoaderSnippet,
  buildFallback,
  buildPymSnippet,
  getDefaultEmbedTitle,
  type SnippetInput,
} from '../../domain/embed-snippet';
import { getSnippetFallback } from '../../domain/static-images';
import { buildEmbedUrl } from '../../domain/embed-url';
import { hasActiveFilters } from '../../domain/filters';
import { embedViews, type EmbedView, type Theme, type UrlState } from '../../domain/url-state';
import { EmbedPreview } from './embed-preview';
import './embed-builder.css';
import { locales, type Locale } from '../../domain/locale';
import type { Translate } from '../../domain/translate';
import { loadCatalogue } from '../../ui/i18n/catalogue';
import { createI18n, useI18n } from '../../ui/i18n/i18n';

export interface EmbedBuilderProps {
  /** The dashboard's current state: its filters, and the quote open in the Source viewer, if any. */
  state: UrlState;
  /** The dashboard's address; the embed page (`embed/`) and the loader live in its folder. */
  pageUrl: string;
}

const previewWidths = [280, 375, 640, 960, 1200] as const;
const quoteLabelLength = 70;

/** Chooses a view, its filters and theme, previews it at a width and copies the snippet that embeds it. */
export function EmbedBuilder({ state, pageUrl }: EmbedBuilderProps) {
  const { t } = useI18n();
  const id = useId();
  const dataset = useQuery(datasetQueryOptions());
  const [view, setView] = useState<EmbedView>(state.quoteId !== null ? 'quote' : 'chart');
  // The chart's metric and table count: "Keep the current filters" carries them into a chart's embed.
  const filtersActive = hasActiveFilters(state.filters) || state.metric !== null || state.table;
  const [keepFilters, setKeepFilters] = useState(true);
  const [theme, setTheme] = useState<Theme | null>(null);
  const [lang, setLang] = useState<Locale | null>(null);
  const [pickedQuoteId, setQuoteId] = useState<string | null>(state.quoteId);
  const [customTitle, setCustomTitle] = useState<string | null>(null);
  const [previewWidth, setPreviewWidth] = useState<number>(640);

  const quotes = dataset.data?.quotes ?? [];
  const actorNames = new Map(dataset.data?.actors.map((actor) => [actor.id, actor.name]));
  const quoteId = pickedQuoteId ?? quotes[0]?.id ?? null;
  const quote = quotes.find((candidate) => candidate.id === quoteId);
  const speaker = quote ? (actorNames.get(quote.actorId) ?? null) : null;

  const embedUrl = buildEmbedUrl(pageUrl, state, { view, keepFilters, theme, lang, quoteId });
  const snippetT = useEmbedLanguage(lang);
  const title = customTitle ?? getDefaultEmbedTitle(view, snippetT, speaker);
  const loaderUrl = new URL('embed.js', pageUrl).href;
  const fallback = getSnippetFallback(view, new URL('./', pageUrl).href, snippetT);

  return (
    <div className="embed-builder">
      <div className="embed-builder__options">
        <fieldset className="embed-builder__group">
          <legend>{t('embed.whatToEmbed')}</legend>
          {embedViews.map((option) => (
            <label key={option} className="embed-builder__choice">
              <input
                type="radio"
                name={`${id}-view`}
                value={option}
                checked={view === option}
                onChange={() => setView(option)}
              />
              {t(`embed.view.${option}`)}
            </label>
          ))}
        </fieldset>

        {view === 'quote' ? (
          <div className="embed-builder__field">
            <label htmlFor={`${id}-quote`}>{t('embed.quote')}</label>
            <select
              id={`${id}-quote`}
              className="embed-builder__control"
              value={quoteId ?? ''}
              onChange={(event) => setQuoteId(event.target.value)}
            >
              {quotes.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {actorNames.get(candidate.actorId) ?? candidate.actorId}: {shorten(candidate.text)}
                </option>
              ))}
            </select>
          </div>
        ) : null}

        <label className="embed-builder__choice">
          <input
            type="checkbox"
            checked={filtersActive && keepFilters}
            disabled={!filtersActive}
            onChange={(event) => setKeepFilters(event.target.checked)}
          />
          {filtersActive ? t('embed.keepFilters') : t('embed.keepFiltersNone')}
        </label>

        <fieldset className="embed-builder__group">
          <legend>{t('embed.colours')}</legend>
          {([null, 'light', 'dark'] as const).map((option) => (
            <label key={option ?? 'auto'} className="embed-builder__choice">
              <input type="radio" name={`${id}-theme`} checked={theme === option} onChange={() => setTheme(option)} />
              {t(`embed.theme.${option ?? 'auto'}`)}
            </label>
          ))}
        </fieldset>

        <fieldset className="embed-builder__group">
          <legend>{t('embed.language')}</legend>
          {([null, ...locales] as const).map((option) => (
            <label key={option ?? 'auto'} className="embed-builder__choice">
              <input type="radio" name={`${id}-lang`} checked={lang === option} onChange={() => setLang(option)} />
              {t(`embed.language.${option ?? 'auto'}`)}
            </label>
          ))}
        </fieldset>

        <div className="embed-builder__field">
          <label htmlFor={`${id}-title`}>{t('embed.titleField')}</label>
          <input
            id={`${id}-title`}
            className="embed-builder__control"
            type="text"
            value={title}
            onChange={(event) => setCustomTitle(event.target.value === '' ? null : event.target.value)}
          />
        </div>
      </div>

      <div className="embed-builder__output">
        <SnippetFields embedUrl={embedUrl} loaderUrl={loaderUrl} title={title} view={view} fallback={fallback} />

        <div className="embed-builder__field embed-builder__field--inline">
          <label htmlFor={`${id}-width`}>{t('embed.previewWidth')}</label>
          <select
            id={`${id}-width`}
            className="embed-builder__control"
            value={previewWidth}
            onChange={(event) => setPreviewWidth(Number(event.target.value))}
          >
            {previewWidths.map((width) => (
              <option key={width} value={width}>
                {t('embed.widthOption', { width })}
              </option>
            ))}
          </select>
        </div>
        <EmbedPreview embedUrl={embedUrl} title={t('embed.previewTitle', { title })} view={view} width={previewWidth} />
      </div>
    </div>
  );
}

/**
 * The snippet's own words (the frame's title, the image's alt text) in the language the embed is set to, which its
 * readers get; the dashboard's language for "the reader's browser language", or while that catalogue loads.
 */
function useEmbedLanguage(lang: Locale | null): Translate {
  const { t, locale } = useI18n();
  const wanted = lang ?? locale;
  const catalogue = useQuery({
    queryKey: ['catalogue', wanted],
    queryFn: () => loadCatalogue(wanted),
    enabled: wanted !== locale,
    staleTime: Infinity,
  });
  return wanted === locale || catalogue.data === undefined ? t : createI18n(wanted, catalogue.data).t;
}

function shorten(text: string): string {
  return text.length <= quoteLabelLength ? `“${text}”` : `“${text.slice(0, quoteLabelLength - 1).trimEnd()}…”`;
}

/** The three ways to paste the embed: the loader (recommended), a plain iframe, and pym.js's recipe. */
function SnippetFields(input: SnippetInput) {
  const { t } = useI18n();
  return (
    <>
      <SnippetField
        label={t('embed.snippet.loader')}
        copyLabel={t('embed.snippet.loaderCopy')}
        snippet={buildLoaderSnippet(input)}
      />
      <SnippetField
        label={t('embed.snippet.iframe')}
        copyLabel={t('embed.snippet.iframeCopy')}
        snippet={buildIframeSnippet(input)}
      />
      <SnippetField
        label={t('embed.snippet.pym')}
        copyLabel={t('embed.snippet.pymCopy')}
        snippet={buildPymSnippet(input)}
      />
      {input.fallback ? (
        <SnippetField
          label={t('embed.snippet.image')}
          copyLabel={t('embed.snippet.imageCopy')}
          snippet={buildFallback(input.fallback, input.title)}
        />
      ) : null}
    </>
  );
}

interface SnippetFieldProps {
  label: string;
  copyLabel: string;
  snippet: string;
}

/** A read-only snippet with a one-click copy, falling back to selecting it when the clipboard is refused. */
function SnippetField({ label, copyLabel, snippet }: SnippetFieldProps) {
  const { t } = useI18n();
  const id = useId();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setStatus(t('embed.copied'));
    } catch {
      textareaRef.current?.select();
      setStatus(t('embed.selected'));
    }
  };
  return (
    <div className="embed-builder__snippet">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        ref={textareaRef}
        className="embed-builder__control"
        readOnly
        rows={4}
        value={snippet}
        spellCheck={false}
      />
      <div className="embed-builder__copy">
        <button type="button" className="button" onClick={() => void copy()}>
          {copyLabel}
        </button>
        <span role="status" className="embed-builder__status">
          {status}
        </span>
      </div>
    </div>
  );
}
