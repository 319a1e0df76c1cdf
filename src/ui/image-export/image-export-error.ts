import type { MessageKey } from '../../domain/translate';

/** Why an image cannot be made, as a message key, so the reader is told in their own language. */
export class ImageExportError extends Error {
  constructor(readonly reason: MessageKey) {
    super(reason);
    this.name = 'ImageExportError';
  }
}
