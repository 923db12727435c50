import { randomBytes } from 'node:crypto';
import type { UpgradeRepository } from '../db/repositories/upgrade-repository';
import type { Logger } from '../logging/logger';
import { createPseudonymizer, legacyPseudonym } from './pseudonym';

/** The upgrade migration 0006 leaves owed on a database that holds answers. */
export const PER_PULSE_PSEUDONYMS = 'per-pulse-pseudonyms';

/**
 * Rekeys the answers of releases before per-pulse pseudonyms, once, at start-up (it needs the
 * secret, which a migration has not). An old pseudonym is HMAC(secret, user id), so each person
 * on the roster (every `people` row, active or not) is mapped back from it and their answers get
 * HMAC(secret, pulse, user id). An answer whose old pseudonym is no one's (its person's row is
 * gone) gets 32 random bytes: it still counts, but links to nobody, not even a returning person.
 * One transaction with its marker: a crash leaves it undone, a second start finds nothing owed.
 */
export function rekeyLegacyAnswers(deps: {
  upgrades: UpgradeRepository;
  secret: string;
  logger: Logger;
  clock: () => Date;
}): number | null {
  const pseudonym = createPseudonymizer(deps.secret);
  const rekeyed = deps.upgrades.rekeyAnswers(PER_PULSE_PSEUDONYMS, deps.clock(), (slackUserIds) => {
    const byLegacy = new Map(slackUserIds.map((id) => [legacyPseudonym(deps.secret, id), id]));
    return (row) => {
      const userId = byLegacy.get(row.respondent);
      return userId !== undefined ? pseudonym(row.pulseId, userId) : randomBytes(32).toString('hex');
    };
  });
  if (rekeyed !== null) deps.logger.info(`rekeyed ${rekeyed} answers to per-pulse pseudonyms (done once)`);
  return rekeyed;
}
