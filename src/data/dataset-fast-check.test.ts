import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { compileFastCheck } from './dataset-fast-check';
import { collectionSchemas, type Dataset } from './schema';

const committed = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Dataset;
const names = Object.keys(collectionSchemas) as (keyof typeof collectionSchemas)[];

function checkOf(name: keyof typeof collectionSchemas) {
  const check = compileFastCheck(collectionSchemas[name]);
  if (check === null) throw new Error(`no quick check for ${name}`);
  return check;
}

describe('compileFastCheck', () => {
  it('passes every collection of the real dataset as it is', () => {
    for (const name of names) expect(checkOf(name)(committed[name])).toBe(true);
  });

  it('says yes only where zod accepts the records and hands them back unchanged', () => {
    const targets = names.flatMap((name) =>
      (committed[name] as object[]).slice(0, 5).map((record) => ({ name, record })),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...targets),
        fc.nat(),
        fc.oneof(fc.jsonValue(), fc.constantFrom(' https://example.org', 'minsk', '2020-02-30', -1, 1.5, null, [])),
        ({ name, record }, pick, value) => {
          const keys = Object.keys(record);
          const key = keys[pick % (keys.length + 1)] ?? 'extra';
          const changed = [{ ...record, [key]: value }];
          if (checkOf(name)(changed))
            expect(collectionSchemas[name].safeParse(changed)).toEqual({ success: true, data: changed });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('says no to a record with a field the schema does not know, which zod would drop', () => {
    const [actor] = committed.actors;
    expect(checkOf('actors')([{ ...actor, nickname: 'x' }])).toBe(false);
    expect(collectionSchemas.actors.safeParse([{ ...actor, nickname: 'x' }]).data).toEqual([actor]);
  });

  it('says no to a missing field and to a broken rule inside a list', () => {
    const [event] = committed.events;
    if (!event) throw new Error('the dataset has events');
    const untitled: Partial<typeof event> = { ...event };
    delete untitled.title;
    expect(checkOf('events')([untitled])).toBe(false);
    expect(checkOf('events')([{ ...event, evidence: [] }])).toBe(false);
    expect(checkOf('events')([{ ...event, date: '2020-13-01' }])).toBe(false);
  });

  it('takes an optional field absent, and checks it where present', () => {
    const check = compileFastCheck(z.object({ id: z.string(), names: z.optional(z.object({ be: z.string() })) }))!;
    expect(check({ id: 'minsk' })).toBe(true);
    expect(check({ id: 'minsk', names: { be: 'Мінск' } })).toBe(true);
    expect(check({ id: 'minsk', names: { be: 1 } })).toBe(false);
    expect(check({ id: 'minsk', other: 1 })).toBe(false);
    expect(check({ names: { be: 'Мінск' } })).toBe(false);
  });

  it('declines schemas it cannot vouch for, leaving them to zod', () => {
    expect(
      compileFastCheck(
        z.pipe(
          z.string(),
          z.transform((text) => text.trim()),
        ),
      ),
    ).toBeNull();
    expect(compileFastCheck(z.object({ note: z._default(z.string(), '') }))).toBeNull();
    expect(compileFastCheck(z.looseObject({ id: z.string() }))).toBeNull();
  });
});
