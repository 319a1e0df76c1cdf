/**
 * The dataset's reader, off the page's main thread: the page hands it the file's bytes as they download and
 * gets back the checked dataset (or what is wrong with the file) once. Parsing and checking a large file take
 * seconds; here they never block a reader's scrolling or typing. Imports no React, so both builds (React and
 * preact/compat) use the same worker.
 */
import { serveDatasetReader } from './dataset-worker-protocol';

serveDatasetReader(self);
