import { formatCount } from '../../domain/format';

// One formatter for every button: `toLocaleString('en-GB')` sets one up per call.
const countFormat = new Intl.NumberFormat('en-GB');

interface ShowMoreButtonProps {
  /** How many the click shows, and how many are not shown yet in all. */
  next: number;
  hidden: number;
  /** "actor" or "quote". */
  noun: string;
  /** Said to screen readers after the noun, so the button makes sense out of context: "by Alexander Lukashenko". */
  context: string;
  onClick: () => void;
}

/** "Show 20 more actors (380 not shown)": the next page of a long list, on a button a keyboard reaches. */
export function ShowMoreButton({ next, hidden, noun, context, onClick }: ShowMoreButtonProps) {
  return (
    <button type="button" className="show-more" onClick={onClick}>
      Show {formatCount(next, `more ${noun}`, `more ${noun}s`)}
      <span className="visually-hidden"> {context}</span>
      {hidden > next ? <span className="show-more__hidden"> ({countFormat.format(hidden)} not shown)</span> : null}
    </button>
  );
}
