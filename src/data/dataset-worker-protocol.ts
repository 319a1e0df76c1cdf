/**
 * What the page and the dataset worker say to each other: the page sends the file's bytes as they download,
 * then the end; the worker sends each run of records as soon as it has passed the check, then the outcome.
 * Sending records in runs spreads the cost of copying them into the page over many short tasks instead of one
 * that would freeze the page for seconds. A run read record by record (in the line layout, or from one line as
 * `JSON.stringify` writes it) that passed unchanged crosses as the text it came in (`parseRecordLines` reads it):
 * a string crosses as one copy, and parsing it on the page's otherwise idle core costs about what taking a
 * structured clone would, while the worker saves serialising every object (about as long again as parsing them).
 * `dataset.worker.ts` serves it; the tests serve it in-process, through the same messages.
 */
import { createDatasetReader, type DatasetReadOutcome } from './dataset-reader';
import * as validation from './dataset-validation';
import type { CollectionName } from './dataset-validation';

/** From the page: the next bytes, or the end of the file. */
export type DatasetWorkerRequest = { type: 'bytes'; bytes: Uint8Array } | { type: 'end' };

/**
 * To the page: records that passed, in order (the page drops them if the outcome is a failure), then once the
 * outcome, or an unexpected failure.
 */
export type DatasetWorkerReply =
  | { type: 'records'; collection: CollectionName; records: unknown[] }
  | { type: 'records-text'; collection: CollectionName; text: string }
  /** The records sent so far no longer count: the file is read again whole, and they come again. */
  | { type: 'discard' }
  /** A good dataset's records have crossed already, so only its header does. */
  | { type: 'outcome'; outcome: DatasetReadOutcome }
  | { type: 'failed'; detail: string };

/** The worker's side of a message channel: a worker's global scope, or a stand-in for one. */
export interface DatasetWorkerScope {
  onmessage: ((event: MessageEvent<DatasetWorkerRequest>) => void) | null;
  postMessage(message: DatasetWorkerReply): void;
}

/** Reads one file from the messages arriving at `scope`. */
export function serveDatasetReader(scope: DatasetWorkerScope): void {
  const reader = createDatasetReader(
    validation,
    (collection, records, text) =>
      scope.postMessage(
        text === undefined ? { type: 'records', collection, records } : { type: 'records-text', collection, text },
      ),
    () => scope.postMessage({ type: 'discard' }),
  );
  scope.onmessage = ({ data }) => {
    try {
      if (data.type === 'bytes') reader.push(data.bytes);
      else {
        scope.postMessage({ type: 'outcome', outcome: reader.finish() });
      }
    } catch (error) {
      scope.postMessage({ type: 'failed', detail: error instanceof Error ? error.message : String(error) });
    }
  };
}
