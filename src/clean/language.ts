import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';

/** Text shorter than this is too little evidence for a trigram detector: say nothing rather than guess. */
const MIN_CHARACTERS = 120;
/** Enough text for a stable guess; more only costs time. */
const SAMPLE_CHARACTERS = 4000;

/** The body's language as an ISO 639-1 code (`en`), or null when the text is too short to tell. */
export function detectLanguage(text: string): string | null {
  if (text.length < MIN_CHARACTERS) return null;
  const code = franc(text.slice(0, SAMPLE_CHARACTERS), { minLength: MIN_CHARACTERS });
  if (code === 'und') return null;
  return iso6393To1[code] ?? code;
}
