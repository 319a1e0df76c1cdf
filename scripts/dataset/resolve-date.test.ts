import { describe, expect, it } from 'vitest';
import { resolveDateExpression } from './resolve-date';

const resolve = (expression: string, published: string) => {
  const result = resolveDateExpression(expression, published);
  return result.ok ? result.date : result.reason;
};

describe('resolveDateExpression', () => {
  it('reads weekdays as the latest such day on or before publication', () => {
    expect(resolve('on Monday', '2020-08-17')).toBe('2020-08-17'); // published on a Monday
    expect(resolve('on Monday', '2020-08-14')).toBe('2020-08-10'); // chrono alone says 2020-08-17
    expect(resolve('on Tuesday', '2020-08-16')).toBe('2020-08-11');
    expect(resolve('late Thursday', '2020-08-14')).toBe('2020-08-13');
  });

  it('reads relative words and explicit dates', () => {
    expect(resolve('yesterday', '2020-10-27')).toBe('2020-10-26');
    expect(resolve('last Sunday’s vote', '2020-08-16')).toBe('2020-08-09');
    expect(resolve('the August 9 election', '2020-10-27')).toBe('2020-08-09');
    expect(resolve('midnight on Sunday', '2020-10-27')).toBe('2020-10-25');
  });

  it('explains what it cannot read', () => {
    expect(resolve('in recent weeks', '2020-10-27')).toMatch(/not a date expression/);
  });
});
