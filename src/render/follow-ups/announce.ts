/** The messages a new follow-up sends: the owner's DM and the post where the departments see it. */

import { escapeMrkdwn, truncate } from '../escape';
import type { SlackMessage } from '../help';
import { one } from '../report-format';
import { fitLines, section } from '../slack-report/blocks';
import { slackDay } from './day';
import { subjectWords } from './outcome-line';
import type { FollowUpView } from './types';

/** The follow-up in a few lines: subject and figures, departments, next step, owner and due date. */
export function followUpLines(f: FollowUpView, createdBy: string): string[] {
  return [
    `${subjectWords(f)}: ${one(f.highMean)} vs ${one(f.lowMean)} (gap ${one(f.gap)}${f.significant ? ', significant' : ''}, pulse #${f.pulseId})`,
    `*Departments:* ${escapeMrkdwn(truncate(f.departments.join(', '), 600))}`,
    `*Next step:* ${escapeMrkdwn(f.nextStep)}`,
    `*Owner:* <@${f.ownerId}> · *due* ${slackDay(f.dueDate)} · set by <@${createdBy}>`,
  ];
}

export function ownerDm(f: FollowUpView, createdBy: string): SlackMessage {
  const head = `:dart: You own follow-up #${f.id}.`;
  return {
    text: `${head} Next step: ${truncate(f.nextStep, 200)}`,
    blocks: [section(fitLines([head, ...followUpLines(f, createdBy)]))],
  };
}

export function followUpPost(f: FollowUpView, createdBy: string): SlackMessage {
  const head = `:dart: *Follow-up #${f.id}* on a divergence between departments:`;
  return {
    text: `Follow-up #${f.id}: ${truncate(f.nextStep, 200)}`,
    blocks: [section(fitLines([head, ...followUpLines(f, createdBy)]))],
  };
}
