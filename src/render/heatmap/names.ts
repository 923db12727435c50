/** Cleaning, wrapping and truncating department and touchpoint names for display. */
import { textWidth } from './text-width';

/** Folds control characters and runs of white space (newlines, U+2028…) into single spaces. */
export function cleanName(name: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  return name.replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ').trim();
}

/** Emoji and their joiners, modifiers and flags (Inter has no glyphs for them), but not © ® ™. */
const EMOJI =
  /(?![\u00a9\u00ae\u2122])(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200d|\u20e3|\ufe0e|\ufe0f)/gu;

/** What is drawn for a name that has nothing drawable left. */
export const UNNAMED = '(unnamed)';

/**
 * A name as drawn in the image: cleaned, with emoji removed because the shipped font cannot draw
 * them (they would show as "no glyph" boxes). The alt text keeps the original name.
 */
export function drawableName(name: string): string {
  const drawn = stripEmoji(name);
  return drawn === '' ? UNNAMED : drawn;
}

/** `name` cleaned and without emoji (possibly empty). */
export function stripEmoji(name: string): string {
  return cleanName(cleanName(name).replace(EMOJI, ' '));
}

/** `text` cut to fit `maxPx` at `fontSize`, ending with an ellipsis when it had to cut. */
export function truncateToWidth(text: string, maxPx: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= maxPx) return text;
  const chars = Array.from(text);
  while (chars.length > 1 && textWidth(`${chars.join('').trimEnd()}…`, fontSize, bold) > maxPx) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * Word-wraps `text` into lines no wider than `maxPx`, or returns `null` when a single word is too
 * wide or it would take more than `maxLines` lines.
 */
export function wrapToWidth(
  text: string,
  maxPx: number,
  fontSize: number,
  maxLines: number,
): string[] | null {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (textWidth(word, fontSize) > maxPx) return null;
    const joined = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(joined, fontSize) > maxPx) {
      lines.push(line);
      line = word;
    } else {
      line = joined;
    }
  }
  lines.push(line);
  return lines.length <= maxLines ? lines : null;
}
