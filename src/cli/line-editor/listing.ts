// The listing a second Tab prints, as readline's display_matches runs it: the query past 100 items
// ("Display all N possibilities? (y or n)"), then pages of rows with `--More--` between them. A
// step says what to print and whether the listing still waits for a key.

import type { Key } from './keys.ts';
import { matchListRows, pageOut, QUERY_ITEMS, queryMessage, type ListItem } from './match-list.ts';

export type Listing =
  | { readonly kind: 'query'; readonly rows: readonly string[] }
  | { readonly kind: 'pager'; readonly rows: readonly string[]; readonly next: number; readonly lines: number };

export interface ListingStep {
  readonly output: string;
  /** Still waiting for a key; when absent the listing is over and the prompt is drawn again. */
  readonly listing?: Listing;
}

const BELL = '\x07';
const ERASE_LINE = '\r\x1b[K\r';

/** Starts listing at least two items, the cursor at the start of a fresh line. */
export function startListing(items: readonly ListItem[], cols: number, screenRows: number): ListingStep {
  const rows = matchListRows(items, cols);
  if (items.length >= QUERY_ITEMS) return { output: queryMessage(items.length), listing: { kind: 'query', rows } };
  return page(rows, 0, 0, screenRows);
}

/** One key while the query or the pager waits (readline's get_y_or_n). */
export function listingKey(listing: Listing, key: Key, screenRows: number): ListingStep {
  const ch = key.type === 'text' ? key.text : key.type === 'control' ? key.char : '';
  const yes = ch === 'y' || ch === 'Y' || ch === ' ';
  const no = ch === 'n' || ch === 'N' || ch === '\x7f' || ch === '\x07' || (listing.kind === 'pager' && (ch === 'q' || ch === 'Q'));
  const abort = ch === '\x07' ? BELL : '';
  if (listing.kind === 'query') {
    if (yes) return prefixed('\r\n', page(listing.rows, 0, 0, screenRows));
    return no ? { output: `${abort}\r\n` } : { output: BELL, listing };
  }
  if (yes) return prefixed(ERASE_LINE, page(listing.rows, listing.next, 0, screenRows));
  if (ch === '\r' || ch === '\n') return prefixed(ERASE_LINE, page(listing.rows, listing.next, listing.lines - 1, screenRows));
  return no ? { output: abort + ERASE_LINE } : { output: BELL, listing };
}

function page(rows: readonly string[], next: number, lines: number, screenRows: number): ListingStep {
  const p = pageOut(rows, next, lines, screenRows);
  return p.more ? { output: p.text, listing: { kind: 'pager', rows, next: p.next, lines: p.lines } } : { output: p.text };
}

function prefixed(prefix: string, step: ListingStep): ListingStep {
  return { ...step, output: prefix + step.output };
}
