import { dashboardDataset as dataset } from '../test/fixtures/dashboard-dataset';
import { csvColumns, getFilteredViewCsv } from './csv-export';

/** A small RFC 4180 reader, so the test checks what a spreadsheet would see. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i += 1) {
    const char = csv[i];
    if (quoted) {
      if (char === '"' && csv[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && csv[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += char;
  }
  return rows;
}

describe('getFilteredViewCsv', () => {
  const rows = parseCsv(getFilteredViewCsv(dataset.quotes, dataset.figures));
  const [header, ...body] = rows;
  const column = (name: (typeof csvColumns)[number]) => csvColumns.indexOf(name);

  it('has one row per piece of evidence under a fixed header', () => {
    expect(header).toEqual([...csvColumns]);
    const evidenceCount = [...dataset.quotes, ...dataset.figures].reduce((sum, item) => sum + item.evidence.length, 0);
    expect(body).toHaveLength(evidenceCount);
  });

  it('lets every row be checked against its article by offsets', () => {
    const texts = new Map(dataset.sources.map((source) => [source.id, source.text]));
    for (const row of body) {
      const text = texts.get(row[column('source_id')] ?? '');
      expect(text?.slice(Number(row[column('start')]), Number(row[column('end')]))).toBe(row[column('exact')]);
    }
  });

  it('survives commas and quotation marks in the words', () => {
    const quote = { ...dataset.quotes[0]!, text: 'He said "no", twice' };
    const [, first] = parseCsv(getFilteredViewCsv([quote], []));
    expect(first?.[column('words')]).toBe('He said "no", twice');
  });

  it('leaves an unknown value empty rather than inventing one', () => {
    const vague = body.find((row) => row[column('id')] === 'marchers-minsk');
    expect(vague?.[column('value')]).toBe('');
  });
});
