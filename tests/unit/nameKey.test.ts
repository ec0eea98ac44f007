import { nameKey, nameKeys } from '../../src/entity/nameKey';

test('hyphens, spaces and case are ignored', () => {
  expect(nameKey('Hossein Amir-Abdollahian')).toBe('hosseinamirabdollahian');
  expect(nameKey('Hossein Amirabdollahian')).toBe('hosseinamirabdollahian');
  expect(nameKey('HOSSEIN  AMIR ABDOLLAHIAN')).toBe('hosseinamirabdollahian');
});

test('diacritics are removed', () => {
  expect(nameKey('ÍRAN')).toBe('iran');
  expect(nameKey('Zoë Ångström')).toBe('zoeangstrom');
  expect(nameKey('São Paulo')).toBe(nameKey('Sao Paulo'));
});

test('punctuation is ignored: U.S. = US, typographic apostrophes too', () => {
  expect(nameKey('U.S.')).toBe('us');
  expect(nameKey('Iran’s UN mission')).toBe(nameKey("Iran's UN mission"));
  expect(nameKey('Shahed-136')).toBe('shahed136');
});

test('compatibility forms are folded (full-width letters and digits)', () => {
  expect(nameKey('ＣＮＮ')).toBe('cnn');
  expect(nameKey('Shahed-１３６')).toBe('shahed136');
});

test('non-Latin letters are kept, not dropped', () => {
  expect(nameKey('Київ')).toBe(nameKey('КИЇВ'));
  expect(nameKey('Київ')).toMatch(/^ки.в$/u);
  expect(nameKey('حسین امیرعبداللهیان')).not.toBe('');
});

test('a name of punctuation only has an empty key', () => {
  expect(nameKey('--- ...')).toBe('');
});

test('nameKeys: distinct, non-empty keys of the name and its aliases, name first', () => {
  expect(nameKeys('United States', ['US', 'U.S.', 'united states', '...'])).toEqual(['unitedstates', 'us']);
  expect(nameKeys('Iran')).toEqual(['iran']);
});
