/**
 * What an embedded page tells its parent about its height: pym.js's string (when the parent gave a
 * childId) and AMP's `embed-size` request (so the same URL works in an `amp-iframe resizable`).
 */
import { buildPymHeightMessage, maxEmbedHeight } from './pym-messages';

export interface AmpEmbedSizeMessage {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

/** AMP's resize request; AMP grants it when the frame is out of view or after the reader's interaction. */
function buildAmpEmbedSizeMessage(height: number): AmpEmbedSizeMessage {
  return { sentinel: 'amp', type: 'embed-size', height: Math.ceil(height) };
}

/** Every message announcing `height`: pym.js's only when there is a childId to address it to. */
export function getHeightMessages(childId: string | null, height: number): (string | AmpEmbedSizeMessage)[] {
  const amp = buildAmpEmbedSizeMessage(height);
  return childId === null ? [amp] : [buildPymHeightMessage(childId, height), amp];
}

export interface HeightReporter {
  /** Sends the height if it is a new whole number of pixels; says whether it sent. */
  report: (height: number) => boolean;
  /** Sends the last height again, for a parent that asks (pym.js's `width` message). */
  resend: () => void;
}

/**
 * Reports heights only when they change. A parent that sets the frame's height makes the child's
 * viewport change, which must not become another report: that is how resize loops start.
 */
export function createHeightReporter(send: (height: number) => void): HeightReporter {
  let last: number | null = null;
  return {
    report(height) {
      const rounded = Math.ceil(height);
      if (!Number.isFinite(rounded) || rounded <= 0 || rounded > maxEmbedHeight || rounded === last) return false;
      last = rounded;
      send(rounded);
      return true;
    },
    resend() {
      if (last !== null) send(last);
    },
  };
}
