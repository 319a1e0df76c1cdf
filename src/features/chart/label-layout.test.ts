import {
  assignRows,
  estimateTextWidth,
  layoutVagueLabels,
  MAX_LABELLED_MARKS,
  pickLabelledMarks,
  placePointLabels,
  shortenTitle,
} from './label-layout';

describe('assignRows', () => {
  it('keeps labels that do not touch in the first row', () => {
    expect(
      assignRows(
        [
          { start: 0, end: 50 },
          { start: 100, end: 150 },
        ],
        3,
      ),
    ).toEqual([0, 0]);
  });

  it('moves the labels of neighbouring dates to the next free row', () => {
    const rows = assignRows(
      [
        { start: 300, end: 420 },
        { start: 308, end: 400 },
        { start: 316, end: 390 },
        { start: 10, end: 100 },
      ],
      3,
    );
    expect(rows).toEqual([0, 1, 2, 0]);
  });

  it('reuses the row that frees up first when every row is taken', () => {
    const rows = assignRows(
      [
        { start: 0, end: 100 },
        { start: 5, end: 30 },
        { start: 10, end: 60 },
      ],
      2,
    );
    expect(rows).toEqual([0, 1, 1]);
  });
});

describe('placePointLabels', () => {
  const bounds = { left: 0, top: 0, right: 400, bottom: 200 };

  it('puts a label right of its point when there is room', () => {
    expect(placePointLabels([{ x: 100, y: 100, width: 80, height: 12 }], bounds)).toEqual(['right']);
  });

  it('flips a label to the left at the right edge of the plot', () => {
    expect(placePointLabels([{ x: 380, y: 100, width: 80, height: 12 }], bounds)).toEqual(['left']);
  });

  it('moves the second of two nearby labels out of the first one’s way', () => {
    const sides = placePointLabels(
      [
        { x: 100, y: 100, width: 80, height: 12 },
        { x: 104, y: 104, width: 80, height: 12 },
      ],
      bounds,
    );
    expect(sides[0]).toBe('right');
    expect(sides[1]).not.toBe('right');
  });
});

describe('estimateTextWidth', () => {
  it('grows with the text and the font size', () => {
    expect(estimateTextWidth('more than 6,700', 12)).toBeGreaterThan(estimateTextWidth('scores', 12));
    expect(estimateTextWidth('scores', 14)).toBeGreaterThan(estimateTextWidth('scores', 12));
  });
});

describe('shortenTitle', () => {
  it('keeps a short title whole', () => {
    expect(shortenTitle('National strike')).toBe('National strike');
  });

  it('keeps the first clause of a long title', () => {
    expect(shortenTitle('Presidential election; Lukashenko claims victory with official results of over 80%')).toBe(
      'Presidential election',
    );
  });

  it('cuts a long clause at a word and says so', () => {
    const short = shortenTitle("Tsikhanouskaya's People's Ultimatum for Lukashenko to surrender power expires", 30);
    expect(short).toBe("Tsikhanouskaya's People's…");
    expect(short.length).toBeLessThanOrEqual(30);
  });
});

describe('layoutVagueLabels', () => {
  it('stacks the labels of reports a few days apart in rows of their own', () => {
    const layout = layoutVagueLabels(
      [
        { x: 40, width: 70 },
        { x: 48, width: 60 },
        { x: 64, width: 100 },
        { x: 300, width: 50 },
      ],
      400,
      5,
    );
    expect(layout.map((item) => item.row)).toEqual([0, 1, 2, 0]);
  });

  it('turns a label left of its mark at the plot’s right edge', () => {
    expect(layoutVagueLabels([{ x: 390, width: 50 }], 400, 2)).toEqual([{ side: 'left', row: 0 }]);
  });
});

describe('pickLabelledMarks', () => {
  const marks = (count: number) => Array.from({ length: count }, (_, index) => ({ time: index, value: index % 7 }));

  it('labels every mark up to the limit', () => {
    expect(pickLabelledMarks(marks(MAX_LABELLED_MARKS)).size).toBe(MAX_LABELLED_MARKS);
  });

  it('past the limit labels the first highest number and the latest number', () => {
    // Values 0..6 repeat: the first 6 is at index 6; the last mark (index 40) has value 40 % 7 = 5.
    expect([...pickLabelledMarks(marks(MAX_LABELLED_MARKS + 1))].sort((a, b) => a - b)).toEqual([6, 40]);
  });

  it('labels no vague report past the limit', () => {
    const vague = Array.from({ length: 50 }, (_, index) => ({ time: index, value: null }));
    expect(pickLabelledMarks(vague).size).toBe(0);
  });
});
