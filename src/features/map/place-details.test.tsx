import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getDatasetNames } from '../../domain/dataset-names';
import { getVoiceOf } from '../../domain/item-voice';
import { countItemsByPlace, getPlaceActivityFromCounts, getPlaceItems } from '../../domain/place-activity';
import { testWording } from '../../test/wording';
import { voiceDataset as dataset } from '../../test/fixtures/voice-dataset';
import { PlaceDetails } from './place-details';

const english = testWording('en');

/** The details of one place of the voice fixture, sites and all, as its marker's popup shows them. */
function renderPlace(placeId: string) {
  const { events, quotes, figures, places } = dataset;
  const counts = countItemsByPlace(events, quotes, figures);
  const activity = getPlaceActivityFromCounts(places, counts, { rollUpSites: false }).find(
    (candidate) => candidate.place.id === placeId,
  )!;
  const onOpenEvidence = vi.fn();
  render(
    <PlaceDetails
      activity={activity}
      getItems={(shown) => getPlaceItems(shown.placeIds, events, quotes, figures, testWording('en'))}
      names={getDatasetNames(dataset)}
      voiceOf={getVoiceOf(dataset, english)}
      onOpenEvidence={onOpenEvidence}
      onShowAllPlaces={null}
    />,
  );
  return {
    onOpenEvidence,
    itemOf: (text: string) => screen.getByText(text, { selector: '.place-details__text' }).closest('li') as HTMLElement,
  };
}

describe('PlaceDetails marks who says so, and when', () => {
  it('names who estimated a figure, and through whom a quote came', () => {
    const { itemOf } = renderPlace('minsk');
    expect(itemOf('around 50,000 people')).toHaveTextContent('Figure · 16 Aug 2020 · CNN estimate');
    expect(itemOf('“There is a build-up of military power on the western borders”')).toHaveTextContent(
      'Quote · 17 Aug 2020 · Alexander Lukashenko · via Belta',
    );
  });

  it('marks an inferred place with its note, and an undated figure as reported', () => {
    const { itemOf } = renderPlace('belarus');
    const scores = itemOf('scores detentions');
    expect(scores).toHaveTextContent('Figure · reported 27 Oct 2020; the article gives no date');
    expect(scores).toHaveTextContent('Place inferred: The article speaks of the country without naming it.');
  });

  it('shows both sides of a disagreement, each side opening its words in the Source viewer', async () => {
    const { itemOf, onOpenEvidence } = renderPlace('minsk');
    const dispute = within(itemOf('“There is a build-up of military power on the western borders”')).getByRole(
      'group',
      { name: 'Sources disagree' },
    );
    expect(dispute).toHaveTextContent('Jens Stoltenberg: “NATO does not pose a threat to Belarus”');
    await userEvent.click(
      within(dispute).getByRole('button', { name: 'The words of Jens Stoltenberg in Reuters, 16 Aug 2020' }),
    );
    expect(onOpenEvidence).toHaveBeenCalledWith(dataset.quotes.find((quote) => quote.id === 'no-threat')!.evidence[0]);
  });
});
