import type { ModalView } from '@slack/types';
import { SETTINGS_BLOCKS as B } from '../constants/slack-ids';
import type { DepartmentRepository } from '../db/repositories/department-repository';
import type { SettingsRepository } from '../db/repositories/settings-repository';
import type { TouchpointRepository } from '../db/repositories/touchpoint-repository';
import { renderSettingsModal } from '../render/settings-modal';
import type { SlackGateway } from '../slack-client/gateway';
import type { OrgService } from './org-service';
import { parseDepartments } from './settings-admin/department-list';
import { lines } from './settings-admin/form-lines';
import { checkScalarSettings } from './settings-admin/scalar-settings';
import { parseTouchpoints } from './settings-admin/touchpoint-list';
import { usergroupHandles } from './settings-admin/user-groups';
import { formFromSettings, type SettingsForm } from './settings-form';
import type { Settings } from './settings-schema';
import type { SettingsService } from './settings-service';

export type ApplyResult = { ok: true; changed: string[] } | { ok: false; errors: Record<string, string> };

/** The settings modal: shows the configuration, checks every value, applies all or nothing, audits. */
export function createSettingsAdminService(deps: {
  settings: SettingsService;
  settingsRepo: SettingsRepository;
  org: OrgService;
  departments: DepartmentRepository;
  touchpoints: TouchpointRepository;
  gateway: SlackGateway;
  clock: () => Date;
  onChanged: () => void;
}) {
  const { settings, org, gateway, clock } = deps;

  function snapshot() {
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

  return {
    modal(recent = 5): ModalView {
      const changes = settings.audit(recent).map((a) => ({
        when: `${a.at.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
        actor: a.actor,
        key: a.key,
      }));
      return renderSettingsModal(formFromSettings(settings.get(), snapshot()), changes);
    },

    async apply(actor: string, form: SettingsForm): Promise<ApplyResult> {
      const errors: Record<string, string> = {};
      const handles = usergroupHandles(gateway);

      // departments
      const { departments, error: departmentsError } = await parseDepartments(
        form.departments,
        handles,
        settings,
      );
      if (departmentsError !== undefined) errors[B.departments] = departmentsError;

      // touchpoints, with renames
      const { touchpoints, error: touchpointsError } = parseTouchpoints(
        form.touchpoints,
        org.touchpoints(),
        deps.touchpoints,
      );
      if (touchpointsError !== undefined) errors[B.touchpoints] = touchpointsError;

      const prompts = lines(form.prompts);
      if (prompts.length > 10 || prompts.some((p) => p.length > 200))
        errors[B.prompts] = 'At most 10 prompts of up to 200 characters.';

      // scalar settings, each checked by its own schema
      const { parsed, errors: scalarErrors } = await checkScalarSettings(form, handles);
      Object.assign(errors, scalarErrors);

      if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };

      const at = clock();
      const changed: string[] = settings.update(parsed.data as Settings, actor);
      const before = snapshot();
      if (JSON.stringify(before.departments) !== JSON.stringify(departments)) {
        deps.departments.replaceActive(departments, at);
        deps.settingsRepo.recordAudit(actor, 'departments', before.departments, departments, at);
        changed.push('departments');
      }
      if (JSON.stringify(before.touchpoints) !== JSON.stringify(touchpoints.map((t) => t.name))) {
        deps.touchpoints.replaceActive(touchpoints, at);
        deps.settingsRepo.recordAudit(
          actor,
          'touchpoints',
          before.touchpoints,
          touchpoints.map((t) => t.name),
          at,
        );
        changed.push('touchpoints');
      }
      if (JSON.stringify(before.prompts) !== JSON.stringify(prompts)) {
        deps.touchpoints.replacePrompts(prompts, at);
        deps.settingsRepo.recordAudit(actor, 'prompts', before.prompts, prompts, at);
        changed.push('prompts');
      }
      if (changed.length > 0) deps.onChanged();
      return { ok: true, changed };
    },
  };
}
export type SettingsAdminService = ReturnType<typeof createSettingsAdminService>;
