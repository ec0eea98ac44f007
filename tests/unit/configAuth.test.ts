import { loadConfig } from '../../src/config';

test('READ_REQUIRES_KEY: reads are open by default; true requires a key; anything else names the variable', () => {
  expect(loadConfig({}).readRequiresKey).toBe(false);
  expect(loadConfig({ READ_REQUIRES_KEY: '' }).readRequiresKey).toBe(false);
  expect(loadConfig({ READ_REQUIRES_KEY: 'true' }).readRequiresKey).toBe(true);
  expect(loadConfig({ READ_REQUIRES_KEY: 'false' }).readRequiresKey).toBe(false);
  expect(() => loadConfig({ READ_REQUIRES_KEY: 'yes' })).toThrow(/READ_REQUIRES_KEY/);
});
