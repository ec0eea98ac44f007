import { checkEntityGraphArgs, checkFirst, checkWindow } from '../../src/dashboard/dashboardInput';
import { edgeId } from '../../src/dashboard/dashboardRecord';
import type { InputProblem } from '../../src/shared/errors';

/** Argument rules of the dashboard fields (entityGraph, activity, topSpeakers/topEntities) and edge ids. */

describe('checkEntityGraphArgs', () => {
  test('defaults: depth 1, limit 200, no window', () => {
    expect(checkEntityGraphArgs({ ids: ['iran'] })).toEqual({
      value: { ids: ['iran'], depth: 1, limit: 200, statedAfter: null, statedBefore: null },
      problems: [],
    });
  });

  test('explicit nulls take the defaults too', () => {
    expect(checkEntityGraphArgs({ ids: ['a'], depth: null, limit: null }).value).toMatchObject({ depth: 1, limit: 200 });
  });

  test('the bounds are inclusive: 1 and 50 ids, depth 1..3, limit 1..1000', () => {
    const fifty = Array.from({ length: 50 }, (_, i) => `e${i}`);
    expect(checkEntityGraphArgs({ ids: fifty, depth: 3, limit: 1000 }).problems).toEqual([]);
    expect(checkEntityGraphArgs({ ids: ['a'], depth: 1, limit: 1 }).problems).toEqual([]);
  });

  test('every problem is reported with its path', () => {
    const { problems } = checkEntityGraphArgs({ ids: [], depth: 4, limit: 0, statedAfter: '2031-02-01T00:00:00.000Z', statedBefore: '2031-01-01T00:00:00.000Z' });
    expect(problems.map((p) => p.path)).toEqual(['ids', 'depth', 'limit', 'statedBefore']);
    expect(problems[0].message).toBe('must list at least one entity id');
    expect(problems[1].message).toBe('must be between 1 and 3; got 4');
    expect(problems[2].message).toBe('must be between 1 and 1000; got 0');
  });

  test('more than 50 ids, a blank id, depth 0 and limit 1001 are refused', () => {
    const many = Array.from({ length: 51 }, (_, i) => `e${i}`);
    expect(checkEntityGraphArgs({ ids: many }).problems).toEqual([{ path: 'ids', message: 'may list at most 50 ids; got 51' }]);
    expect(checkEntityGraphArgs({ ids: ['a', ' '] }).problems).toEqual([{ path: 'ids[1]', message: 'is empty' }]);
    expect(checkEntityGraphArgs({ ids: ['a'], depth: 0 }).problems.map((p) => p.path)).toEqual(['depth']);
    expect(checkEntityGraphArgs({ ids: ['a'], limit: 1001 }).problems.map((p) => p.path)).toEqual(['limit']);
  });
});

describe('checkWindow', () => {
  test('statedBefore must be strictly later than statedAfter', () => {
    const problems: InputProblem[] = [];
    checkWindow({ statedAfter: '2031-01-01T00:00:00.000Z', statedBefore: '2031-01-01T00:00:00.000Z' }, problems, 'activity.');
    expect(problems).toEqual([{ path: 'activity.statedBefore', message: 'must be later than statedAfter (2031-01-01T00:00:00.000Z); got 2031-01-01T00:00:00.000Z' }]);
  });

  test('one bound alone, or none, is fine', () => {
    const problems: InputProblem[] = [];
    expect(checkWindow({ statedAfter: '2031-01-01T00:00:00.000Z' }, problems)).toEqual({ statedAfter: '2031-01-01T00:00:00.000Z', statedBefore: null });
    expect(checkWindow({}, problems)).toEqual({ statedAfter: null, statedBefore: null });
    expect(problems).toEqual([]);
  });
});

describe('checkFirst', () => {
  test('defaults when absent, accepts 1..100, refuses 0 and 101', () => {
    const problems: InputProblem[] = [];
    expect(checkFirst(undefined, 10, problems)).toBe(10);
    expect(checkFirst(100, 10, problems)).toBe(100);
    expect(problems).toEqual([]);
    checkFirst(0, 10, problems);
    checkFirst(101, 10, problems, 'claims.first');
    expect(problems.map((p) => p.path)).toEqual(['first', 'claims.first']);
  });
});

describe('edgeId', () => {
  test('directed types point with ->, the undirected CO_MENTIONED joins with --', () => {
    expect(edgeId('STATED_ABOUT', 'cnn', 'iran')).toBe('STATED_ABOUT:cnn->iran');
    expect(edgeId('PUBLISHED', 'cnn', 'us-officials')).toBe('PUBLISHED:cnn->us-officials');
    expect(edgeId('AFFILIATED_WITH', 'tehran', 'iran')).toBe('AFFILIATED_WITH:tehran->iran');
    expect(edgeId('CO_MENTIONED', 'iran', 'russia')).toBe('CO_MENTIONED:iran--russia');
  });
});
