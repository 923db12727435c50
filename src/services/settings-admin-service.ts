import type { ModalView } from '@slack/types';
import type { DepartmentRepository } from '../db/repositories/department-repository';
import type { SettingsRepository } from '../db/repositories/settings-repository';
import type { TouchpointRepository } from '../db/repositories/touchpoint-repository';
import { SETTINGS_BLOCKS as B, LIST_MAX_CHARS, renderSettingsModal } from '../render/settings-modal';
import type { SlackGateway } from '../slack/gateway';
import { MAX_DEPARTMENTS, MAX_TOUCHPOINTS } from './defaults';
import type { OrgService } from './org-service';
import { formFromSettings, type SettingsForm } from './settings-form';
import { type Settings, settingsSchema } from './settings-schema';
import type { SettingsService } from './settings-service';

export type ApplyResult = { ok: true; changed: string[] } | { ok: false; errors: Record<string, string> };

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

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

  async function resolveGroup(
    value: string,
    handles: () => Promise<Map<string, string>>,
  ): Promise<string | null | Error> {
    const v = value.trim();
    if (v === '') return null;
    // an id that fits the form's 80-character field, so it shows again as saved (Slack's are ~11)
    if (/^S[A-Z0-9]{2,39}$/.test(v)) return v;
    if (!/^@?[\w.-]{1,80}$/.test(v))
      return new Error(`“${v.slice(0, 40)}” is not a user group: use @handle or its S… id.`);
    try {
      const found = (await handles()).get(v.replace(/^@/, '').toLowerCase());
      return found ?? new Error(`No user group is called @${v.replace(/^@/, '')}.`);
    } catch {
      return new Error('I could not look up user groups in Slack (it needs a paid plan); use the S… id.');
    }
  }

  function int(value: string): number | null {
    return /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : null;
  }

  return {
    modal(recent = 5): ModalView {
      const changes = settings
        .audit(recent)
        .map(
          (a) => `${a.at.toISOString().slice(0, 16).replace('T', ' ')} UTC · <@${a.actor}> changed ${a.key}`,
        );
      return renderSettingsModal(formFromSettings(settings.get(), snapshot()), changes);
    },

    async apply(actor: string, form: SettingsForm): Promise<ApplyResult> {
      const errors: Record<string, string> = {};
      let groupCache: Map<string, string> | undefined;
      const handles = async () => {
        groupCache ??= new Map((await gateway.listUsergroups()).map((g) => [g.handle.toLowerCase(), g.id]));
        return groupCache;
      };

      // departments
      const deptLines = lines(form.departments);
      const departments: {
        name: string;
        usergroupId: string | null;
        profileValue: string | null;
        channelId: string | null;
      }[] = [];
      if (deptLines.length === 0) errors[B.departments] = 'List at least one department.';
      if (deptLines.length > MAX_DEPARTMENTS)
        errors[B.departments] = `At most ${MAX_DEPARTMENTS} departments.`;
      const seen = new Set<string>();
      for (const [i, line] of deptLines.entries()) {
        const [name = '', group = '', profile = '', channel = ''] = line.split('|').map((c) => c.trim());
        const problem =
          name.length === 0 || name.length > 60
            ? 'a name of 1 to 60 characters'
            : seen.has(name.toLowerCase())
              ? `“${name}” only once`
              : channel !== '' && !/^[CG][A-Z0-9]{2,}$/.test(channel)
                ? 'a channel id like C012ABCDEF in the fourth column'
                : profile.length > 80
                  ? 'a shorter profile value'
                  : null;
        if (problem) {
          errors[B.departments] ??= `Line ${i + 1} needs ${problem}.`;
          continue;
        }
        seen.add(name.toLowerCase());
        const usergroupId = await resolveGroup(group, handles);
        if (usergroupId instanceof Error) {
          errors[B.departments] ??= `Line ${i + 1}: ${usergroupId.message}`;
          continue;
        }
        departments.push({ name, usergroupId, profileValue: profile || null, channelId: channel || null });
      }
      // The modal shows the list again as "Name | S… | value | C…": it must fit the input, or the
      // next save of any setting would send it back cut short and archive the departments cut off.
      const shown = formFromSettings(settings.get(), {
        departments,
        touchpoints: [],
        prompts: [],
      }).departments;
      if (shown.length > LIST_MAX_CHARS)
        errors[B.departments] ??=
          `As the form shows it, this list takes ${shown.length} characters, more than the ${LIST_MAX_CHARS} it can hold: shorten names or profile values, or list fewer departments.`;

      // touchpoints, with renames
      const existing = org.touchpoints();
      const tpLines = lines(form.touchpoints);
      const touchpoints: { id?: number; name: string }[] = [];
      const tpSeen = new Set<string>();
      if (tpLines.length === 0) errors[B.touchpoints] = 'List at least one touchpoint.';
      if (tpLines.length > MAX_TOUCHPOINTS)
        errors[B.touchpoints] = `At most ${MAX_TOUCHPOINTS} touchpoints: a pulse takes a minute.`;
      for (const [i, line] of tpLines.entries()) {
        const [from, to] = line.includes('=>') ? line.split('=>').map((s) => s.trim()) : [undefined, line];
        const name = to ?? '';
        const renamed = from ? existing.find((t) => t.name.toLowerCase() === from.toLowerCase()) : undefined;
        if (from && !renamed)
          errors[B.touchpoints] ??=
            `Line ${i + 1}: there is no touchpoint called “${from.slice(0, 60)}” to rename.`;
        else if (name.length === 0 || name.length > 80)
          errors[B.touchpoints] ??= `Line ${i + 1} needs a name of 1 to 80 characters.`;
        else if (tpSeen.has(name.toLowerCase())) errors[B.touchpoints] ??= `“${name}” is listed twice.`;
        else if (renamed && (deps.touchpoints.byName(name)?.id ?? renamed.id) !== renamed.id)
          // names are unique, archived touchpoints' too (past pulses join on them)
          errors[B.touchpoints] ??=
            `Line ${i + 1}: “${name.slice(0, 60)}” is the name of another touchpoint (perhaps a removed one); list “${name.slice(0, 60)}” on its own line to bring it back instead.`;
        else {
          tpSeen.add(name.toLowerCase());
          touchpoints.push(renamed ? { id: renamed.id, name } : { name });
        }
      }

      const prompts = lines(form.prompts);
      if (prompts.length > 10 || prompts.some((p) => p.length > 200))
        errors[B.prompts] = 'At most 10 prompts of up to 200 characters.';

      // scalar settings, each checked by its own schema
      const leaderGroup = await resolveGroup(form.leaderGroup, handles);
      if (leaderGroup instanceof Error) errors[B.leaderGroup] = leaderGroup.message;
      const adminGroup = await resolveGroup(form.adminGroup, handles);
      if (adminGroup instanceof Error) errors[B.adminGroup] = adminGroup.message;
      const tz = (v: string) => (v.trim() === '' ? null : v.trim());
      const candidate = {
        anonymity_threshold: int(form.threshold),
        customer_word: form.customerWord.trim(),
        customer_word_plural: form.customerWordPlural.trim(),
        pulse_schedule: {
          enabled: form.options.pulseEnabled,
          cron: form.pulseCron,
          timezone: tz(form.pulseTimezone),
          every_weeks: int(form.everyWeeks),
        },
        pulse_local_time: form.options.localTime,
        remind_after_hours: int(form.remindAfterHours),
        close_after_hours: int(form.closeAfterHours),
        second_prompt_enabled: form.options.secondPrompt,
        digest_schedule: {
          enabled: form.options.digestEnabled,
          cron: form.digestCron,
          timezone: tz(form.digestTimezone),
        },
        digest_channels: form.digestChannels,
        department_digests: form.options.departmentDigests,
        leaders: { users: form.leaders, usergroup: leaderGroup instanceof Error ? null : leaderGroup },
        admins: { users: form.admins, usergroup: adminGroup instanceof Error ? null : adminGroup },
        department_profile_field: form.departmentField.trim() || null,
        // empty keeps answers for good; anything else must be a number (not a silent "keep for good")
        retention_months:
          form.retentionMonths.trim() === '' ? null : (int(form.retentionMonths) ?? Number.NaN),
      };
      const blockOf: Record<string, string> = {
        anonymity_threshold: B.threshold,
        customer_word: B.customerWord,
        customer_word_plural: B.customerWordPlural,
        remind_after_hours: B.remindAfterHours,
        close_after_hours: B.closeAfterHours,
        digest_channels: B.digestChannels,
        leaders: B.leaders,
        admins: B.admins,
        department_profile_field: B.departmentField,
        retention_months: B.retentionMonths,
      };
      const parsed = settingsSchema.safeParse(candidate);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const [key, sub] = issue.path.map(String);
          const block =
            key === 'pulse_schedule'
              ? sub === 'timezone'
                ? B.pulseTimezone
                : sub === 'every_weeks'
                  ? B.everyWeeks
                  : B.pulseCron
              : key === 'digest_schedule'
                ? sub === 'timezone'
                  ? B.digestTimezone
                  : B.digestCron
                : (blockOf[key ?? ''] ?? B.threshold);
          errors[block] ??=
            issue.code === 'invalid_type' ? 'Please enter a whole number.' : sentence(issue.message);
        }
      }
      if (
        candidate.close_after_hours !== null &&
        candidate.remind_after_hours !== null &&
        candidate.remind_after_hours >= candidate.close_after_hours &&
        candidate.remind_after_hours > 0
      )
        errors[B.remindAfterHours] ??= 'The reminder must come before the pulse closes.';

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

function sentence(message: string): string {
  const m = message.replace(/^Invalid input:?\s*/i, '').trim();
  const text = /^(is|must)\b/.test(m) ? `This ${m}` : m;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${text.endsWith('.') ? '' : '.'}`;
}
