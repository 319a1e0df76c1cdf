import { useI18n } from '../../ui/i18n/i18n';
import { RichText } from '../../ui/i18n/rich-text';

interface PlaceNoticeProps {
  /** The place the page is narrowed to ("Minsk"); null when it is not. */
  placeName: string | null;
  onShowAllPlaces: () => void;
}

/**
 * Says, wherever the reader is on the page, that choosing a place narrowed every view to it, with the one
 * control that undoes it: tapping a marker otherwise left a chart at "Detentions (0)" with no word why.
 */
export function PlaceNotice({ placeName, onShowAllPlaces }: PlaceNoticeProps) {
  const { t } = useI18n();
  // The live region stays mounted, so screen readers announce the text when a place is chosen.
  return (
    <div className="place-notice" role="status" hidden={placeName === null}>
      {placeName === null ? null : (
        <>
          <p className="place-notice__text">
            <RichText text={t('filters.placeNotice', { place: placeName })} />
          </p>
          <button type="button" className="button button--quiet place-notice__undo" onClick={onShowAllPlaces}>
            {t('filters.showAllPlaces')}
          </button>
        </>
      )}
    </div>
  );
}
