/**
 * English words for domain functions whose callers do not pass the reader's Wording yet. The catalogues are chunks
 * the page loads (src/ui/i18n/catalogue.ts), so the domain cannot import one without putting it in every bundle;
 * only the keys those callers reach are here, and english-fallback.test.ts holds each to en.json.
 */
import type { MessageKey, MessageValues, Wording } from './translate';

// Made when first needed: an Intl formatter made as the module loads is paid for in the page's first script.
let countFormat: Intl.NumberFormat | undefined;
const count = (values: MessageValues, one: string, other: string) =>
  `${(countFormat ??= new Intl.NumberFormat('en-GB')).format(Number(values.count))} ${values.count === 1 ? one : other}`;

const messages: Partial<Record<MessageKey, (values: MessageValues) => string>> = {
  'format.unnamedArticle': ({ date }) => `Article of ${date}`,
  'format.count.event': (values) => count(values, 'event', 'events'),
  'format.count.quote': (values) => count(values, 'quote', 'quotes'),
  'format.count.figure': (values) => count(values, 'figure', 'figures'),
  'voice.attribution.estimate': ({ who }) => `${who} estimate`,
  'voice.attribution.report': ({ who }) => `${who} report`,
  'voice.attribution.statement': ({ who }) => `${who} statement`,
  'voice.attribution.claim': ({ who }) => `${who} claim`,
  'voice.via': ({ who }) => `via ${who}`,
  'voice.undated': ({ date, articles }) =>
    `reported ${date}; ${articles === 1 ? 'the article gives' : 'the articles give'} no date`,
  'voice.field.place': () => 'place',
  'voice.field.date': () => 'date',
  'voice.field.speaker': () => 'speaker',
  'voice.field.actors': () => 'actors',
  'voice.inferred.place': () => 'Place inferred',
  'voice.inferred.date': () => 'Date inferred',
  'voice.inferred.speaker': () => 'Speaker inferred',
  'voice.inferred.actors': () => 'Actors inferred',
  'voice.inferred.several': ({ fields }) => `${fields} inferred`,
  'source.annotation.quote': ({ who }) => `Quote by ${who}`,
  'source.annotation.event': ({ title }) => `Event: ${title}`,
  'source.annotation.figure': ({ label, metric }) => `Figure: ${label} (${metric})`,
  'source.annotation.asOf': ({ date }) => `, as of ${date}`,
  'source.annotation.relay': ({ label, item }) => `Relay (${label}) of ${item}`,
  'source.annotation.attribution': ({ label, item }) => `Attribution (${label}) of ${item}`,
  'actors.side.authorities': () => 'Belarusian authorities',
  'actors.side.opposition': () => 'Opposition',
  'actors.side.foreign': () => 'Foreign governments and institutions',
  'actors.side.other': () => 'Others',
};

/** The keys this fallback words, for its test. */
export const englishFallbackKeys = Object.keys(messages) as MessageKey[];

/** English as en.json words it, for the keys above; any other key shows as itself, as a missing one does on a page. */
export const englishFallback: Wording = {
  locale: 'en',
  intl: 'en-GB',
  t: (key, values = {}) => messages[key]?.(values) ?? key,
};
