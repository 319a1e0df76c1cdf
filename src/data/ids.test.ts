import { idSchema } from './schema';
import { isId } from './ids';

const ids = ['minsk', 'lukashenko', 'reuters-2020-08-16', 'a', '2020', 'x-1-y'];
const notIds = [
  '',
  'Minsk',
  'minsk ',
  ' minsk',
  '-minsk',
  'minsk-',
  'new--york',
  'new_york',
  'new york',
  'mińsk',
  'a/b',
];

describe('isId', () => {
  it.each(ids)('accepts the lowercase slug %j', (value) => {
    expect(isId(value)).toBe(true);
  });

  it.each(notIds)('refuses %j', (value) => {
    expect(isId(value)).toBe(false);
  });
});

describe('idSchema', () => {
  it('accepts and refuses the same ids as the URL does, with a message an editor can act on', () => {
    for (const value of ids) expect(idSchema.safeParse(value).success).toBe(true);
    for (const value of notIds) {
      expect(idSchema.safeParse(value).error?.issues[0]?.message).toBe('must be a lowercase slug like "minsk"');
    }
  });
});
