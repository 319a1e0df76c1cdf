/** The one command-line reader of the measuring scripts (bench, lighthouse, synth). */

export interface CliSpec<V extends string, F extends string> {
  /** Options that take a value: `--name value` or `--name=value`. */
  values: readonly V[];
  /** Options that stand alone: `--name`. */
  flags?: readonly F[];
}

export interface CliArgs<V extends string, F extends string> {
  /** The value given for `--name`, or undefined. */
  value(name: V): string | undefined;
  /** Whether `--name` was given. */
  flag(name: F): boolean;
  /** `--name a, b` as `['a', 'b']`, or `fallback` read the same way when it was not given. */
  list(name: V, fallback: string): string[];
}

/**
 * Reads `argv` (without node and the script) against the options a tool knows. Anything else, or an option
 * without its value, is an error naming the tool, so a mistyped option fails loudly instead of being ignored.
 */
export function parseCliArgs<V extends string, F extends string = never>(
  tool: string,
  spec: CliSpec<V, F>,
  argv: readonly string[] = process.argv.slice(2),
): CliArgs<V, F> {
  const flagNames: readonly string[] = spec.flags ?? [];
  const valueNames: readonly string[] = spec.values;
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const unknown: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] as string;
    if (!argument.startsWith('--')) throw new Error(`${tool}: unexpected argument "${argument}"`);
    const [name, inline] = argument.slice(2).split('=', 2) as [string, string | undefined];
    if (flagNames.includes(name)) {
      if (inline !== undefined) throw new Error(`${tool}: --${name} takes no value`);
      flags.add(name);
    } else if (valueNames.includes(name)) {
      const value = inline ?? argv[++index];
      if (value === undefined) throw new Error(`${tool}: --${name} needs a value`);
      values.set(name, value);
    } else {
      unknown.push(name);
      // Its value, if it has one, is not a stray argument: the report below names the option instead.
      if (inline === undefined && argv[index + 1]?.startsWith('--') === false) index++;
    }
  }
  if (unknown.length > 0) {
    const known = [...valueNames, ...flagNames];
    throw new Error(`${tool}: unknown option --${unknown.join(', --')} (known: --${known.join(', --')})`);
  }
  return {
    value: (name) => values.get(name),
    flag: (name) => flags.has(name),
    list: (name, fallback) => (values.get(name) ?? fallback).split(',').map((item) => item.trim()),
  };
}
