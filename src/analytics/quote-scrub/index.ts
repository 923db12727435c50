/**
 * Quotes that identify nobody: contacts, links, Slack mentions and the roster's names in a
 * definition are replaced by neutral marks before it may be quoted. Pure: the names come in as data.
 */
import { MARK, scrubContacts } from './contacts';
import { type NameMatcher, nameMatcher, scrubNames } from './names';

export { MARK, type NameMatcher, nameMatcher, scrubContacts, scrubNames };

/** `text` with contacts and links first (an e-mail may hold a name), then the roster's names, marked. */
export function scrubQuote(text: string, names: NameMatcher = new Map()): string {
  return scrubNames(scrubContacts(text), names);
}
