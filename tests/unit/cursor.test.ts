import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, MAX_PAGE_SIZE, pageSize, toConnection } from '../../src/shared/cursor';
import { BadUserInputError } from '../../src/shared/errors';

function problems(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(BadUserInputError);
    return (e as BadUserInputError).problems;
  }
  throw new Error('expected BadUserInputError');
}

test('a cursor round-trips a string or numeric key with its id', () => {
  for (const position of [{ key: '2022-11-21T12:00:00.000Z', id: 'attr-1' }, { key: 42, id: 'x' }, { key: '', id: '' }]) {
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  }
});

test('cursors are opaque url-safe strings', () => {
  expect(encodeCursor({ key: 'é/?+', id: 'a b' })).toMatch(/^[A-Za-z0-9_-]+$/);
});

test('no cursor decodes to null', () => {
  expect(decodeCursor(null)).toBeNull();
  expect(decodeCursor(undefined)).toBeNull();
});

test.each([
  ['not base64 json', 'garbage!!'],
  ['json of the wrong shape', Buffer.from(JSON.stringify({ key: 1, id: 'x' })).toString('base64url')],
  ['too many elements', Buffer.from(JSON.stringify([1, 'x', 2])).toString('base64url')],
  ['non-string id', Buffer.from(JSON.stringify([1, 2])).toString('base64url')],
  ['object key', Buffer.from(JSON.stringify([{}, 'x'])).toString('base64url')],
  ['empty string', ''],
])('a tampered cursor (%s) is BAD_USER_INPUT naming the argument', (_, cursor) => {
  expect(problems(() => decodeCursor(cursor, 'statements.after'))).toEqual([
    { path: 'statements.after', message: 'is not a cursor this API issued; pass a pageInfo.endCursor from a previous page' },
  ]);
});

test('pageSize defaults to 20 and accepts 0..100', () => {
  expect(DEFAULT_PAGE_SIZE).toBe(20);
  expect(MAX_PAGE_SIZE).toBe(100);
  expect(pageSize(undefined)).toBe(20);
  expect(pageSize(null)).toBe(20);
  expect(pageSize(0)).toBe(0);
  expect(pageSize(100)).toBe(100);
});

test.each([101, -1, 2.5])('pageSize rejects %p', (n) => {
  const [p] = problems(() => pageSize(n));
  expect(p.path).toBe('first');
  expect(p.message).toContain(String(n));
});

test('toConnection: a page of limit rows, hasNextPage from the extra row, endCursor at the last edge', () => {
  const rows = [1, 2, 3].map((i) => ({ key: i * 10, node: { id: `n${i}` } }));
  const c = toConnection(rows, 2, 7);
  expect(c.edges.map((e) => e.node.id)).toEqual(['n1', 'n2']);
  expect(c.pageInfo.hasNextPage).toBe(true);
  expect(c.pageInfo.endCursor).toBe(c.edges[1].cursor);
  expect(decodeCursor(c.pageInfo.endCursor)).toEqual({ key: 20, id: 'n2' });
  expect(c.totalCount).toBe(7);

  const last = toConnection(rows.slice(0, 2), 2, 2);
  expect(last.pageInfo.hasNextPage).toBe(false);
  const empty = toConnection([], 20, 0);
  expect(empty).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 });
});

test('a cursor names its list: one list refuses another list\'s cursor instead of answering an empty page', () => {
  const fromEntities = encodeCursor({ key: 'iran', id: 'iran' }, 'entities');
  expect(decodeCursor(fromEntities, 'after', 'entities')).toEqual({ key: 'iran', id: 'iran' });
  expect(problems(() => decodeCursor(fromEntities, 'after', 'statements'))[0].path).toBe('after');
  expect(problems(() => decodeCursor(encodeCursor({ key: 1, id: 'a' }), 'after', 'statements'))[0].path).toBe('after');
});
