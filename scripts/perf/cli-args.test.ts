import { parseCliArgs } from './cli-args';

const spec = { values: ['sizes', 'label'], flags: ['build'] } as const;
const parse = (...argv: string[]) => parseCliArgs('bench', spec, argv);

describe('parseCliArgs', () => {
  it('reads values written either way, and flags', () => {
    const args = parse('--sizes', 'real,1000', '--label=after-fix', '--build');
    expect(args.value('sizes')).toBe('real,1000');
    expect(args.value('label')).toBe('after-fix');
    expect(args.flag('build')).toBe(true);
  });

  it('leaves what was not given undefined or false', () => {
    const args = parse();
    expect(args.value('sizes')).toBeUndefined();
    expect(args.flag('build')).toBe(false);
  });

  it('reads a list, or its fallback, item by item', () => {
    expect(parse('--sizes', 'real, 1000').list('sizes', '100000')).toEqual(['real', '1000']);
    expect(parse().list('sizes', 'real,10000')).toEqual(['real', '10000']);
  });

  it('names every unknown option at once, with the known ones', () => {
    expect(() => parse('--size', '100', '--bild')).toThrow(
      'bench: unknown option --size, --bild (known: --sizes, --label, --build)',
    );
  });

  it('refuses an option without its value, a flag with one, and a stray word', () => {
    expect(() => parse('--label')).toThrow('bench: --label needs a value');
    expect(() => parse('--build=yes')).toThrow('bench: --build takes no value');
    expect(() => parse('real')).toThrow('bench: unexpected argument "real"');
  });
});
