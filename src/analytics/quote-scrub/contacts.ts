/**
 * Contacts and links in free text: Slack's own markup (mentions, channel links, mailto/tel/URL
 * links), then plain URLs, e-mail addresses, phone numbers and @handles, each replaced by a mark.
 */

/** The marks a scrubbed quote carries instead of what it named. */
export const MARK = { name: '[name]', contact: '[contact]', link: '[link]' } as const;

/** `<@U123>`, `<#C1|general>`, `<!here>`, `<!subteam^S1|@team>`, `<mailto:a@b.c|a@b.c>`, `<https://x|label>`. */
const SLACK_ANGLE = /<([^<>|\s]*)(?:\|[^<>]*)?>/g;
const URL_WITH_SCHEME = /\b(?:https?|ftp):\/\/[^\s<>"]+|\bwww\.[^\s<>"]+/giu;
/** A bare domain with a path, or ending in a usual top-level domain: `anna.dev/cv`, `acme.com`. */
const BARE_DOMAIN =
  /(?<![\p{L}\p{N}@.-])(?:[\p{L}\p{N}-]+\.)+(?:com|org|net|io|dev|co|me|app|info|biz|eu|uk|de|fr|es|pt|it|nl|ch|be|ca|us|au|ai|ly|gl)(?:\/[^\s<>"]*)?(?![\p{L}\p{N}-])|(?<![\p{L}\p{N}@.-])(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}\/[^\s<>"]*/giu;
/** `anna.smith+cx@example.co.uk`; also `anna [at] example [dot] com`. */
const EMAIL =
  /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}|[\p{L}\p{N}._%+-]+\s*[[(]at[\])]\s*[\p{L}\p{N}-]+(?:\s*[[(]dot[\])]\s*[\p{L}\p{N}-]+)+/giu;
/**
 * A run of digits with the separators phone numbers are written with: `+44 20 7946 0958`,
 * `(555) 123-4567`, `0033 1 23 45 67 89`, `+49-30-1234567`, `555.123.4567`, `ext. 12` after one.
 */
const PHONE_CANDIDATE = /(?<![\p{L}\p{N}+])(?:\+|00)?\(?\d(?:[\d\s().\-/]|\u00a0){5,}\d(?![\p{L}\p{N}])/gu;
/** `@anna.smith`, `@j_doe` typed as plain text (not an e-mail: nothing word-like before the @). */
const HANDLE =
  /(?<![\p{L}\p{N}._%+-])@[\p{L}\p{N}][\p{L}\p{N}._-]*[\p{L}\p{N}]|(?<![\p{L}\p{N}._%+-])@[\p{L}\p{N}]/gu;
/** A URL's trailing sentence punctuation is the sentence's, not the URL's. */
const TRAILING = /[.,;:!?)\]'"’]+$/u;

function slackAngle(match: string, target: string): string {
  if (target.startsWith('@') || target.startsWith('!')) return MARK.name;
  if (target.startsWith('#')) return MARK.link;
  if (/^(?:mailto|tel|sms):/i.test(target)) return MARK.contact;
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return MARK.link;
  return match;
}

function keepTrailing(mark: string) {
  return (match: string) => {
    const tail = TRAILING.exec(match)?.[0] ?? '';
    return `${mark}${tail}`;
  };
}

/** True when the run reads as a phone number: 7 to 15 digits, and not a date or a range of years. */
function isPhone(run: string): boolean {
  const digits = run.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return false;
  if (/^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$|^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/.test(run.trim())) return false;
  const groups = run
    .trim()
    .split(/[\s().\-/\u00a0]+/)
    .filter(Boolean);
  // years ("2023 2024", "2019-2024") are not a phone number
  if (groups.every((g) => /^(?:19|20)\d\d$/.test(g))) return false;
  // numbers written apart by single spaces ("1 2 3 4 5 6 7") are a list, unless it starts like a phone
  if (!/^(?:\+|00|\(|0)/.test(run.trim()) && groups.every((g) => g.length <= 2) && groups.length > 4)
    return false;
  return true;
}

/** Every contact and link in `text` replaced by its mark. */
export function scrubContacts(text: string): string {
  return text
    .replace(SLACK_ANGLE, slackAngle)
    .replace(URL_WITH_SCHEME, keepTrailing(MARK.link))
    .replace(EMAIL, MARK.contact)
    .replace(BARE_DOMAIN, keepTrailing(MARK.link))
    .replace(PHONE_CANDIDATE, (run) => (isPhone(run) ? MARK.contact : run))
    .replace(HANDLE, MARK.name);
}
