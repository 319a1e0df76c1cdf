import fc from 'fast-check';
import { buildPymHeightMessage, parsePymHeight, parsePymMessage } from './pym-messages';

describe('pym.js message format', () => {
  it('writes the exact string pym.js v1 parents listen for', () => {
    expect(buildPymHeightMessage('chart-1', 412)).toBe('pymxPYMxchart-1xPYMxheightxPYMx412');
  });

  it('rounds a fractional height up so the frame never clips the last pixel row', () => {
    expect(buildPymHeightMessage('a', 412.2)).toBe('pymxPYMxaxPYMxheightxPYMx413');
  });

  it('reads any message written in pym.js’s format', () => {
    const id = fc.string({ minLength: 1 }).filter((s) => !s.includes('xPYMx'));
    const type = fc.stringMatching(/^[A-Za-z-]{1,20}$/).filter((s) => !s.includes('xPYMx'));
    fc.assert(
      fc.property(id, type, fc.string(), (childId, messageType, payload) => {
        expect(parsePymMessage(`pymxPYMx${childId}xPYMx${messageType}xPYMx${payload}`, childId)).toEqual({
          type: messageType,
          payload,
        });
      }),
    );
  });

  it('ignores messages for another child, so two embeds on a page never take each other’s height', () => {
    const message = buildPymHeightMessage('embed-1', 300);
    expect(parsePymHeight(message, 'embed-1')).toBe(300);
    expect(parsePymHeight(message, 'embed-10')).toBeNull();
    expect(parsePymHeight(buildPymHeightMessage('embed-10', 300), 'embed-1')).toBeNull();
  });

  it.each([
    ['an object', { height: 300 }],
    ['a number', 300],
    ['text with a unit', 'pymxPYMxaxPYMxheightxPYMx300px'],
    ['a negative height', 'pymxPYMxaxPYMxheightxPYMx-300'],
    ['a zero height', 'pymxPYMxaxPYMxheightxPYMx0'],
    ['an absurd height', 'pymxPYMxaxPYMxheightxPYMx999999'],
    ['another message type', 'pymxPYMxaxPYMxwidthxPYMx300'],
    ['an AMP message', JSON.stringify({ sentinel: 'amp', type: 'embed-size', height: 300 })],
  ])('rejects %s as a height', (_label, data) => {
    expect(parsePymHeight(data, 'a')).toBeNull();
  });
});
