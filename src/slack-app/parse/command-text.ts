import { z } from 'zod';
import type { Command } from '../../services/inputs';

export type { Command };

/** Slash command text as Slack sends it; Slack caps it, and so do we, well above any real use. */
export const commandTextSchema = z
  .string()
  .max(4000)
  .transform((s) =>
    s
      .normalize('NFKC')
      // zero-width, bidi and control characters carry no meaning in a subcommand
      .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );

const MAX_NAME = 80;

function named(kind: 'touchpoint' | 'dept', rest: string, word: string): Command {
  if (rest === '') return { kind: 'unknown', input: word, reason: `Say which one, e.g. \`${word} Sales\`.` };
  if (rest.length > MAX_NAME) return { kind: 'unknown', input: word, reason: 'That name is too long.' };
  return { kind, name: rest };
}

/** `pulse now` opens a pulse, `pulse close` asks to close the open one; anything else is a near miss. */
function pulse(rest: string, text: string): Command {
  switch (rest.toLowerCase()) {
    case 'now':
      return { kind: 'pulse-now' };
    case 'close':
      return { kind: 'pulse-close' };
    default:
      return {
        kind: 'unknown',
        input: text.slice(0, 100),
        reason: 'Did you mean `pulse now` or `pulse close`?',
      };
  }
}

/** `themes` lists the extra terms; `themes add|remove LANG THEME WORDS…` edits one (checked by the service). */
function themes(rest: string, text: string): Command {
  if (rest === '') return { kind: 'themes', edit: null };
  const [action = '', language = '', theme = '', ...words] = rest.split(' ');
  const verb = action.toLowerCase();
  const term = words.join(' ').replace(/^["“”'‘’]+|["“”'‘’]+$/gu, '');
  if ((verb !== 'add' && verb !== 'remove') || term === '')
    return {
      kind: 'unknown',
      input: text.slice(0, 100),
      reason: 'Try `themes`, or `themes add fr speed sans délai` (language, theme, then the words).',
    };
  return {
    kind: 'themes',
    edit: {
      action: verb,
      language: language.toLowerCase(),
      theme: theme.toLowerCase(),
      term: term.slice(0, 200),
    },
  };
}

/** Parses the text after `/cx-alignment`. Never throws: anything it does not know is `unknown`. */
export function parseCommandText(raw: unknown): Command {
  const parsed = commandTextSchema.safeParse(raw ?? '');
  if (!parsed.success) return { kind: 'unknown', input: '', reason: 'That command text is too long.' };
  const text = parsed.data;
  if (text === '') return { kind: 'report' };
  const [first = '', ...restWords] = text.split(' ');
  const word = first.toLowerCase();
  const rest = restWords.join(' ');
  switch (word) {
    case 'report':
    case 'latest':
      return rest === '' ? { kind: 'report' } : unknown(text);
    case 'touchpoint':
    case 'tp':
      return named('touchpoint', rest, 'touchpoint');
    case 'dept':
    case 'department':
    case 'team':
      return named('dept', rest, 'dept');
    case 'trend':
    case 'trends':
      return rest === '' ? { kind: 'trend' } : unknown(text);
    case 'export':
    case 'csv':
      return rest === '' ? { kind: 'export' } : unknown(text);
    case 'pulse':
      return pulse(rest, text);
    case 'config':
    case 'settings':
    case 'setup':
      return rest === '' ? { kind: 'config' } : unknown(text);
    case 'themes':
    case 'lexicon':
      return themes(rest, text);
    case 'followups':
    case 'follow-ups':
      return rest === '' ? { kind: 'followups' } : unknown(text);
    case 'help':
    case '?':
      return { kind: 'help' };
    default:
      return unknown(text);
  }
}

function unknown(input: string): Command {
  return { kind: 'unknown', input: input.slice(0, 100), reason: 'I don’t know that one.' };
}
