/**
 * Cleans free text from Slack before NLP: bounded length, no Slack markup, no invisible characters.
 */

/** Only the first this-many characters of an answer are analysed (longer answers are truncated). */
export const MAX_INPUT_CHARS = 3000;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** `<@U123>`, `<#C1|general>`, `<!here>`, `<https://x.y|label>`, `<mailto:a@b.c>`. */
const SLACK_ANGLE = /<([^<>|]*)(?:\|([^<>]*))?>/g;
/** `:white_check_mark:`, `:+1:`, `:skin-tone-2:` (a digit-only `:30:` is left alone). */
const EMOJI_SHORTCODE = /:[a-z+][a-z0-9_+'-]*:/gi;
const LINE_BREAKS = /[\r\n\u2028\u2029\u0085]+/g;
/** Control, format (zero-width, bidi marks, BOM), private-use and unassigned code points. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu;
/** mrkdwn emphasis, strike-through, code and quote markers. */
const MRKDWN = /[*_~`]+|^\s*>/gm;

function slackAngle(_match: string, target: string, label: string | undefined): string {
  if (/^[@#!]/.test(target)) return ' ';
  return label === undefined ? ' ' : ` ${label} `;
}

/**
 * Returns a plain-text, single-line version of `input` of at most {@link MAX_INPUT_CHARS} characters.
 *
 * Slack mentions, channel links and emoji short-codes are removed; a link keeps only its label;
 * mrkdwn markers and invisible characters become spaces; line breaks become sentence breaks (`.`) so
 * that multi-word phrases never span two bullet points. Never throws; non-strings give `""`.
 */
export function sanitizeText(input: unknown): string {
  if (typeof input !== 'string') return '';
  let text = input.slice(0, MAX_INPUT_CHARS).replace(LONE_SURROGATE, ' ');
  text = text.normalize('NFKC').slice(0, MAX_INPUT_CHARS).replace(LONE_SURROGATE, ' ');
  return text
    .replace(SLACK_ANGLE, slackAngle)
    .replace(EMOJI_SHORTCODE, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(MRKDWN, ' ')
    .replace(LINE_BREAKS, ' . ')
    .replace(INVISIBLE, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
