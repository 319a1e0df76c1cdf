/**
 * Turns the dataset file's bytes into a checked dataset, whatever its layout: a file in the line layout
 * (`dataset-lines.ts`), or on one line as `JSON.stringify` writes it (`compact-json-lines.ts`), is parsed and
 * checked record by record as its bytes arrive; any other JSON is parsed and checked whole after the last byte.
 * No fetching and no React here: the page's Web Worker runs it (`dataset.worker.ts`), and so does the page itself
 * where there is no worker (tests).
 */
import { createAsciiJsonDecoder } from './ascii-json-decoder';
import { createLineOrCompactReader } from './compact-json-lines';
import type * as DatasetValidationModule from './dataset-validation';
import type { KeptHandler, ValidationProblem } from './dataset-validation';
import type { Dataset } from './schema';

export type DatasetValidation = typeof DatasetValidationModule;

/** A named step of the reading, for the browser's performance timeline; `start` is on the epoch clock. */
export interface ReadStep {
  name: string;
  start: number;
  duration: number;
}

/**
 * What reading the file came to. Plain data, so that it crosses from a worker to the page as it is. A good
 * dataset's records were all handed on as they passed, so only its header is here.
 */
export type DatasetReadOutcome = (
  | { kind: 'dataset'; schemaVersion: Dataset['schemaVersion'] }
  | { kind: 'json'; detail: string }
  | { kind: 'schema'; problems: ValidationProblem[]; more: number }
) & { steps: ReadStep[] };

export interface DatasetReader {
  /** Takes the next bytes of the file. */
  push(bytes: Uint8Array): void;
  /** The outcome, once every byte has been pushed. */
  finish(): DatasetReadOutcome;
}

/**
 * A reader for one file; `onKept` is told of the records that passed, as they pass (see `validation`), and
 * `onDiscard` that those it was told of so far no longer count: the file left the layout after them, and will
 * be read whole, all its records told again. The reader keeps no record: whoever wants the dataset keeps what
 * `onKept` hands on.
 */
export function createDatasetReader(
  validation: DatasetValidation,
  onKept: KeptHandler,
  onDiscard?: () => void,
): DatasetReader {
  let keptCount = 0;
  const discardKept = () => {
    if (keptCount > 0) onDiscard?.();
    keptCount = 0;
  };
  const records = validation.createRecordScreen((collection, kept, text) => {
    keptCount += kept.length;
    onKept(collection, kept, text);
  });
  const lines = createLineOrCompactReader(records.add);
  // The bytes are kept for a file that leaves the layout. As bytes they live outside the JS heap, so keeping
  // them costs the garbage collector nothing, unlike keeping the decoded text.
  const received: Uint8Array[] = [];
  // Text in ASCII throughout: quicker to decode, to parse and to hand to the page (see the decoder).
  const decoder = createAsciiJsonDecoder();
  const steps: ReadStep[] = [];
  let inLayout = true;
  let busyMs = 0;
  let firstBytesAt: number | null = null;
  const take = (bytes: Uint8Array | null) => {
    if (bytes !== null) received.push(bytes);
    // Once the file has left the layout its bytes are only kept, to be parsed whole at the end.
    if (!inLayout) return;
    const start = performance.now();
    firstBytesAt ??= start;
    inLayout = lines.push(bytes === null ? decoder.decode() : decoder.decode(bytes, { stream: true }));
    if (!inLayout) discardKept();
    busyMs += performance.now() - start;
  };
  const step = (name: string, start: number, duration?: number) => steps.push(stepSince(name, start, duration));

  return {
    push: take,
    finish() {
      take(null);
      const laidOut = inLayout ? lines.end() : null;
      if (laidOut !== null) {
        step('dataset: parse and check records, while downloading', firstBytesAt ?? performance.now(), busyMs);
        const checkStart = performance.now();
        const result = records.finish(laidOut.header, laidOut.collections);
        step('dataset: check references', checkStart);
        if (result.ok !== 'unsure') return outcomeOf(result, steps);
        // The records have crossed already; the whole file is read again only to name the broken references.
        return readWhole(validation, received, undefined, steps);
      }
      discardKept();
      return readWhole(validation, received, onKept, steps);
    },
  };
}

/** Parses and checks the whole file from its bytes, telling `onKept` of its records when given. */
function readWhole(
  validation: DatasetValidation,
  received: Uint8Array[],
  onKept: KeptHandler | undefined,
  steps: ReadStep[],
): DatasetReadOutcome {
  let json: unknown;
  const parseStart = performance.now();
  try {
    json = parseWhole(joinBytes(received));
  } catch (error) {
    return { kind: 'json', detail: error instanceof Error ? error.message : String(error), steps };
  }
  received.length = 0;
  steps.push(stepSince('dataset: parse', parseStart));
  const validateStart = performance.now();
  const result = validation.validateDataset(json, onKept);
  steps.push(stepSince('dataset: validate', validateStart));
  return outcomeOf(result.ok ? { ok: true, schemaVersion: result.dataset.schemaVersion } : result, steps);
}

function stepSince(name: string, start: number, duration = performance.now() - start): ReadStep {
  return { name, start: performance.timeOrigin + start, duration };
}

function outcomeOf(
  result: Exclude<DatasetValidationModule.ScreenResult, { ok: 'unsure' }>,
  steps: ReadStep[],
): DatasetReadOutcome {
  return result.ok
    ? { kind: 'dataset', schemaVersion: result.schemaVersion, steps }
    : { kind: 'schema', problems: result.problems, more: result.more, steps };
}

/**
 * The whole file's value. The ASCII text parses exactly when TextDecoder's does, to the same value; a file that
 * is not JSON is parsed again as TextDecoder reads it, so that the error names the file's own character and place.
 */
function parseWhole(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(createAsciiJsonDecoder().decode(bytes)) as unknown;
  } catch {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  }
}

function joinBytes(parts: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}
