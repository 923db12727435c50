/**
 * The theme lexicon admins extend: the tagger every answer goes through (the built-in lexicons
 * plus the admins' words, per language), `/cx-alignment themes` to list and edit those words, and
 * the re-tagging that follows an edit (open pulses only) or an upgrade (answers with no language).
 */
import {
  createTaggerWithExtras,
  DEFAULT_LEXICON,
  type ExtraTerms,
  LEXICON_LANGUAGES,
  type ThemeTagger,
} from '../../analytics/themes/index';
import type { AnswerTagsRepository } from '../../db/repositories/answer-tags-repository';
import type { SettingsRepository } from '../../db/repositories/settings-repository';
import { UserError } from '../../errors';
import type { Logger } from '../../logging/logger';
import type { SlackMessage } from '../../render/help';
import { plainMessage } from '../../render/plain-message';
import { languageName, themeLexiconMessage } from '../../render/theme-lexicon';
import type { AccessService } from '../access-service';
import type { ThemeTermEdit } from '../inputs';
import { EXTRAS_KEY, editExtras, extraTermSchema, parseExtras } from './extras';
import { backfillLanguages, retagOpenPulses } from './retag';

export { EXTRAS_KEY } from './extras';

/** Checks an edit against the lexicons; a friendly error names what is wrong and what is allowed. */
function checkEdit(edit: ThemeTermEdit, extras: ExtraTerms): ThemeTermEdit {
  if (!LEXICON_LANGUAGES.includes(edit.language))
    throw new UserError(
      `There is no lexicon for “${edit.language}”.`,
      `Use one of ${LEXICON_LANGUAGES.map((l) => `\`${l}\``).join(', ')}; answers in other languages are counted as not themed (language).`,
    );
  if (!DEFAULT_LEXICON.themes.some((t) => t.key === edit.theme))
    throw new UserError(
      `There is no theme “${edit.theme}”.`,
      `Use one of ${DEFAULT_LEXICON.themes.map((t) => `\`${t.key}\``).join(', ')}.`,
    );
  const term = extraTermSchema.safeParse(edit.term);
  if (!term.success) throw new UserError(term.error.issues[0]?.message ?? 'That term cannot be used.');
  const known = extras[edit.language]?.[edit.theme]?.includes(term.data) ?? false;
  if (edit.action === 'remove' && !known)
    throw new UserError(
      `“${term.data}” is not one of your words for ${edit.theme} in ${languageName(edit.language)}.`,
    );
  return { ...edit, term: term.data };
}

export function createThemeLexiconService(deps: {
  repos: { settings: SettingsRepository; answerTags: AnswerTagsRepository };
  access: AccessService;
  logger: Logger;
  clock: () => Date;
}) {
  const { logger } = deps;
  const { settings: settingsRepo, answerTags: tags } = deps.repos;
  let current: { extras: ExtraTerms; tagger: ThemeTagger } | undefined;
  const load = () => {
    if (current === undefined) {
      const { extras, ok } = parseExtras(settingsRepo.get(EXTRAS_KEY));
      if (!ok) logger.warn(`the stored ${EXTRAS_KEY} could not be read; tagging with the built-in lexicons`);
      current = { extras, tagger: createTaggerWithExtras(extras) };
    }
    return current;
  };
  let work: Promise<unknown> = Promise.resolve();
  /** Runs re-tagging after whatever is running, never two at once; a failure is logged. */
  const queue = (what: string, run: () => Promise<number>) => {
    work = work
      .then(run)
      .then((n) => n > 0 && logger.info(`${what}: ${n} answers tagged again`))
      .catch((error: unknown) => logger.error(`${what} failed`, error));
  };
  return {
    /** The tagger of new answers: the built-in lexicons plus the admins' words. */
    tagger: (): ThemeTagger => load().tagger,
    /** Settles when the re-tagging queued so far is done. */
    idle: (): Promise<unknown> => work,
    /** Loads the NLP model and tags answers stored before their language was kept. */
    warmUp(): void {
      load().tagger.tag('warm up');
      queue('language backfill', () => backfillLanguages(tags, load().tagger));
    },
    /** `/cx-alignment themes`: lists the admins' words (edit null), or adds or removes one. */
    async command(userId: string, edit: ThemeTermEdit | null): Promise<SlackMessage> {
      if (!(await deps.access.isAdmin(userId)))
        throw new UserError(
          'Only CX Align admins can change the theme lexicon.',
          'Ask an admin to add the words.',
        );
      const { extras } = load();
      if (edit === null) return themeLexiconMessage(extras, DEFAULT_LEXICON.themes, LEXICON_LANGUAGES);
      const checked = checkEdit(edit, extras);
      if (checked.action === 'add' && extras[checked.language]?.[checked.theme]?.includes(checked.term))
        return plainMessage(`“${checked.term}” is already one of your words for ${checked.theme}.`);
      settingsRepo.write([{ key: EXTRAS_KEY, value: editExtras(extras, checked) }], userId, deps.clock());
      current = undefined;
      queue('re-tagging open pulses', () => retagOpenPulses(tags, load().tagger));
      const done = checked.action === 'add' ? 'Added' : 'Removed';
      return plainMessage(
        `${done} “${checked.term}” ${checked.action === 'add' ? 'to' : 'from'} *${checked.theme}* in ${languageName(checked.language)}. New answers are tagged with the change, and the answers of open pulses are being tagged again; closed pulses keep their results.`,
      );
    },
  };
}
export type ThemeLexiconService = ReturnType<typeof createThemeLexiconService>;
