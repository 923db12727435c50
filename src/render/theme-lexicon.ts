/** The reply to `/cx-alignment themes`: the admins' own words per language and theme, and how to edit them. */
import { escapeMrkdwn } from './escape';
import type { SlackMessage } from './help';
import { plainMessage } from './plain-message';

/** Language names as admins read them (the codes with a lexicon). */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  fr: 'French',
  de: 'German',
  es: 'Spanish',
  pt: 'Portuguese',
};

/** The name of a language code, else the code. */
export const languageName = (code: string): string => LANGUAGE_NAMES[code] ?? code;

/** Lists `extras` (language → theme key → terms), with theme labels, and the edit syntax. */
export function themeLexiconMessage(
  extras: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>,
  themes: readonly { key: string; label: string }[],
  languages: readonly string[],
): SlackMessage {
  const labelOf = new Map(themes.map((t) => [t.key, t.label]));
  const lines: string[] = [
    '*Your own words for the CX themes*, added to the built-in lexicon of each language:',
  ];
  for (const language of languages) {
    for (const [key, terms] of Object.entries(extras[language] ?? {})) {
      const words = terms.map((t) => `“${escapeMrkdwn(t)}”`).join(', ');
      lines.push(`• ${languageName(language)} · *${escapeMrkdwn(labelOf.get(key) ?? key)}*: ${words}`);
    }
  }
  if (lines.length === 1) lines.push('_None yet._');
  lines.push(
    '',
    'Add one with `/cx-alignment themes add fr speed sans délai` (language, theme, then the word or phrase); `remove` takes it out.',
    `Languages: ${languages.map((l) => `\`${l}\` ${languageName(l)}`).join(', ')}.`,
    `Themes: ${themes.map((t) => `\`${t.key}\``).join(', ')}.`,
    'A change applies to new answers and re-tags the answers of open pulses; closed pulses keep their results.',
  );
  return plainMessage(lines.join('\n'));
}
