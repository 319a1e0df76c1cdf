import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { staticImages } from '../../src/domain/static-images';

const pngSignature = '89504e470d0a1a0a';

/** A PNG's size in pixels, from its header chunk. */
function pngSize(file: string): { width: number; height: number } | null {
  const bytes = readFileSync(file);
  if (bytes.subarray(0, 8).toString('hex') !== pngSignature) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// Pixels differ between machines (fonts), so only presence and size are checked: a view whose reserved height
// changed, or a new view, calls for new images.
describe('the committed static images (public/images/)', () => {
  it.each(staticImages)('holds $file at the size the snippets and the pages declare', (image) => {
    const file = join('public', image.file);
    const hint = `run \`npm run images\` and commit ${file}`;
    expect(existsSync(file), `${file} is missing: ${hint}`).toBe(true);
    expect(pngSize(file), `${file} is not a PNG of the expected size: ${hint}`).toEqual({
      width: image.width * image.scale,
      height: image.height * image.scale,
    });
  });

  it('keeps each image small enough to ship in a feed (under 150 kB)', () => {
    for (const image of staticImages) {
      expect(readFileSync(join('public', image.file)).length, image.file).toBeLessThan(150_000);
    }
  });
});
