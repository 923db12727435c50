/** Whether a Slack status says the person is away (out of office, on holiday, sick): pure. */

const AWAY_EMOJI = new Set([
  ':palm_tree:',
  ':face_with_thermometer:',
  ':airplane:',
  ':beach_with_umbrella:',
  ':face_with_head_bandage:',
]);

const AWAY_WORDS = /\b(out of (the )?office|ooo|vacation|holidays?|sick|on leave)\b/i;

/** True when the status emoji or text says away; status text is matched case-insensitively. */
export function isAwayStatus(status: { emoji?: string | null; text?: string | null }): boolean {
  const emoji = status.emoji?.trim().toLowerCase() ?? '';
  return AWAY_EMOJI.has(emoji) || AWAY_WORDS.test(status.text ?? '');
}
