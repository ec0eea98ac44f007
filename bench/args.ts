/**
 * Minimal `--name value` / `--flag` parsing for the bench scripts: unknown options are an error (a
 * typo must not silently run a different benchmark), numbers are checked.
 */
export type Args = Record<string, string | boolean>;

export function parseArgs(argv: string[], known: Record<string, 'string' | 'number' | 'flag'>): { options: Args; positional: string[] } {
  const options: Args = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2);
    const type = known[name];
    if (!type) throw new Error(`unknown option --${name}; known: ${Object.keys(known).map((k) => `--${k}`).join(', ')}`);
    if (type === 'flag') {
      options[name] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    if (type === 'number' && !/^\d+(_\d+)*$/.test(value)) throw new Error(`--${name} must be a whole number; got "${value}"`);
    options[name] = type === 'number' ? value.replace(/_/g, '') : value;
  }
  return { options, positional };
}

export function numberOption(options: Args, name: string, fallback: number): number {
  const v = options[name];
  return typeof v === 'string' ? Number(v) : fallback;
}
