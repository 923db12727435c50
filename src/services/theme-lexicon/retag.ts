/**
 * Tagging stored answers again: those of open pulses when the lexicon changes (closed pulses keep
 * their frozen results), and, at start-up, answers stored before their language was kept.
 */
import type { AnswerTagsRepository } from '../../db/repositories/answer-tags-repository';
import type { Tagger } from '../answer-service';

/** Answers tagged per step; the event loop is free between steps. */
const CHUNK = 500;
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

type Batch = (afterId: number, limit: number) => ReturnType<AnswerTagsRepository['openPulseAnswers']>;

/** Tags every answer `batch` yields, in steps, each answer in its stored language when it has one. */
async function retagAll(repo: AnswerTagsRepository, batch: Batch, tagger: Tagger): Promise<number> {
  let afterId = 0;
  let done = 0;
  for (;;) {
    const rows = batch(afterId, CHUNK);
    if (rows.length === 0) return done;
    repo.replaceTags(
      rows.map((r) => {
        const tags = tagger.tag(r.definition, r.language ? { locale: r.language } : {});
        return { id: r.id, themes: tags.themes, terms: tags.terms, language: tags.language ?? 'en' };
      }),
    );
    done += rows.length;
    afterId = rows.at(-1)?.id ?? afterId;
    await yieldToLoop();
  }
}

/**
 * Re-tags every answer of an open pulse, in its stored language (one in a language with no
 * lexicon stays so). Returns how many.
 */
export function retagOpenPulses(repo: AnswerTagsRepository, tagger: Tagger): Promise<number> {
  return retagAll(repo, repo.openPulseAnswers, tagger);
}

/**
 * Tags again the answers stored before languages were kept, with the language the tagger detects
 * (the person is not known from a pseudonym). Closed pulses' results are frozen already, so only
 * open pulses' figures move. Returns how many.
 */
export function backfillLanguages(repo: AnswerTagsRepository, tagger: Tagger): Promise<number> {
  return retagAll(repo, repo.withoutLanguage, tagger);
}
