/**
 * In-memory stand-ins for the repositories in src/db/repositories/, each typed as the real
 * repository (strictFake) and holding only the methods the services call. Each factory returns the
 * repository and its rows, so a test arranges state and reads what the service stored.
 *
 * They keep the repositories' contracts that the services rely on (unique keys, "open" ordering,
 * the roster being active and opted-in people), not their SQL: a rule that lives in a query (the
 * report's aggregates, the roster sync's department rules) is tested against SQLite elsewhere.
 */
import type {
  AnswerInput,
  AnswerRepository,
  AnswerRow,
} from '../../../src/db/repositories/answer-repository';
import type { DeliveryRepository, DeliveryRow } from '../../../src/db/repositories/delivery-repository';
import type { DepartmentRepository, DepartmentRow } from '../../../src/db/repositories/department-repository';
import type {
  PeopleRepository,
  PersonRow,
  RosterEntry,
} from '../../../src/db/repositories/people-repository';
import type {
  PulseRepository,
  PulseRow,
  PulseTouchpoint,
} from '../../../src/db/repositories/pulse-repository';
import type { SettingsRepository } from '../../../src/db/repositories/settings-repository';
import type { TouchpointRepository, TouchpointRow } from '../../../src/db/repositories/touchpoint-repository';
import {
  answerRow,
  departmentRow,
  type PromptRow,
  personRow,
  promptRow,
  pulseRow,
  touchpointRow,
} from './rows';
import { strictFake } from './strict-fake';

const nextId = (rows: readonly { id: number }[]) => Math.max(0, ...rows.map((r) => r.id)) + 1;

export function fakePulseRepository(
  seed: { pulses?: PulseRow[]; touchpoints?: Record<number, { touchpointId: number; name: string }[]> } = {},
) {
  const pulses = [...(seed.pulses ?? [])];
  const items = new Map<number, PulseTouchpoint[]>(
    Object.entries(seed.touchpoints ?? {}).map(([id, list]) => [
      Number(id),
      list.map((t, position) => ({ ...t, position })),
    ]),
  );
  const find = (id: number) => pulses.find((p) => p.id === id);
  const repo = strictFake<PulseRepository>('PulseRepository', {
    create(pulse, list) {
      if (pulse.scheduleKey && pulses.some((p) => p.scheduleKey === pulse.scheduleKey)) return null;
      const row = pulseRow({
        id: nextId(pulses),
        trigger: pulse.trigger,
        scheduleKey: pulse.scheduleKey ?? null,
        openedBy: pulse.openedBy ?? null,
        openedAt: pulse.openedAt,
        remindAt: pulse.remindAt ?? null,
        closesAt: pulse.closesAt,
        customerWord: pulse.customerWord ?? 'customer',
        secondPrompt: pulse.secondPrompt ?? null,
        promptIndex: pulse.promptIndex ?? null,
      });
      pulses.push(row);
      items.set(
        row.id,
        list.map((t, position) => ({ ...t, position })),
      );
      return row;
    },
    nextPromptIndex: () => Math.max(-1, ...pulses.map((p) => p.promptIndex ?? -1)) + 1,
    byId: (id) => find(id) ?? null,
    ids: () => pulses.map((p) => p.id).sort((a, b) => a - b),
    closedBefore: (cutoff) =>
      pulses
        .filter((p) => p.status === 'closed' && (p.closedAt ?? p.closesAt).getTime() < cutoff.getTime())
        .map((p) => p.id),
    listOpen: () => pulses.filter((p) => p.status === 'open').sort((a, b) => a.id - b.id),
    touchpoints: (id) => items.get(id) ?? [],
    markEnqueued(id, at) {
      const p = find(id);
      if (p) p.enqueuedAt = at;
    },
    dueToClose: (now) => pulses.filter((p) => p.status === 'open' && p.closesAt.getTime() <= now.getTime()),
    dueForReminder: (now) =>
      pulses.filter(
        (p) =>
          p.status === 'open' &&
          p.remindAt !== null &&
          p.remindAt.getTime() <= now.getTime() &&
          p.closesAt.getTime() > now.getTime(),
      ),
    clearRemindAt(id) {
      const p = find(id);
      if (p) p.remindAt = null;
    },
    close(id, at) {
      const p = find(id);
      if (p?.status === 'open') Object.assign(p, { status: 'closed', closedAt: at });
    },
    /** As close, a turn of the event loop later (the real one runs on a worker thread). */
    async closeOffLoop(id, at) {
      await new Promise((resolve) => setImmediate(resolve));
      const p = find(id);
      if (p?.status !== 'open') return false;
      Object.assign(p, { status: 'closed', closedAt: at });
      return true;
    },
  });
  return { repo, pulses, items };
}

export function fakePeopleRepository(seed: PersonRow[] = []) {
  const people = [...seed];
  const synced: RosterEntry[][] = [];
  const find = (slackUserId: string) => people.find((p) => p.slackUserId === slackUserId);
  const repo = strictFake<PeopleRepository>('PeopleRepository', {
    bySlackId: (id) => find(id) ?? null,
    byId: (id) => people.find((p) => p.id === id) ?? null,
    listRoster: () => people.filter((p) => p.active && !p.optedOutAt),
    countActive: () => people.filter((p) => p.active).length,
    ensure(slackUserId, at) {
      const found = find(slackUserId);
      if (found) return found;
      const row = personRow({ id: nextId(people), slackUserId, seenAt: at, createdAt: at });
      people.push(row);
      return row;
    },
    setDepartment(personId, departmentId, source) {
      const p = people.find((q) => q.id === personId);
      if (!p) return;
      p.departmentId = departmentId;
      p.departmentSource = source;
      if (source === 'admin') p.assignedDepartmentId = departmentId;
    },
    setOptedOut(slackUserId, at) {
      const p = find(slackUserId);
      if (p) p.optedOutAt = at;
    },
    commonTimeZone() {
      const counts = new Map<string, number>();
      for (const p of people) if (p.active && p.tz) counts.set(p.tz, (counts.get(p.tz) ?? 0) + 1);
      return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    },
    /** Recorded, not applied: how entries become departments is the repository's rule (see its tests). */
    syncRoster(entries) {
      synced.push(entries);
    },
  });
  return { repo, people, synced };
}

export type FakeDelivery = Pick<
  DeliveryRow,
  'id' | 'pulseId' | 'personId' | 'kind' | 'status' | 'departmentId' | 'notBefore'
>;

/** `slackUserIdOf` stands in for the join with people that `invited` makes. */
export function fakeDeliveryRepository(
  seed: FakeDelivery[] = [],
  slackUserIdOf: (personId: number) => string = (id) => `U${id}`,
) {
  const rows = [...seed];
  const repo = strictFake<DeliveryRepository>('DeliveryRepository', {
    enqueue(list) {
      let added = 0;
      for (const r of list) {
        if (rows.some((d) => d.pulseId === r.pulseId && d.personId === r.personId && d.kind === r.kind))
          continue;
        rows.push({ ...r, id: nextId(rows), status: 'pending' });
        added++;
      }
      return added;
    },
    invited: (pulseId) =>
      rows
        .filter((d) => d.pulseId === pulseId && d.kind === 'invite' && d.status === 'sent')
        .map((d) => ({
          personId: d.personId,
          slackUserId: slackUserIdOf(d.personId),
          departmentId: d.departmentId,
        })),
    cancelPendingFor(personId) {
      const pending = rows.filter((d) => d.personId === personId && d.status === 'pending');
      for (const d of pending) d.status = 'cancelled';
      return pending.length;
    },
  });
  return { repo, rows };
}

export type StoredAnswer = AnswerInput & { id: number; submittedAt: Date };

export function fakeAnswerRepository(seed: StoredAnswer[] = []) {
  const answers = [...seed];
  const upserts: AnswerInput[] = [];
  const row = (a: StoredAnswer): AnswerRow =>
    answerRow({
      id: a.id,
      pulseId: a.pulseId,
      respondent: a.respondent,
      departmentId: a.departmentId,
      definition: a.definition,
      secondPrompt: a.secondPrompt,
      secondAnswer: a.secondAnswer,
      comment: a.comment,
      submittedAt: a.submittedAt,
    });
  const find = (pulseId: number, respondent: string) =>
    answers.find((a) => a.pulseId === pulseId && a.respondent === respondent);
  const ofKeys = (keys: readonly { pulseId: number; respondent: string }[], a: StoredAnswer) =>
    keys.some((k) => k.pulseId === a.pulseId && k.respondent === a.respondent);
  const removeWhere = (drop: (a: StoredAnswer) => boolean) => {
    const before = answers.length;
    answers.splice(0, answers.length, ...answers.filter((a) => !drop(a)));
    return before - answers.length;
  };
  const repo = strictFake<AnswerRepository>('AnswerRepository', {
    upsert(input, at) {
      upserts.push(input);
      const existing = find(input.pulseId, input.respondent);
      if (existing) {
        Object.assign(existing, input);
        return { answerId: existing.id, replaced: true };
      }
      const id = nextId(answers);
      answers.push({ ...input, id, submittedAt: at });
      return { answerId: id, replaced: false };
    },
    find(pulseId, respondent) {
      const a = find(pulseId, respondent);
      return a ? { answer: row(a), ratings: a.ratings, priorities: a.priorities } : null;
    },
    answeredAmong: (pulseId, respondents) =>
      new Set(respondents.filter((r) => find(pulseId, r) !== undefined)),
    countForRespondents: (keys) => answers.filter((a) => ofKeys(keys, a)).length,
    deleteByRespondents: (keys) => removeWhere((a) => ofKeys(keys, a)),
    deleteOfPulses: (pulseIds) => removeWhere((a) => pulseIds.includes(a.pulseId)),
  });
  return { repo, answers, upserts };
}

/** A stored answer with plain defaults (see AnswerInput). */
export const storedAnswer = (
  fields: Partial<StoredAnswer> & Pick<StoredAnswer, 'id' | 'pulseId' | 'respondent'>,
): StoredAnswer => ({
  departmentId: null,
  definition: 'Answer the phone quickly',
  secondPrompt: null,
  secondAnswer: null,
  comment: null,
  ratings: [],
  priorities: [],
  themes: [],
  terms: [],
  submittedAt: new Date('2026-01-01T00:00:00Z'),
  ...fields,
});

export function fakeDepartmentRepository(seed: DepartmentRow[] = []) {
  const departments = [...seed];
  const inserted: string[][] = [];
  const repo = strictFake<DepartmentRepository>('DepartmentRepository', {
    listActive: () => departments.filter((d) => !d.archivedAt),
    listAll: () => [...departments],
    byId: (id) => departments.find((d) => d.id === id) ?? null,
    count: () => departments.length,
    insertMany(names) {
      inserted.push([...names]);
      for (const name of names) departments.push(departmentRow({ id: nextId(departments), name }));
    },
  });
  return { repo, departments, inserted };
}

export function fakeTouchpointRepository(
  seed: { touchpoints?: TouchpointRow[]; prompts?: PromptRow[] } = {},
) {
  const touchpoints = [...(seed.touchpoints ?? [])];
  const prompts = [...(seed.prompts ?? [])];
  const inserted: { touchpoints: string[][]; prompts: string[][] } = { touchpoints: [], prompts: [] };
  const repo = strictFake<TouchpointRepository>('TouchpointRepository', {
    listActive: () => touchpoints.filter((t) => !t.archivedAt),
    count: () => touchpoints.length,
    insertMany(names) {
      inserted.touchpoints.push([...names]);
      for (const name of names) touchpoints.push(touchpointRow({ id: nextId(touchpoints), name }));
    },
    listPrompts: () => prompts.filter((p) => !p.archivedAt),
    promptCount: () => prompts.length,
    insertPrompts(texts) {
      inserted.prompts.push([...texts]);
      for (const text of texts) prompts.push(promptRow({ id: nextId(prompts), text }));
    },
  });
  return { repo, touchpoints, prompts, inserted };
}

export type AuditRow = ReturnType<SettingsRepository['audit']>[number];

/** The key/value table as a Map, with the audit rows `write` adds. */
export function fakeSettingsRepository(seed: Record<string, unknown> = {}) {
  const values = new Map<string, unknown>(Object.entries(seed));
  const audit: AuditRow[] = [];
  const writes: { changes: { key: string; value: unknown }[]; actor: string; at: Date }[] = [];
  const repo = strictFake<SettingsRepository>('SettingsRepository', {
    all: () => new Map(values),
    get: (key) => values.get(key) ?? null,
    write(changes, actor, at) {
      writes.push({ changes, actor, at });
      for (const { key, value } of changes) {
        audit.push({
          id: audit.length + 1,
          actor,
          key,
          oldValue: values.get(key) ?? null,
          newValue: value,
          at,
        });
        values.set(key, value);
      }
    },
    writeInternal(key, value) {
      values.set(key, value);
    },
    audit: (limit = 20) => [...audit].reverse().slice(0, limit),
    pastValues: (key, limit = 50) =>
      [...audit]
        .reverse()
        .filter((a) => a.key === key)
        .slice(0, limit)
        .map((a) => a.newValue),
    atomically: (work) => work(),
  });
  return { repo, values, audit, writes };
}
