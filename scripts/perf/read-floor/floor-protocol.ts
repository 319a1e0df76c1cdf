/** What `page.ts` asks the floor's worker, and what it answers. */

/** `browser`: the browser's own work only; `reader`: the app's reader, streaming, with nothing else running. */
export type FloorMode = 'browser' | 'reader';

export interface FloorRequest {
  url: string;
  mode: FloorMode;
  /** How the file is laid out, so the browser-only parse reads it as the app would: by line, or whole. */
  layout: 'lines' | 'json';
}

export type FloorReply =
  | { mode: 'browser'; downloadMs: number; decodeMs: number; parseMs: number; records: number }
  | { mode: 'reader'; totalMs: number; outcome: string };
