import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadCatalogue } from '../i18n/catalogue';
import { createI18n, I18nProvider } from '../i18n/i18n';
import { DownloadImageButtons } from './download-image-buttons';
import { ImageExportError } from './image-export-error';

describe('DownloadImageButtons', () => {
  it('names each button for what it saves, and saves that format', async () => {
    const onDownload = vi.fn(() => Promise.resolve('belarus-2020-chart.svg'));
    render(<DownloadImageButtons subject="the chart" formats={['png', 'svg']} onDownload={onDownload} />);
    expect(screen.getByRole('button', { name: 'Download the chart as PNG' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Download the chart as SVG' }));
    expect(onDownload).toHaveBeenCalledWith('svg');
  });

  it('says why when the image cannot be made, and the buttons work again', async () => {
    const onDownload = vi
      .fn<(format: 'png' | 'svg') => Promise<string>>()
      .mockRejectedValueOnce(new Error('the chart is not drawn yet'))
      .mockResolvedValueOnce('belarus-2020-map.png');
    render(<DownloadImageButtons subject="the map" formats={['png']} onDownload={onDownload} />);
    const button = screen.getByRole('button', { name: 'Download the map as PNG' });
    await userEvent.click(button);
    expect(await screen.findByRole('status')).toHaveTextContent(
      'The image could not be made: the chart is not drawn yet.',
    );
    await userEvent.click(button);
    expect(onDownload).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('gives the reason in the reader’s language', async () => {
    const onDownload = () => Promise.reject(new ImageExportError('image.error.draw'));
    render(
      <I18nProvider i18n={createI18n('ru', await loadCatalogue('ru'))}>
        <DownloadImageButtons subject="карту" formats={['png']} onDownload={onDownload} />
      </I18nProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Скачать карту в формате PNG' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Не удалось создать изображение: этот браузер не поддерживает рисование изображений.',
    );
  });
});
