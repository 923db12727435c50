/**
 * The admin settings modal: the form's fields in three parts (`sections.ts`), built from the field
 * helpers in `fields.ts`, then the latest changes for context (`recent-changes.ts`).
 */
import type { ModalView } from '@slack/types';
import { VIEWS } from '../../constants/slack-ids';
import { plain } from './fields';
import type { SettingsForm } from './form';
import { type RecentChange, recentChangesBlocks } from './recent-changes';
import { organisationBlocks, peopleAndPrivacyBlocks, pulseAndDigestBlocks } from './sections';
import { type ZoneBandLine, zoneBandsBlocks } from './zone-bands';

export { OPTION_LABELS, type SettingsForm } from './form';
export type { RecentChange } from './recent-changes';
export type { ZoneBandLine } from './zone-bands';

/**
 * The admin settings modal, prefilled with the current values, with the latest changes for context;
 * `nudge` (when any) is shown under the departments, e.g. to map user groups; `zoneBands` counts the
 * roster per UTC offset under the pulse settings.
 */
export function renderSettingsModal(
  form: SettingsForm,
  recentChanges: readonly RecentChange[],
  nudge: string | null = null,
  zoneBands: readonly ZoneBandLine[] = [],
): ModalView {
  return {
    type: 'modal',
    callback_id: VIEWS.settings,
    title: plain('CX Align settings'),
    submit: plain('Save'),
    close: plain('Cancel'),
    blocks: [
      ...organisationBlocks(form, nudge),
      ...pulseAndDigestBlocks(form),
      ...zoneBandsBlocks(zoneBands),
      ...peopleAndPrivacyBlocks(form),
      ...recentChangesBlocks(recentChanges),
    ],
  };
}
