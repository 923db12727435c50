/** The settings modal's "Recent changes": who changed what, with the member as a real mention. */
import type { KnownBlock } from '@slack/types';
import { escapeMrkdwn, truncate } from '../escape';

/** One line of "Recent changes": when (already formatted), who (a member id), which setting. */
export type RecentChange = { when: string; actor: string; key: string };

/** The line, with the member as a real mention and only the stored text escaped. */
function changeLine(c: RecentChange): string {
  const who = /^[UW][A-Z0-9]+$/.test(c.actor) ? `<@${c.actor}>` : escapeMrkdwn(c.actor);
  return `${escapeMrkdwn(c.when)} · ${who} changed ${escapeMrkdwn(c.key)}`;
}

/** A divider and the latest changes, or nothing when there are none. */
export function recentChangesBlocks(recentChanges: readonly RecentChange[]): KnownBlock[] {
  if (recentChanges.length === 0) return [];
  return [
    { type: 'divider' },
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: truncate(`*Recent changes*\n${recentChanges.map(changeLine).join('\n')}`, 3000),
        },
      ],
    },
  ];
}
