import { javaMajorVersion, REQUIRED_JAVA } from '../../src/db/local/javaTools';

test.each([
  ['openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6)', 17],
  ['openjdk version "21" 2023-09-19', 21],
  ['openjdk version "21.0.2" 2024-01-16 LTS', 21],
  ['java version "1.8.0_392"\nJava(TM) SE Runtime Environment', 8],
  ['java version "11.0.20" 2023-07-18 LTS', 11],
  ['Picked up JAVA_TOOL_OPTIONS: -Xmx1g\nopenjdk version "25-ea" 2025-09-16', 25],
])('%j -> %i', (output, major) => {
  expect(javaMajorVersion(output)).toBe(major);
});

test.each(['', 'bash: java: command not found', 'openjdk 17.0.2 2022-01-18'])('no version in %j', (output) => {
  expect(javaMajorVersion(output)).toBeUndefined();
});

test('Java 17 is the minimum', () => {
  expect(REQUIRED_JAVA).toBe(17);
  expect(javaMajorVersion('java version "1.8.0_392"')! < REQUIRED_JAVA).toBe(true);
});
