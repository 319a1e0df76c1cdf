import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { dashboardDataset as dataset } from '../../test/fixtures/dashboard-dataset';
import { DownloadLinks } from './download-links';

const readText = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable blob'));
    reader.readAsText(blob);
  });

describe('DownloadLinks', () => {
  afterEach(() => vi.restoreAllMocks());

  it('saves the filtered quotes and figures as a CSV file', async () => {
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

    const quotes = dataset.quotes.slice(0, 1);
    render(<DownloadLinks quotes={quotes} figures={[]} datasetUrl="/data/dataset.json" />);
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV (this view)' }));

    expect(clicked[0]?.download).toBe('belarus-2020-filtered.csv');
    const csv = blobs[0] && (await readText(blobs[0]));
    expect(csv?.trim().split('\r\n')).toHaveLength(1 + (quotes[0]?.evidence.length ?? 0));
    expect(csv).toContain(quotes[0]?.id);
  });

  it('links the full dataset as a JSON download', () => {
    render(<DownloadLinks quotes={[]} figures={[]} datasetUrl="https://example.org/app/data/dataset.json" />);
    const link = screen.getByRole('link', { name: 'Download JSON (full dataset)' });
    expect(link).toHaveAttribute('href', 'https://example.org/app/data/dataset.json');
    expect(link).toHaveAttribute('download', 'belarus-2020-dataset.json');
  });
});
