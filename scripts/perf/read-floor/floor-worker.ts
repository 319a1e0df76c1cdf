/**
 * The floor's measurements, in a worker as the app's reader runs. `browser` times only what no reader can skip:
 * the download into memory, one decode to text and one parse of every record (kept, as a page must keep them).
 * `reader` times the app's own reader (`createDatasetReader`) from the request to a checked dataset, fed the
 * bytes as they arrive, with no page, no views and no copying out: the most the worker alone could do.
 */
import { createDatasetReader } from '../../../src/data/dataset-reader';
import * as validation from '../../../src/data/dataset-validation';
import { parseLines, parseWhole } from './floor-parse';
import type { FloorReply, FloorRequest } from './floor-protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<FloorRequest>) => void) | null;
  postMessage(reply: FloorReply): void;
};

scope.onmessage = ({ data }) => {
  void (data.mode === 'browser' ? browserOnly(data) : appReader(data)).then((reply) => scope.postMessage(reply));
};

async function browserOnly({ url, layout }: FloorRequest): Promise<FloorReply> {
  const start = performance.now();
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const downloaded = performance.now();
  const text = new TextDecoder().decode(bytes);
  const decoded = performance.now();
  const records = layout === 'lines' ? parseLines(text) : parseWhole(text);
  const parsed = performance.now();
  return {
    mode: 'browser',
    downloadMs: downloaded - start,
    decodeMs: decoded - downloaded,
    parseMs: parsed - decoded,
    records,
  };
}

async function appReader({ url }: FloorRequest): Promise<FloorReply> {
  const start = performance.now();
  // Hands nothing on, as a worker with no page to send to would.
  const reader = createDatasetReader(validation, () => undefined);
  const response = await fetch(url);
  if (!response.body) throw new Error('read-floor: the response has no body');
  const body = response.body.getReader();
  for (let chunk = await body.read(); !chunk.done; chunk = await body.read()) reader.push(chunk.value);
  const outcome = reader.finish();
  return { mode: 'reader', totalMs: performance.now() - start, outcome: outcome.kind };
}
