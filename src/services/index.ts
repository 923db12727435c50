import type { SlackMessage } from '../render/help';
import type { FollowUpService } from './follow-ups';
import type { HomeService } from './home-service';
import type { Command } from './inputs';
import type { PulseCloseService } from './pulse-close-service';
import type { PulseUiService } from './pulse-ui-service';
import type { SettingsAdminService } from './settings-admin';

export type CommandContext = { userId: string; channelId: string; triggerId: string };

/** What the listeners may ask of the domain. Built by `createContainer`. */
export type Services = {
  commands: {
    /** Runs a parsed `/cx-alignment` subcommand; returns the ephemeral reply, or null when nothing is to be said. */
    run(
      command: Exclude<Command, { kind: 'help' | 'unknown' }>,
      ctx: CommandContext,
    ): Promise<SlackMessage | null>;
  };
  pulseUi: PulseUiService;
  /** The buttons of the `pulse close` confirmation. */
  pulseClose: PulseCloseService;
  home: HomeService;
  settingsAdmin: SettingsAdminService;
  /** Follow-ups on divergences: the button's modal and its submission. */
  followUps: Pick<FollowUpService, 'openModal' | 'save'>;
};
