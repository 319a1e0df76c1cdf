import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Dataset, DatasetEvent } from '../../data/schema';
import { dashboardDataset, evidenceFor } from '../../test/fixtures/dashboard-dataset';
import { loadCatalogue } from '../../ui/i18n/catalogue';
import { createI18n, I18nProvider, type I18n } from '../../ui/i18n/i18n';
import { EventTimeline } from './event-timeline';

const [march, offer] = dashboardDataset.events as [DatasetEvent, DatasetEvent];

// The march as two accounts that disagree on the day, and an undated event the articles attribute to an actor.
const marchSaturday: DatasetEvent = {
  ...march,
  id: 'march-saturday',
  date: '2020-08-15',
  title: 'March on Saturday',
  disputedBy: ['march-independence-square'],
};
const undatedClaim: DatasetEvent = {
  ...offer,
  id: 'undated-claim',
  date: null,
  dateBasis: null,
  reported: '2020-08-16',
  title: 'Lukashenko says he will not give the country away',
  placeId: null,
  actorIds: ['lukashenko'],
  evidence: [evidenceFor('reuters-2020-08-16', 'I will not give the country away.')],
  attribution: {
    actorId: 'lukashenko',
    kind: 'statement',
    evidence: evidenceFor('reuters-2020-08-16', 'Lukashenko said'),
  },
};
const dataset: Dataset = {
  ...dashboardDataset,
  events: [marchSaturday, { ...march, disputedBy: ['march-saturday'] }, undatedClaim, offer],
};

function renderTimeline(events = dataset.events, pageSize = 10, i18n?: I18n) {
  const onOpenEvidence = vi.fn();
  const timeline = (
    <EventTimeline
      dataset={dataset}
      events={events}
      getEvidenceHref={(evidence) => `?source=${evidence.sourceId}&span=${evidence.start}-${evidence.end}`}
      onOpenEvidence={onOpenEvidence}
      pageSize={pageSize}
    />
  );
  render(i18n ? <I18nProvider i18n={i18n}>{timeline}</I18nProvider> : timeline);
  return { onOpenEvidence };
}

const eventTitles = () =>
  screen.getAllByRole('article').map((article) => within(article).getByRole('heading').textContent);

describe('EventTimeline', () => {
  it('lists every event under its day, an undated one under the day it was reported, after the dated ones', () => {
    // Given out of order, as a hand-edited dataset might be.
    renderTimeline([offer, undatedClaim, marchSaturday, dataset.events[1]!]);
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      '15 August 2020',
      '16 August 2020',
      '17 August 2020',
    ]);
    expect(eventTitles()).toEqual([
      'March on Saturday',
      'March on Independence Square',
      'Lukashenko says he will not give the country away',
      'Tsikhanouskaya offers to act as national leader',
    ]);
    const undated = screen.getByRole('article', { name: /will not give the country away/ });
    expect(undated).toHaveTextContent('Reported 16 August 2020; the article gives no date');
    expect(undated).toHaveTextContent('Alexander Lukashenko statement');
  });

  it('names the place and the actors, and opens the article at the event’s words', async () => {
    const { onOpenEvidence } = renderTimeline();
    const event = screen.getByRole('article', { name: 'Tsikhanouskaya offers to act as national leader' });
    expect(event).toHaveTextContent('17 August 2020');
    expect(event).toHaveTextContent('Lithuania · Sviatlana Tsikhanouskaya');
    const link = within(event).getByRole('link', { name: 'Source: CNN, 17 Aug 2020' });
    const [evidence] = offer.evidence;
    expect(link).toHaveAttribute('href', `?source=cnn-2020-08-17&span=${evidence!.start}-${evidence!.end}`);
    await userEvent.click(link);
    expect(onOpenEvidence).toHaveBeenCalledWith(evidence);
  });

  it('shows both sides where sources disagree, each with its date and article', () => {
    renderTimeline();
    const event = screen.getByRole('article', { name: 'March on Saturday' });
    expect(within(event).getByText('Sources disagree')).toBeInTheDocument();
    const accounts = within(event)
      .getAllByRole('listitem')
      .filter((item) => /account:/.test(item.textContent ?? ''));
    expect(accounts.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^This account: March on Saturday \(15 August 2020\)\./),
      expect.stringMatching(/^Another account: March on Independence Square \(16 August 2020\)\./),
    ]);
    for (const account of accounts) {
      expect(within(account).getByRole('link', { name: 'Source: Article of 16 Aug 2020' })).toBeInTheDocument();
    }
  });

  it('shows a page at a time and hands focus to the first event the next page adds', async () => {
    renderTimeline(dataset.events, 3);
    expect(screen.getAllByRole('article')).toHaveLength(3);
    await userEvent.click(screen.getByRole('button', { name: 'Show 1 more event' }));
    expect(screen.getAllByRole('article')).toHaveLength(4);
    expect(screen.getByRole('article', { name: 'Tsikhanouskaya offers to act as national leader' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: /^Show/ })).not.toBeInTheDocument();
  });

  it('says so when no event matches the filters', () => {
    renderTimeline([]);
    expect(screen.getByText('No event matches the filters.')).toBeInTheDocument();
  });

  it('words the days, the marks and the disagreement in Russian, titles and names as the articles give them', async () => {
    renderTimeline(dataset.events, 2, createI18n('ru', await loadCatalogue('ru')));
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      '15 августа 2020 г.',
      '16 августа 2020 г.',
    ]);
    const event = screen.getByRole('article', { name: 'March on Saturday' });
    expect(within(event).getByText('Источники расходятся')).toBeInTheDocument();
    expect(event).toHaveTextContent('March on Independence Square (16 августа 2020 г.).');
    expect(within(event).getAllByRole('link', { name: 'Источник: Статья от 16 авг. 2020 г.' })).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Показать ещё 2 события' })).toBeInTheDocument();
  });

  it('says in Belarusian when an undated event was reported, and who says so', async () => {
    renderTimeline([undatedClaim], 10, createI18n('be', await loadCatalogue('be')));
    const undated = screen.getByRole('article', { name: /will not give the country away/ });
    expect(undated).toHaveTextContent('Паведамлена 16 жніўня 2020 г.; дата ў артыкуле не пазначана');
    expect(undated).toHaveTextContent('Заява Alexander Lukashenko');
  });
});
