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
  // The live region stays mounted, so screen readers announce the text when a place is chosen.
  return (
    <div className="place-notice" role="status" hidden={placeName === null}>
      {placeName === null ? null : (
        <>
          <p className="place-notice__text">
            Narrowed to <strong>{placeName}</strong>: every view shows only what happened there.
          </p>
          <button type="button" className="button button--quiet place-notice__undo" onClick={onShowAllPlaces}>
            Show all places
          </button>
        </>
      )}
    </div>
  );
}
