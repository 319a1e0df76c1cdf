import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parse } from 'csv-parse/sync';
import { getDatasetNames } from '../../domain/dataset-names';
import { voiceDataset as dataset } from '../../test/fixtures/voice-dataset';
import { DownloadLinks } from './download-links';

/** The blob's bytes as UTF-8 text, byte-order mark kept, as a spreadsheet receives the file. */
const readText = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      resolve(
        reader.result instanceof ArrayBuffer ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(reader.result) : '',
      );
    reader.onerror = () => reject(reader.error ?? new Error('unreadable blob'));
    reader.readAsArrayBuffer(blob);
  });

const names = getDatasetNames(dataset);

describe('DownloadLinks', () => {
  afterEach(() => vi.restoreAllMocks());

  it('saves the filtered events, quotes and figures as a CSV file, one row each', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:csv';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    const view = { events: dataset.events.slice(0, 1), quotes: dataset.quotes.slice(0, 2), figures: [] };
    render(<DownloadLinks view={view} names={names} datasetUrl="/data/dataset.json" />);
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV (this view)' }));

    expect(clicked[0]?.download).toBe('belarus-2020-filtered.csv');
    const csv = blobs[0] ? await readText(blobs[0]) : '';
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const records = parse<{ kind: string; id: string }>(csv, { bom: true, columns: true });
    expect(records.map((record) => `${record.kind}:${record.id}`)).toEqual([
      `event:${view.events[0]?.id}`,
      ...view.quotes.map((quote) => `quote:${quote.id}`),
    ]);
  });

  it('links the full dataset as a JSON download', () => {
    render(
      <DownloadLinks
        view={{ events: [], quotes: [], figures: [] }}
        names={names}
        datasetUrl="https://example.org/app/data/dataset.json"
      />,
    );
    const link = screen.getByRole('link', { name: 'Download JSON (full dataset)' });
    expect(link).toHaveAttribute('href', 'https://example.org/app/data/dataset.json');
    expect(link).toHaveAttribute('download', 'belarus-2020-dataset.json');
  });
});
