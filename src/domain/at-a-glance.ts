/**
 * The story at a glance: the few facts a reader should leave with, computed from the dataset, each in the
 * articles' words and with the words to open its article at. Never typed by hand, so a new article that
 * reports a larger count changes them.
 */
import { metrics } from '../data/metrics';
import type { Dataset, DatasetEvent, Evidence, Figure, Metric } from '../data/schema';
import { getDatasetNames } from './dataset-names';
import { upperFirst } from './format';
import { figureDay, itemDay } from './item-day';
import { describeAttribution, describeItemDate } from './item-voice';
import { getSourcesOf, type TimelineSource } from './timeline';
import type { MessageKey, Wording } from './translate';

export interface GlanceFigure {
  metric: Metric;
  /** What the fact is: "Detentions reported", "Largest crowd", "Deaths reported". */
  heading: string;
  figure: Figure;
  /** The words of the article that reports it, the figure's own words picked out: "arresting |around 15,000| people". */
  words: EmphasisedWords;
  /** "27 Oct 2020", or "Reported 27 Oct 2020; the article gives no date". */
  when: string;
  place: string | null;
  /** Who made the count, where the article does not give it in its own voice: "CNN estimate". */
  voice: string | null;
  /** Its articles, the first at the words quoted. */
  sources: TimelineSource[];
  /** Counts of the same thing that other sources give differently. */
  disputedBy: { label: string; sources: TimelineSource[] }[];
}

/** A passage with the part to stress: `emphasis` is empty where the passage does not hold it. */
export interface EmphasisedWords {
  before: string;
  emphasis: string;
  after: string;
}

export interface GlanceMilestone {
  event: DatasetEvent;
  /** The title's first clause ("Presidential election"); the timeline has the whole of it. */
  headline: string;
  when: string;
  sources: TimelineSource[];
}

export interface StoryAtAGlance {
  /** One per metric that has a figure, in the schema's order: detentions, crowd, deaths. */
  figures: GlanceFigure[];
  /** The key moments, oldest first. */
  milestones: GlanceMilestone[];
}

const headings: Record<Metric, MessageKey> = {
  detentions: 'glance.heading.detentions',
  crowd: 'glance.heading.crowd',
  deaths: 'glance.heading.deaths',
};

/** The number a figure writes, for ranking: its value, or the bound it gives; null for a vague amount. */
const rankValue = (figure: Figure): number | null => figure.value ?? figure.high ?? figure.low;

/**
 * The largest of the figures: the highest number; among equal numbers the first given. A vague amount
 * ("thousands") is never ranked above a number, since it cannot be compared with one; where every figure is
 * vague, the most recent one stands (the first given among those of its day). Null for no figures.
 */
export function pickLargestFigure(figures: readonly Figure[]): Figure | null {
  let best: Figure | null = null;
  for (const figure of figures) {
    if (best === null || outranks(figure, best)) best = figure;
  }
  return best;
}

function outranks(figure: Figure, best: Figure): boolean {
  const value = rankValue(figure);
  const bestValue = rankValue(best);
  if (value !== null && bestValue !== null) return value > bestValue;
  if (value !== null || bestValue !== null) return value !== null;
  return figureDay(figure) > figureDay(best);
}

/** The passage with the first occurrence of `part` picked out (a figure's label stands in its evidence). */
export function emphasise(passage: string, part: string): EmphasisedWords {
  const start = part === '' ? -1 : passage.indexOf(part);
  if (start < 0) return { before: passage, emphasis: '', after: '' };
  return { before: passage.slice(0, start), emphasis: part, after: passage.slice(start + part.length) };
}

/**
 * A title's first clause, up to its first semicolon: titles put what happened first and add who said what after
 * ("Presidential election; Lukashenko claims victory …"), which the timeline shows in full.
 */
export function getHeadline(title: string): string {
  const end = title.indexOf(';');
  return end > 0 ? title.slice(0, end) : title;
}

/** The largest figure of each metric, and the milestones, described for the reader in their language. */
export function getStoryAtAGlance(dataset: Dataset, wording: Wording): StoryAtAGlance {
  const names = getDatasetNames(dataset, wording);
  const figuresById = new Map(dataset.figures.map((figure) => [figure.id, figure]));
  const sourcesOf = (evidence: readonly Evidence[]) => getSourcesOf(evidence, names.sourceName);

  const figures = metrics.flatMap((metric): GlanceFigure[] => {
    const figure = pickLargestFigure(dataset.figures.filter((candidate) => candidate.metric === metric));
    if (figure === null) return [];
    return [
      {
        metric,
        heading: wording.t(headings[metric]),
        figure,
        words: emphasise(figure.evidence[0]?.exact ?? figure.label, figure.label),
        when: upperFirst(describeItemDate(figure, 'short', wording)),
        place: figure.placeId === null ? null : names.placeName(figure.placeId),
        voice: describeAttribution(figure, names, wording.t)?.label ?? null,
        sources: sourcesOf(figure.evidence),
        disputedBy: figure.disputedBy.flatMap((id) => {
          const other = figuresById.get(id);
          return other === undefined ? [] : [{ label: other.label, sources: sourcesOf(other.evidence) }];
        }),
      },
    ];
  });

  const milestones = dataset.events
    .filter((event) => event.milestone)
    .sort((a, b) => (itemDay(a) < itemDay(b) ? -1 : itemDay(a) > itemDay(b) ? 1 : 0))
    .map((event) => ({
      event,
      headline: getHeadline(event.title),
      when: upperFirst(describeItemDate(event, 'short', wording)),
      sources: sourcesOf(event.evidence),
    }));

  return { figures, milestones };
}
