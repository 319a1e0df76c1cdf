/**
 * The static images of the default views (public/images/, written by `npm run images`): what print, RSS readers,
 * apps and pages without JavaScript show in place of a live view. Each embed's image is its view at the typical
 * 640 px column, cut at the height the view reserves there, so it fits the box the loader snippet reserves.
 */
import { getInitialEmbedHeight } from './embed-initial-height';
import { typicalColumnWidth, type SnippetFallback } from './embed-snippet';
import type { MessageKey, Translate } from './translate';
import type { EmbedView } from './url-state';

export const staticImageNames = ['chart', 'map', 'timeline', 'actors', 'quote', 'dashboard'] as const;
export type StaticImageName = (typeof staticImageNames)[number];

export interface StaticImage {
  name: StaticImageName;
  /** Relative to the dashboard's folder (and to public/). */
  file: string;
  /** The page shot, relative to the dashboard's folder. */
  page: string;
  /** CSS pixels: the viewport shot, and the width and height attributes of the <img>. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel: the PNG is width × scale by height × scale. */
  scale: number;
  /**
   * The alt text in English, as the pages built for readers without JavaScript carry it (no script, so no language
   * but English). A snippet's image says `altKeys[name]` in the language it is made in.
   */
  alt: string;
}

const alts: Record<StaticImageName, string> = {
  chart:
    'Chart of the detentions the five articles report during the 2020 Belarus protests, by day, each point labelled in the articles’ words',
  map: 'Map of Belarus marking every place the articles about the 2020 protests name, with the list of places',
  timeline: 'Timeline of the first events of the 2020 Belarus protests, each with its date, place and source article',
  actors: 'The people and groups quoted during the 2020 Belarus protests, with their quotes',
  quote: 'A quote from the 2020 Belarus protests, with its speaker, date and source articles',
  dashboard:
    'The first screen of the Belarus 2020 dashboard: its title, the facts at a glance and the start of the timeline',
};

/** The alt texts in the catalogues; English has the same words as `alts`. */
export const altKeys: Record<StaticImageName, MessageKey> = {
  chart: 'image.alt.chart',
  map: 'image.alt.map',
  timeline: 'image.alt.timeline',
  actors: 'image.alt.actors',
  quote: 'image.alt.quote',
  dashboard: 'image.alt.dashboard',
};

function embedImage(name: Exclude<StaticImageName, 'dashboard'>): StaticImage {
  return {
    name,
    file: `images/${name}.png`,
    page: `embed/?view=${name}`,
    width: typicalColumnWidth,
    height: getInitialEmbedHeight(name, typicalColumnWidth),
    scale: 2,
    alt: alts[name],
  };
}

/** Every static image, in the order the dashboard's no-JavaScript page shows them. */
export const staticImages: readonly StaticImage[] = [
  // A wide first screen at its own size: twice 1280 × 800 would weigh more than the rest together.
  {
    name: 'dashboard',
    file: 'images/dashboard.png',
    page: '',
    width: 1280,
    height: 800,
    scale: 1,
    alt: alts.dashboard,
  },
  embedImage('chart'),
  embedImage('map'),
  embedImage('timeline'),
  embedImage('actors'),
  embedImage('quote'),
];

/** The image named `name`. */
export function getStaticImage(name: StaticImageName): StaticImage {
  return staticImages.find((image) => image.name === name)!;
}

/**
 * The image that stands in for an embed of `view`, or null for a quote: the one quote the image shows is rarely
 * the one embedded, and a picture of someone else's words would misquote. "all" (map, chart and actors) shows its
 * chart.
 */
export function getEmbedFallbackImage(view: EmbedView): StaticImage | null {
  if (view === 'quote') return null;
  return getStaticImage(view === 'all' ? 'chart' : view);
}

/**
 * What a snippet of `view` shows where no frame runs: the view's image (the unfiltered view), linked to the
 * dashboard at `dashboardFolder` (its address, ending in `/`; relative, as in public/embed-demo.html, or absolute),
 * its words in the language of `t`.
 */
export function getSnippetFallback(view: EmbedView, dashboardFolder: string, t: Translate): SnippetFallback {
  const image = getEmbedFallbackImage(view);
  return {
    linkUrl: dashboardFolder,
    openLabel: t('embed.openFullDashboard'),
    image: image && {
      url: `${dashboardFolder}${image.file}`,
      alt: t(altKeys[image.name]),
      width: image.width,
      height: image.height,
    },
  };
}
