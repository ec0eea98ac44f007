import path from 'node:path';
import { parseDateTime } from '../shared/dateTime';

/**
 * Command-line arguments of `npm run extract`, parsed and checked without touching the file system
 * (the CLI reads the files): a usage problem is an Error with a message a person can act on.
 */
export interface ExtractArgs {
  article: string;
  url: string | null;
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
  format: 'bundle' | 'attributions';
  known: string[] | null;
}

export const EXTRACT_USAGE =
  'usage: npm run extract -- ARTICLE.txt [--url U] [--title T] [--publisher NAME] [--published-at ISO] [--format bundle|attributions] [--known BUNDLE.json ...]';

const VALUE_FLAGS = new Set(['--url', '--title', '--publisher', '--published-at', '--format']);

export function parseExtractArgs(argv: readonly string[]): ExtractArgs {
  const values = new Map<string, string>();
  const known: string[] = [];
  let knownGiven = false;
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--known') {
      knownGiven = true;
      // --known takes one or more files, up to the next flag.
      while (i + 1 < argv.length && !argv[i + 1].startsWith('--')) known.push(argv[++i]);
      if (!known.length) throw new Error(`--known needs at least one bundle file\n${EXTRACT_USAGE}`);
    } else if (VALUE_FLAGS.has(arg)) {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) throw new Error(`${arg} needs a value\n${EXTRACT_USAGE}`);
      values.set(arg, v);
      i++;
    } else if (arg.startsWith('--')) {
      throw new Error(`unknown option ${arg}\n${EXTRACT_USAGE}`);
    } else positional.push(arg);
  }
  if (positional.length !== 1) throw new Error(`expected exactly one article file, got ${positional.length}\n${EXTRACT_USAGE}`);
  const format = values.get('--format') ?? 'bundle';
  if (format !== 'bundle' && format !== 'attributions') throw new Error(`--format must be "bundle" or "attributions", got "${format}"`);
  const publishedAtText = values.get('--published-at');
  const publishedAt = publishedAtText === undefined ? null : parseDateTime(publishedAtText);
  if (publishedAt === undefined) {
    throw new Error(`--published-at must be an ISO-8601 date-time with a time zone (2022-11-21T12:00:00Z) or a date; got "${publishedAtText}"`);
  }
  const url = values.get('--url') ?? null;
  if (url !== null && !/^https?:\/\/\S+$/i.test(url)) throw new Error(`--url must be an http(s) URL; got "${url}"`);
  return {
    article: path.resolve(positional[0]),
    url,
    title: values.get('--title') ?? null,
    publisher: values.get('--publisher') ?? null,
    publishedAt,
    format,
    known: knownGiven ? known : null,
  };
}
