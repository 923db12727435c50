/**
 * Block builders that keep to Slack's Block Kit limits, so no renderer has to remember them.
 * Every text passed in is already mrkdwn-safe (user text escaped by the caller, see `words.ts`).
 */
import type { ContextBlock, HeaderBlock, ImageBlock, KnownBlock, SectionBlock } from '@slack/types';
import { truncate } from '../escape';
import type { SlackMessage } from '../help';

/**
 * The limits this module enforces (https://docs.slack.dev/reference/block-kit/blocks). `messageChars`
 * is ours: Slack refuses messages whose blocks hold about 13,000 characters in all
 * (`msg_blocks_too_long`, slackapi/bolt-js#2509) although no single documented limit is hit.
 */
export const LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  sectionText: 3000,
  headerText: 150,
  contextElements: 10,
  contextText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  buttonText: 75,
  modalTitle: 24,
  altText: 2000,
  fallbackText: 3000,
  messageChars: 12_000,
} as const;

/** A header: plain text only, so callers pass fixed wording, never user text. */
export function header(text: string): HeaderBlock {
  return {
    type: 'header',
    text: { type: 'plain_text', text: truncate(text, LIMITS.headerText), emoji: true },
  };
}

/** A mrkdwn section, cut to the section limit. */
export function section(text: string): SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(text, LIMITS.sectionText) } };
}

/**
 * Keeps whole lines while they fit in `max` characters and says how many were left out, so a
 * cut never lands inside an escape (`&amp;`), a date token or a bold name.
 */
export function fitLines(lines: readonly string[], max: number = LIMITS.sectionText): string {
  const kept: string[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    const left = lines.length - i - 1;
    const more = left > 0 ? `\n…and ${left} more` : '';
    if (used + line.length + 1 + more.length > max) {
      if (kept.length === 0) return truncate(line, max);
      kept.push(`…and ${lines.length - i} more`);
      break;
    }
    kept.push(line);
    used += line.length + 1;
  }
  return truncate(kept.join('\n'), max);
}

/** A section with a bold title line and then lines, fitted to the section limit. */
export function titled(title: string, lines: readonly string[]): SectionBlock {
  return section(fitLines([`*${title}*`, ...lines]));
}

/** A context block of up to ten mrkdwn elements; empty strings are dropped. */
export function context(...texts: string[]): ContextBlock {
  const elements = texts
    .filter((t) => t.trim() !== '')
    .slice(0, LIMITS.contextElements)
    .map((text) => ({ type: 'mrkdwn' as const, text: truncate(text, LIMITS.contextText) }));
  return { type: 'context', elements };
}

/** A divider. */
export const divider = (): KnownBlock => ({ type: 'divider' });

/** An image block showing an uploaded Slack file. */
export function fileImage(fileId: string, altText: string, title?: string): ImageBlock {
  return {
    type: 'image',
    slack_file: { id: fileId },
    alt_text: truncate(altText.trim() === '' ? 'Chart' : altText, LIMITS.altText),
    ...(title === undefined
      ? {}
      : { title: { type: 'plain_text', text: truncate(title, LIMITS.fieldText) } }),
  };
}

/** At most `max` blocks, keeping the last one (the footer) when it has to cut. */
export function capBlocks(blocks: readonly KnownBlock[], max: number): KnownBlock[] {
  if (blocks.length <= max) return [...blocks];
  const last = blocks.at(-1);
  return last === undefined ? [] : [...blocks.slice(0, max - 1), last];
}

/** A message: the fallback text (never empty) and at most 50 blocks. */
export function message(text: string, blocks: readonly KnownBlock[]): SlackMessage {
  const fallback = text.trim() === '' ? 'CX Align' : fitLines(text.split('\n'), LIMITS.fallbackText);
  return { text: fallback, blocks: capBlocks(blocks, LIMITS.messageBlocks) };
}
