/**
 * Text width for Inter without a canvas. Vega only guesses label widths in Node (0.8 em a character),
 * which pads the chart and truncates labels early; these are Inter Regular's real advance widths.
 */

/** Advance widths of Inter Regular for U+0020…U+007E, in thousandths of an em. */
const ASCII_ADVANCE = [
  281, 288, 466, 633, 642, 982, 644, 300, 365, 365, 501, 662, 288, 460, 288, 360, 631, 407, 610, 618, 646,
  593, 620, 566, 619, 620, 288, 302, 662, 662, 662, 511, 966, 690, 654, 730, 722, 601, 590, 746, 743, 269,
  571, 672, 565, 903, 753, 765, 639, 765, 644, 642, 646, 744, 690, 985, 682, 679, 629, 365, 360, 365, 471,
  456, 323, 562, 612, 571, 612, 583, 370, 613, 591, 242, 242, 549, 242, 876, 591, 600, 612, 612, 376, 528,
  327, 591, 562, 818, 546, 562, 552, 426, 333, 426, 662,
];

/** A few common non-ASCII characters in labels. */
const OTHER_ADVANCE: Record<string, number> = { '–': 500, '—': 1000, '…': 864, '·': 288, '’': 261, '‘': 261 };

/** Bold and semibold text runs about this much wider than regular. */
const WEIGHT_FACTOR = 1.04;

/** Width in thousandths of an em of one character (anything unknown: a wide letter). */
function advance(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x20 && code <= 0x7e) return ASCII_ADVANCE[code - 0x20] ?? 600;
  if (/\p{M}/u.test(char)) return 0;
  return OTHER_ADVANCE[char] ?? (code > 0xffff ? 1000 : 620);
}

/**
 * Width in pixels of `text` set in Inter at `fontSize` px.
 * @param bold - true for weights above 500 (semibold, bold)
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const char of text) units += advance(char);
  return (units / 1000) * fontSize * (bold ? WEIGHT_FACTOR : 1);
}
