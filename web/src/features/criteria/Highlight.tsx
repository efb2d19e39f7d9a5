import { Fragment, type ReactNode } from 'react';
import { fold } from '../../shared/text.ts';

/** Marks every diacritic-insensitive occurrence of the query's words in `text`. */
export function Highlight({ text, query }: { text: string; query: string }): ReactNode {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return text;
  // Fold character by character, remembering where each folded character came from.
  let folded = '';
  const from: number[] = [];
  for (let i = 0; i < text.length;) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    for (const f of fold(ch)) {
      folded += f;
      from.push(i);
    }
    i += ch.length;
  }
  const marked = new Array<boolean>(text.length).fill(false);
  for (const w of words) {
    for (let at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + 1)) {
      const start = from[at]!;
      const lastFrom = from[at + w.length - 1]!;
      const end = lastFrom + String.fromCodePoint(text.codePointAt(lastFrom)!).length;
      for (let k = start; k < end; k++) marked[k] = true;
    }
  }
  if (!marked.includes(true)) return text;
  const out: ReactNode[] = [];
  let k = 0;
  while (k < text.length) {
    const on = marked[k];
    let e = k;
    while (e < text.length && marked[e] === on) e++;
    const piece = text.slice(k, e);
    out.push(on ? <mark key={k}>{piece}</mark> : <Fragment key={k}>{piece}</Fragment>);
    k = e;
  }
  return out;
}
