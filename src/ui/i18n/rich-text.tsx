import { Fragment } from 'react';

const emphasis = /<(strong|em)>(.*?)<\/\1>/g;

/**
 * A translated message that keeps its emphasis: `<strong>…</strong>` and `<em>…</em>` in the message become those
 * elements, so a translator moves the emphasis with the words. Nothing else in a message is markup.
 */
export function RichText({ text }: { text: string }) {
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(emphasis)) {
    parts.push(text.slice(last, match.index));
    const [, tag, inner] = match;
    parts.push(tag === 'strong' ? <strong key={match.index}>{inner}</strong> : <em key={match.index}>{inner}</em>);
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return <Fragment>{parts}</Fragment>;
}
