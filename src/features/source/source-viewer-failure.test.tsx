import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { getVoiceOf } from '../../domain/item-voice';
import { reconcileUrlState, type SourceView } from '../../domain/reconcile-url-state';
import { getSourceAnnotations } from '../../domain/source-annotations';
import { parseUrlState } from '../../domain/url-state';
import { installDialogPolyfill } from '../../test/dashboard-dialog-polyfill';
import { dashboardDataset as dataset } from '../../test/fixtures/dashboard-dataset';
import { SourceViewer } from './source-viewer';
import { testWording } from '../../test/wording';

const english = testWording('en');

beforeAll(installDialogPolyfill);
beforeEach(() => {
  // React and the boundary log the caught error; the test expects it, the output need not show it.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

const viewFor = (search: string) => reconcileUrlState(dataset, parseUrlState(search).state).sourceView;

/** An article the viewer cannot draw, standing in for any bug in its content. */
function brokenView(search: string): SourceView {
  const view = viewFor(search)!;
  return { ...view, source: { ...view.source, text: undefined as unknown as string } };
}

describe('SourceViewer when the article cannot be drawn', () => {
  it('says so inside the dialog, keeps Close working, and shows the next article normally', async () => {
    function Harness() {
      const [view, setView] = useState<SourceView | null>(null);
      return (
        <>
          <button type="button" onClick={() => setView(brokenView('?quote=no-other-elections'))}>
            Open broken
          </button>
          <button type="button" onClick={() => setView(viewFor('?source=reuters-2020-08-16'))}>
            Open another
          </button>
          <SourceViewer
            view={view}
            annotations={view ? getSourceAnnotations(dataset, view.source.id, english) : []}
            voiceOf={getVoiceOf(dataset, english)}
            getPassageHref={() => '?'}
            onOpenPassage={() => undefined}
            onClose={() => setView(null)}
          />
        </>
      );
    }
    render(<Harness />);

    await userEvent.click(screen.getByRole('button', { name: 'Open broken' }));
    const dialog = screen.getByRole('dialog', { name: 'Source' });
    expect(dialog).toContainElement(screen.getByRole('alert'));
    expect(screen.getByRole('alert')).toHaveTextContent(/^This article could not be shown\./);

    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open broken' })).toHaveFocus();

    await userEvent.click(screen.getByRole('button', { name: 'Open another' }));
    expect(screen.getByRole('dialog', { name: 'Article of 16 Aug 2020' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
