/** The bare page: runs each measurement in a fresh worker, so no run inherits another's heap or compiled code. */
import type { FloorReply, FloorRequest } from './floor-protocol';

function measureInWorker(request: FloorRequest): Promise<FloorReply> {
  const worker = new Worker(new URL('./floor-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<FloorReply>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<FloorReply>) => resolve(data);
    worker.onerror = (event) => reject(new Error(event.message));
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}

Object.assign(window, { measureInWorker });
