/**
 * The wire format of NPR's pym.js v1, so a newsroom whose CMS already runs pym.js sizes our embeds with
 * no code of ours: `pym` + `xPYMx` + childId + `xPYMx` + type + `xPYMx` + payload, posted as a string.
 * public/embed.js repeats the height check in plain ES2017 (it may import nothing); the shared cases in
 * embed-loader.test.ts keep the two in agreement.
 */

const delimiter = 'xPYMx';
/** Taller than any embed could be; anything above is a broken or hostile message. */
export const maxEmbedHeight = 100_000;

export interface PymMessage {
  type: string;
  payload: string;
}

/** A pym.js message for the parent (or child) frame addressed by `childId`. */
function buildPymMessage(childId: string, type: string, payload: string): string {
  return ['pym', childId, type, payload].join(delimiter);
}

/** The pym.js message telling the parent the child's content height, in whole CSS pixels. */
export function buildPymHeightMessage(childId: string, height: number): string {
  return buildPymMessage(childId, 'height', String(Math.ceil(height)));
}

/** Reads a pym.js message addressed to `childId`; null for anything else (other ids, objects, noise). */
export function parsePymMessage(data: unknown, childId: string): PymMessage | null {
  if (typeof data !== 'string' || childId === '') return null;
  const prefix = `pym${delimiter}${childId}${delimiter}`;
  if (!data.startsWith(prefix)) return null;
  const rest = data.slice(prefix.length);
  const split = rest.indexOf(delimiter);
  if (split <= 0) return null;
  const type = rest.slice(0, split);
  // pym.js's own pattern requires a type without whitespace.
  if (/\s/.test(type)) return null;
  return { type, payload: rest.slice(split + delimiter.length) };
}

/** The height in a pym.js `height` message for `childId`, or null unless it is a sane whole number of pixels. */
export function parsePymHeight(data: unknown, childId: string): number | null {
  const message = parsePymMessage(data, childId);
  if (message?.type !== 'height' || !/^\d{1,6}$/.test(message.payload)) return null;
  const height = Number(message.payload);
  return height > 0 && height <= maxEmbedHeight ? height : null;
}
