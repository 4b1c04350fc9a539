/** What a finder reports before resolution: where an expression is and what it names. */

export type AgoUnit = 'day' | 'week' | 'fortnight' | 'month' | 'year' | 'decade';
export type PeriodUnit = 'day' | 'week' | 'weekend' | 'month' | 'year';

export type Anchor =
  /** A calendar date; `year` null when the text leaves it out ("16 May"). */
  | { readonly kind: 'date'; readonly year: number | null; readonly month: number; readonly day: number }
  /** A month; `year` null when the text leaves it out ("in February"). */
  | { readonly kind: 'month'; readonly year: number | null; readonly month: number }
  | { readonly kind: 'year'; readonly year: number }
  /** A day of the week (0 Sunday … 6 Saturday), with the word before it when it fixes the direction. */
  | { readonly kind: 'weekday'; readonly weekday: number; readonly modifier: 'last' | 'this' | 'next' | null }
  /** "yesterday", "last week", "next month": `offset` units from publication; null = by tense ("over the weekend"). */
  | { readonly kind: 'relative'; readonly unit: PeriodUnit; readonly offset: number | null }
  /** "three years ago", "a fortnight ago". */
  | { readonly kind: 'ago'; readonly unit: AgoUnit; readonly count: number }
  /** A clock time alone ("10:45 a.m."): its day comes from the sentence. */
  | { readonly kind: 'clock' };

export interface Clock {
  readonly hour: number;
  readonly minute: number;
}

export interface Mention {
  /** Absolute offsets into the article text. */
  readonly start: number;
  readonly end: number;
  readonly anchor: Anchor;
  readonly clock: Clock | null;
}

/** Relative to when it was said (today, last week, two days ago): meaningless inside a quote of unknown date. */
export function isDeictic(a: Anchor): boolean {
  return a.kind === 'relative' || a.kind === 'ago';
}
