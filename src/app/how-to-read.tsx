/**
 * The marks the page puts beside what the articles report, explained once, behind a disclosure in the header:
 * open, it is ordinary text for every reader; closed, it costs the first screen one line.
 */
export function HowToRead() {
  return (
    <details className="how-to-read">
      <summary>How to read this</summary>
      <ul className="how-to-read__list">
        <li>
          <strong>“reported 27 Oct 2020; the article gives no date”</strong>: the articles do not say when it happened.
          It stands at the day it was first reported, and the date filters keep it there, but that day is never shown as
          its date.
        </li>
        <li>
          <strong>“CNN estimate”, “Belta report”</strong>: the article does not state it in its own voice but attributes
          it: an <em>estimate</em> (a number someone estimated), a <em>report</em> (someone else reports it), a{' '}
          <em>statement</em> (those concerned say so) or a <em>claim</em> (asserted, unconfirmed or contested). Without
          such a mark the article states it itself.
        </li>
        <li>
          <strong>“via Belta”</strong>: the article relays the words from another channel, a news agency or footage.
        </li>
        <li>
          <strong>“Place inferred: …”</strong>: a value the articles do not state, read between the lines; the note says
          from what.
        </li>
        <li>
          <strong>“Sources disagree”</strong>: two items contradict each other. Both are kept, each with its words and a
          link to its article.
        </li>
      </ul>
    </details>
  );
}
