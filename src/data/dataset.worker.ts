/**
 * The dataset's reader, off the page's main thread: the page hands it the file's bytes as they download and
 * gets back the checked dataset (or what is wrong with the file) once. Parsing and checking a large file take
 * seconds; here they never block a reader's scrolling or typing. Imports no React, so both builds (React and
 * preact/compat) use the same worker.
 */
import { createDatasetReader, type DatasetReadOutcome } from './dataset-reader';
import * as validation from './dataset-validation';

/** From the page: the next bytes, or the end of the file. */
export type DatasetWorkerRequest = { type: 'bytes'; bytes: Uint8Array } | { type: 'end' };

/** To the page, once: the outcome, or an unexpected failure; `sentAt` is on the epoch clock. */
export type DatasetWorkerReply =
  | { type: 'outcome'; outcome: DatasetReadOutcome; sentAt: number }
  | { type: 'failed'; detail: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<DatasetWorkerRequest>) => void) | null;
  postMessage(message: DatasetWorkerReply): void;
}

const scope = self as unknown as WorkerScope;
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
