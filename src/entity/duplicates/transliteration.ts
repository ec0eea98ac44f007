/**
 * Spellings of one name in different transliterations (Ukrainian, Russian, English, German, Persian
 * and Arabic romanisations): "Mykola" (Ukrainian) and "Nikolai" (Russian) name the same person, as
 * "Kyiv" and "Kiev" name one city. Each group lists the spellings as name tokens (lower case, no
 * accents); the first is the group's canonical spelling. Edit distance cannot find these: "mykola"
 * and "nikolai" differ in four letters of seven.
 */
const GROUPS: readonly (readonly string[])[] = [
  // given names
  ['mykola', 'nikolai', 'nikolay', 'nikolaj', 'mikola', 'nicolai', 'nikola'],
  ['oleksandr', 'aleksandr', 'alexander', 'alexandr', 'aleksander', 'oleksander', 'olexandr', 'alexandre'],
  ['volodymyr', 'vladimir', 'wladimir', 'volodimir', 'wolodymyr'],
  ['serhiy', 'sergei', 'sergey', 'serhii', 'sergiy', 'sergii', 'serguei', 'sergej', 'serhij'],
  ['andriy', 'andrei', 'andrey', 'andrii', 'andrej', 'andrij'],
  ['dmytro', 'dmitry', 'dmitri', 'dmitriy', 'dmitrii', 'dmitrij'],
  ['yuriy', 'yuri', 'yury', 'yurii', 'iurii', 'jurij', 'juri', 'iuri'],
  ['oleksiy', 'alexei', 'alexey', 'aleksei', 'aleksey', 'oleksii', 'olexiy', 'aleksej', 'alexej'],
  ['mykhailo', 'mikhail', 'mykhaylo', 'michail', 'mihail', 'mikhaylo', 'mychajlo'],
  ['yevhen', 'evgeny', 'yevgeny', 'evgeniy', 'yevgeniy', 'evgenii', 'ievgen', 'yevgen'],
  ['hennadiy', 'gennady', 'gennadiy', 'gennadii', 'hennadii'],
  ['hryhoriy', 'grigory', 'grigoriy', 'hryhorii', 'grigorii'],
  ['vasyl', 'vasily', 'vasiliy', 'vassily', 'vasilii'],
  ['ihor', 'igor'],
  ['oleh', 'oleg'],
  ['petro', 'pyotr', 'petr'],
  ['pavlo', 'pavel'],
  ['anatoliy', 'anatoly', 'anatolii', 'anatolij'],
  ['vitaliy', 'vitaly', 'vitali', 'vitalii'],
  ['valeriy', 'valery', 'valerii', 'valeri'],
  ['yulia', 'yuliya', 'iuliia', 'julia', 'yuliia'],
  ['olena', 'elena', 'yelena', 'jelena'],
  ['tetiana', 'tatiana', 'tatyana', 'tetyana'],
  ['iryna', 'irina'],
  ['kateryna', 'ekaterina', 'yekaterina', 'katerina'],
  ['nataliya', 'natalia', 'natalya', 'nataliia'],
  ['hossein', 'hosein', 'hussein', 'husain', 'hussain', 'husayn'],
  ['mohammad', 'mohammed', 'muhammad', 'mohamed', 'muhammed', 'mohamad'],
  ['ali', 'aly'],
  // surnames
  ['zelensky', 'zelenskyy', 'zelenskiy', 'zelenskyi', 'zelenskii', 'selenskyj', 'zelenskij'],
  ['shoigu', 'shoygu'],
  ['lavrov', 'lawrow'],
  ['kuleba', 'kulieba'],
  ['podolyak', 'podoliak'],
  // places
  ['kyiv', 'kiev', 'kyjiw', 'kiew'],
  ['kharkiv', 'kharkov', 'charkiw'],
  ['odesa', 'odessa'],
  ['lviv', 'lvov', 'lwow', 'lemberg'],
  ['mykolaiv', 'nikolaev', 'nikolayev', 'mikolaiv'],
  ['zaporizhzhia', 'zaporozhye', 'zaporizhia', 'zaporizhzhya', 'zaporozhie'],
  ['dnipro', 'dnepr', 'dnipropetrovsk', 'dnepropetrovsk'],
  ['luhansk', 'lugansk'],
  ['chernihiv', 'chernigov'],
  ['kherson', 'cherson'],
  ['bakhmut', 'artemivsk', 'artyomovsk'],
  ['tehran', 'teheran'],
];

const CANONICAL: ReadonlyMap<string, string> = new Map(GROUPS.flatMap((group) => group.map((spelling) => [spelling, group[0]] as const)));

/** The canonical spelling of a name token: "nikolai" and "mikola" give "mykola"; other tokens are unchanged. */
export function canonicalToken(token: string): string {
  return CANONICAL.get(token) ?? token;
}

/** True when two different tokens are spellings of one name. */
export function transliterationEquivalent(a: string, b: string): boolean {
  return a !== b && canonicalToken(a) === canonicalToken(b);
}

/** Every spelling of a token's group, the token included (for matching initials: "M." fits "Nikolai" as "Mykola"). */
export function spellings(token: string): string[] {
  const canonical = canonicalToken(token);
  return GROUPS.find((g) => g[0] === canonical)?.slice() ?? [token];
}

/** The spelling -> canonical table as a plain object, for the blocking query's `$canonical` parameter. */
export function canonicalTable(): Record<string, string> {
  return Object.fromEntries(CANONICAL);
}
