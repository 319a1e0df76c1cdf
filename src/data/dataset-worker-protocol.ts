/**
 * What the page and the dataset worker say to each other: the page sends the file's bytes as they download,
 * then the end; the worker answers once with the outcome. `dataset.worker.ts` serves it; the tests serve it
 * in-process, through the same messages.
 */
import { createDatasetReader, type DatasetReadOutcome } from './dataset-reader';
import * as validation from './dataset-validation';

/** From the page: the next bytes, or the end of the file. */
export type DatasetWorkerRequest = { type: 'bytes'; bytes: Uint8Array } | { type: 'end' };

/** To the page, once: the outcome, or an unexpected failure; `sentAt` is on the epoch clock. */
export type DatasetWorkerReply =
  { type: 'outcome'; outcome: DatasetReadOutcome; sentAt: number } | { type: 'failed'; detail: string };

/** The worker's side of a message channel: a worker's global scope, or a stand-in for one. */
export interface DatasetWorkerScope {
  onmessage: ((event: MessageEvent<DatasetWorkerRequest>) => void) | null;
  postMessage(message: DatasetWorkerReply): void;
}

/** Reads one file from the messages arriving at `scope`. */
export function serveDatasetReader(scope: DatasetWorkerScope): void {
  const reader = createDatasetReader(validation);
  scope.onmessage = ({ data }) => {
    try {
      if (data.type === 'bytes') reader.push(data.bytes);
      else {
        const outcome = reader.finish();
        scope.postMessage({ type: 'outcome', outcome, sentAt: performance.timeOrigin + performance.now() });
      }
    } catch (error) {
      scope.postMessage({ type: 'failed', detail: error instanceof Error ? error.message : String(error) });
    }
  };
}
