import type { ModalView } from '@slack/types';
import { SETTINGS_BLOCKS as B } from '../../constants/slack-ids';
import type { DepartmentRepository } from '../../db/repositories/department-repository';
import type { PeopleRepository } from '../../db/repositories/people-repository';
import type { SettingsRepository } from '../../db/repositories/settings-repository';
import type { TouchpointRepository } from '../../db/repositories/touchpoint-repository';
import { renderSettingsModal } from '../../render/settings-modal';
import type { SlackGateway } from '../../slack-client/gateway';
import { zoneOrFallback } from '../../util/working-hours';
import type { AccessService } from '../access-service';
import type { OrgService } from '../org-service';
import { formFromSettings, type SettingsForm } from '../settings-form';
import type { Settings } from '../settings-schema';
import type { SettingsService } from '../settings-service';
import { workspaceTimeZone } from '../workspace-time-zone';
import { mappingNudge, parseDepartments } from './department-list';
import { lines } from './form-lines';
import { checkScalarSettings } from './scalar-settings';
import { parseTouchpoints } from './touchpoint-list';
import { usergroupHandles } from './user-groups';
import { zoneBands } from './zone-bands';

export { invalidSettingMessage, tellAboutInvalidSettings } from './invalid-stored';

export type ApplyResult =
  | { ok: true; changed: string[] }
  | { ok: false; errors: Record<string, string> }
  | { ok: false; denied: string };

export const ADMINS_ONLY = 'Only CX Align admins can change settings; nothing was changed.';

type Deps = {
  access: Pick<AccessService, 'isAdmin'>;
  settings: SettingsService;
  settingsRepo: SettingsRepository;
  org: OrgService;
  people: Pick<PeopleRepository, 'listRoster' | 'commonTimeZone'>;
  departments: DepartmentRepository;
  touchpoints: TouchpointRepository;
  gateway: SlackGateway;
  clock: () => Date;
  onChanged: () => void;
};

/** What the org lists look like now, as the audit trail records them. */
function orgSnapshot(org: OrgService) {
  return {
    departments: org.departments().map((d) => ({
      name: d.name,
      usergroupId: d.usergroupId,
      profileValue: d.profileValue,
      channelId: d.channelId,
    })),
    touchpoints: org.touchpoints().map((t) => t.name),
    prompts: org.prompts().map((p) => p.text),
  };
}

/** Every field of the form checked; the block id of each bad one → what to fix. */
async function checkForm(deps: Deps, form: SettingsForm) {
  const errors: Record<string, string> = {};
  const handles = usergroupHandles(deps.gateway);
  const { departments, error: departmentsError } = await parseDepartments(
    form.departments,
    handles,
    deps.settings,
  );
  if (departmentsError !== undefined) errors[B.departments] = departmentsError;
  // touchpoints, with renames
  const { touchpoints, error: touchpointsError } = parseTouchpoints(
    form.touchpoints,
    deps.org.touchpoints(),
    deps.touchpoints,
  );
  if (touchpointsError !== undefined) errors[B.touchpoints] = touchpointsError;
  const prompts = lines(form.prompts);
  if (prompts.length > 10 || prompts.some((p) => p.length > 200))
    errors[B.prompts] = 'At most 10 prompts of up to 200 characters.';
  // scalar settings, each checked by its own schema
  const { parsed, errors: scalarErrors } = await checkScalarSettings(form, handles);
  Object.assign(errors, scalarErrors);
  return { errors, parsed, departments, touchpoints, prompts };
}

type Checked = Awaited<ReturnType<typeof checkForm>>;

/** Writes what changed, each list with its audit entry (inside the caller's transaction); returns the names of what changed. */
function applyChecked(deps: Deps, actor: string, checked: Checked, scalars: Settings): string[] {
  const { departments, touchpoints, prompts } = checked;
  const at = deps.clock();
  const changed: string[] = deps.settings.update(scalars, actor);
  const before = orgSnapshot(deps.org);
  if (JSON.stringify(before.departments) !== JSON.stringify(departments)) {
    deps.departments.replaceActive(departments, at);
    deps.settingsRepo.recordAudit(actor, 'departments', before.departments, departments, at);
    changed.push('departments');
  }
  const touchpointNames = touchpoints.map((t) => t.name);
  if (JSON.stringify(before.touchpoints) !== JSON.stringify(touchpointNames)) {
    deps.touchpoints.replaceActive(touchpoints, at);
    deps.settingsRepo.recordAudit(actor, 'touchpoints', before.touchpoints, touchpointNames, at);
    changed.push('touchpoints');
  }
  if (JSON.stringify(before.prompts) !== JSON.stringify(prompts)) {
    deps.touchpoints.replacePrompts(prompts, at);
    deps.settingsRepo.recordAudit(actor, 'prompts', before.prompts, prompts, at);
    changed.push('prompts');
  }
  return changed;
}

/** The settings modal: shows the configuration, checks every value, applies all or nothing, audits. */
export function createSettingsAdminService(deps: Deps) {
  return {
    modal(recent = 5): ModalView {
      const changes = deps.settings.audit(recent).map((a) => ({
        when: `${a.at.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
        actor: a.actor,
        key: a.key,
      }));
      const s = deps.settings.get();
      const org = orgSnapshot(deps.org);
      const nudge = mappingNudge(org.departments, s.require_mapped_departments);
      const base = workspaceTimeZone({ settings: deps.settings, people: deps.people });
      const bands = zoneBands(
        deps.people.listRoster().map((p) => p.tz),
        zoneOrFallback(base, 'UTC'),
        deps.clock(),
      );
      return renderSettingsModal(formFromSettings(s, org), changes, nudge, bands);
    },

    /** Admins only, checked first: whoever submits the form (a stale modal, a crafted payload). */
    async apply(actor: string, form: SettingsForm): Promise<ApplyResult> {
      if (!(await deps.access.isAdmin(actor))) return { ok: false, denied: ADMINS_ONLY };
      const checked = await checkForm(deps, form);
      if (Object.keys(checked.errors).length > 0 || !checked.parsed.success)
        return { ok: false, errors: checked.errors };
      // one transaction for the whole submission, audit rows inside it: a crash or an error
      // anywhere in it leaves every setting, list and audit row as it was
      const parsed = checked.parsed.data as Settings;
      const changed = deps.settingsRepo.atomically(() => applyChecked(deps, actor, checked, parsed));
      if (changed.length > 0) deps.onChanged();
      return { ok: true, changed };
    },
  };
}
export type SettingsAdminService = ReturnType<typeof createSettingsAdminService>;
