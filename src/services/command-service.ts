import type { ModalView } from '@slack/types';
import { UserError } from '../errors';
import { plainMessage } from '../render/plain-message';
import { slackDate } from '../render/slack-date';
import type { SlackGateway } from '../slack-client/gateway';
import type { Services } from '.';
import type { AccessService } from './access-service';
import type { FollowUpService } from './follow-ups';
import { confirmClose } from './pulse-close-service';
import type { PulseService } from './pulses';
import type { ReportService } from './report-service';
import type { ThemeLexiconService } from './theme-lexicon';
import { noWorkingHourLine } from './working-hours-text';

/** When a pulse closes, for the person who opened it (the fallback: how long it stays open). */
const closes = (pulse: { openedAt: Date; closesAt: Date }) => {
  const hours = Math.round((pulse.closesAt.getTime() - pulse.openedAt.getTime()) / 3_600_000);
  return slackDate(pulse.closesAt, undefined, `in ${hours} hours`);
};

/**
 * Who gets the new pulse's DM, as the admin is told: a number for the departments large enough to
 * report on only, so the total minus the shown departments never gives a small one's headcount.
 */
function recipientsWords(split: { inLargeDepartments: number; othersInvited: boolean }): string {
  const soon = 'over the next few minutes';
  if (!split.othersInvited) return `${split.inLargeDepartments} people get a DM ${soon}`;
  const others = 'people in smaller departments, or whose department is not known yet';
  if (split.inLargeDepartments === 0)
    return `the DMs go out ${soon}, to ${others} (no count is given for them)`;
  return `${split.inLargeDepartments} people in departments large enough to report on get a DM ${soon}, and so do some ${others}`;
}

/** Routes `/cx-alignment` subcommands to the services that answer them, after the role check. */
export function createCommandService(deps: {
  access: AccessService;
  pulses: PulseService;
  reports: ReportService;
  themes: Pick<ThemeLexiconService, 'command'>;
  gateway: SlackGateway;
  settingsModal: () => ModalView;
  followUps: Pick<FollowUpService, 'list'>;
}): Services['commands'] {
  return {
    async run(command, ctx) {
      switch (command.kind) {
        case 'pulse-now': {
          if (!(await deps.access.isAdmin(ctx.userId)))
            throw new UserError(
              'Only CX Align admins can start a pulse.',
              'Ask an admin, or wait for the next scheduled pulse: it will reach you by DM.',
            );
          const opened = await deps.pulses.open({ trigger: 'manual', openedBy: ctx.userId });
          if (!opened) return plainMessage('A pulse for this moment is open already.');
          const leftOut =
            opened.noDepartment > 0
              ? ` ${opened.noDepartment === 1 ? '1 person was' : `${opened.noDepartment} people were`} left out for having no department: mapped departments are required, so map their user group or profile field, or assign them one.`
              : '';
          return plainMessage(
            `:rocket: Pulse #${opened.pulse.id} is open: ${recipientsWords(opened.split)}. It closes ${closes(opened.pulse)}.${leftOut}${noWorkingHourLine(opened.noWorkingHour)}`,
          );
        }
        case 'pulse-close':
          return confirmClose(deps, ctx.userId);
        case 'config': {
          if (!(await deps.access.isAdmin(ctx.userId)))
            throw new UserError(
              'Only CX Align admins can change settings.',
              'Ask an admin, or see `/cx-alignment help` for what you can do.',
            );
          await deps.gateway.openView(ctx.triggerId, deps.settingsModal());
          return null;
        }
        case 'report':
          return deps.reports.report(ctx.userId);
        case 'touchpoint':
          return deps.reports.touchpoint(ctx.userId, command.name);
        case 'dept':
          return deps.reports.department(ctx.userId, command.name);
        case 'trend':
          return deps.reports.trend(ctx.userId);
        case 'export':
          return deps.reports.export(ctx.userId);
        case 'themes':
          return deps.themes.command(ctx.userId, command.edit);
        case 'followups':
          return deps.followUps.list(ctx.userId);
      }
    },
  };
}
