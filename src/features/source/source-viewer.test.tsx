import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { reconcileUrlState } from '../../domain/reconcile-url-state';
import { getSourceAnnotations } from '../../domain/source-annotations';
import { parseUrlState } from '../../domain/url-state';
import { installDialogPolyfill } from '../../test/dashboard-dialog-polyfill';
import { dashboardDataset as dataset, evidenceFor } from '../../test/fixtures/dashboard-dataset';
import { SourceViewer, type SourceViewerProps } from './source-viewer';

beforeAll(installDialogPolyfill);

const viewFor = (search: string) => reconcileUrlState(dataset, parseUrlState(search).state).sourceView;

function renderViewer(search: string, patch: Partial<SourceViewerProps> = {}) {
  const view = viewFor(search);
  const props: SourceViewerProps = {
    view,
    annotations: view ? getSourceAnnotations(dataset, view.source.id) : [],
    getSpanHref: ({ start, end }) => `?source=${view?.source.id}&span=${start}-${end}`,
    onSelectSpan: vi.fn(),
    onClose: vi.fn(),
    ...patch,
  };
  render(<SourceViewer {...props} />);
  return props;
}

describe('SourceViewer', () => {
  it('shows the article with its outlet and date, the quote’s exact words marked', () => {
    renderViewer('?quote=no-other-elections');
    const dialog = screen.getByRole('dialog', { name: 'CNN' });
    expect(dialog).toHaveTextContent('Published 17 August 2020');
    const mark = dialog.querySelector('mark');
    expect(mark).toHaveTextContent(/^there will be no other elections\.$/);
    expect(mark).toHaveFocus();
    expect(dialog).toHaveTextContent('Highlighted: Quote by Alexander Lukashenko, 17 August 2020');
  });

  it('marks the other cited passages as links that select them', async () => {
    const props = renderViewer('?quote=no-other-elections');
    const figure = evidenceFor('cnn-2020-08-17', 'detained more than 6,700 people');
    const link = screen.getByRole('link', { name: 'detained more than 6,700 people' });
    expect(link).toHaveAttribute('href', `?source=cnn-2020-08-17&span=${figure.start}-${figure.end}`);
    expect(link).toHaveAttribute('title', expect.stringContaining('Figure: more than 6,700 (detentions)'));
    await userEvent.click(link);
    expect(props.onSelectSpan).toHaveBeenCalledWith({ start: figure.start, end: figure.end });
  });

  it('names an article without an outlet plainly', () => {
    renderViewer('?source=reuters-2020-08-16');
    expect(screen.getByRole('dialog', { name: 'Article from an unnamed outlet' })).toBeInTheDocument();
    expect(document.querySelector('mark')).toBeNull();
  });

  it('asks to close on Escape and on the Close button', async () => {
    const props = renderViewer('?quote=national-leader');
    await userEvent.keyboard('{Escape}');
    expect(props.onClose).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(props.onClose).toHaveBeenCalledTimes(2);
  });

  it('gives focus back to what opened it', async () => {
    function Harness() {
      const [search, setSearch] = useState('');
      const view = viewFor(search);
      return (
        <>
          <button type="button" onClick={() => setSearch('?quote=national-leader')}>
            Open
          </button>
          <SourceViewer
            view={view}
            annotations={view ? getSourceAnnotations(dataset, view.source.id) : []}
            getSpanHref={() => '?'}
            onSelectSpan={() => undefined}
            onClose={() => setSearch('')}
          />
        </>
      );
    }
    render(<Harness />);
    const opener = screen.getByRole('button', { name: 'Open' });
    await userEvent.click(opener);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });
});
