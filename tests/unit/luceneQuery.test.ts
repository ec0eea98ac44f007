import { toLuceneQuery } from '../../src/search/luceneQuery';

test('plain words pass through, whitespace collapsed', () => {
  expect(toLuceneQuery('  hundreds   of\tdrones ')).toBe('hundreds of drones');
});

test('every Lucene special character is escaped', () => {
  expect(toLuceneQuery('Shahed-136')).toBe('Shahed\\-136');
  expect(toLuceneQuery('a+b (c) {d} [e] ^f "g" ~h *i ?j k:l \\m n/o p&&q r||s !t')).toBe(
    'a\\+b \\(c\\) \\{d\\} \\[e\\] \\^f \\"g\\" \\~h \\*i \\?j k\\:l \\\\m n\\/o p\\&\\&q r\\|\\|s \\!t',
  );
});

test('boolean operators become plain words', () => {
  expect(toLuceneQuery('Iran AND Russia OR NOT Ukraine')).toBe('Iran and Russia or not Ukraine');
  // lower-case words and words containing the operators are left alone
  expect(toLuceneQuery('and ANDROID NOTE')).toBe('and ANDROID NOTE');
});

test('terms of syntax only are dropped; nothing searchable gives null', () => {
  expect(toLuceneQuery('drones * ? -')).toBe('drones');
  expect(toLuceneQuery('* ? ( ) "')).toBeNull();
  expect(toLuceneQuery('   ')).toBeNull();
  expect(toLuceneQuery('')).toBeNull();
});

test('non-Latin text is searchable', () => {
  expect(toLuceneQuery('Київ')).toBe('Київ');
});
