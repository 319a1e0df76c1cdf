import type { DatasetEvent, Figure, Quote } from '../data/schema';

/**
 * The day an event or quote stands at in date order, date filters and the timeline: its own date, or, where the
 * articles give none, the day it was first reported. Never show it as the item's date: it may be only `reported`.
 */
export function itemDay(item: Pick<DatasetEvent | Quote, 'date' | 'reported'>): string {
  return item.date ?? item.reported;
}

/** The day a figure stands at: the day it was true (`asOf`), or, where the article gives none, when it was reported. */
export function figureDay(figure: Pick<Figure, 'asOf' | 'reported'>): string {
  return figure.asOf ?? figure.reported;
}
