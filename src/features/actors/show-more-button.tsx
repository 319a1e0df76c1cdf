import { useI18n } from '../../ui/i18n/i18n';

interface ShowMoreButtonProps {
  /** How many the click shows, and how many are not shown yet in all. */
  next: number;
  hidden: number;
  noun: 'actors' | 'quotes';
  /** Said to screen readers after the noun, so the button makes sense out of context: "by Alexander Lukashenko". */
  context: string;
  onClick: () => void;
}

/** "Show 20 more actors (380 not shown)": the next page of a long list, on a button a keyboard reaches. */
export function ShowMoreButton({ next, hidden, noun, context, onClick }: ShowMoreButtonProps) {
  const { t } = useI18n();
  return (
    <button type="button" className="show-more" onClick={onClick}>
      {t(`showMore.${noun}`, { next })}
      <span className="visually-hidden"> {context}</span>
      {hidden > next ? <span className="show-more__hidden">{t('showMore.notShown', { count: hidden })}</span> : null}
    </button>
  );
}
