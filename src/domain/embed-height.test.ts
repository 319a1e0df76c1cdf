import { createHeightReporter, getHeightMessages } from './embed-height';

describe('height messages', () => {
  it('answers AMP in the shape amp-iframe expects, in whole pixels rounded up', () => {
    expect(getHeightMessages(null, 300.4)).toEqual([{ sentinel: 'amp', type: 'embed-size', height: 301 }]);
  });

  it('sends pym.js and AMP messages when the parent gave a childId', () => {
    expect(getHeightMessages('story-chart', 480)).toEqual([
      'pymxPYMxstory-chartxPYMxheightxPYMx480',
      { sentinel: 'amp', type: 'embed-size', height: 480 },
    ]);
  });

  it('sends only AMP’s message without a childId (a plain iframe or amp-iframe)', () => {
    expect(getHeightMessages(null, 480)).toEqual([{ sentinel: 'amp', type: 'embed-size', height: 480 }]);
  });
});

describe('createHeightReporter', () => {
  it('reports a height once, however often the observer fires with it', () => {
    const sent: number[] = [];
    const reporter = createHeightReporter((height) => sent.push(height));
    reporter.report(400);
    reporter.report(400);
    reporter.report(399.6);
    reporter.report(520);
    expect(sent).toEqual([400, 520]);
  });

  it('ignores heights that would hide or explode the frame', () => {
    const sent: number[] = [];
    const reporter = createHeightReporter((height) => sent.push(height));
    for (const height of [0, -5, Number.NaN, Number.POSITIVE_INFINITY, 1e9]) reporter.report(height);
    expect(sent).toEqual([]);
  });

  it('resends the last height on request, and nothing before the first one', () => {
    const sent: number[] = [];
    const reporter = createHeightReporter((height) => sent.push(height));
    reporter.resend();
    reporter.report(610);
    reporter.resend();
    expect(sent).toEqual([610, 610]);
  });
});
