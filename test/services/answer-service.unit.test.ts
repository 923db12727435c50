/** The answer service against in-memory answer, pulse, people and department repositories. */
import { describe, expect, it } from 'vitest';
import { BLOCK, DONT_KNOW } from '../../src/constants/slack-ids';
import type { DeliveryRow } from '../../src/db/repositories/delivery-repository';
import { createAnswerService, type Tagger } from '../../src/services/answer-service';
import type { PulseSubmission } from '../../src/services/inputs';
import {
  DAY,
  departmentRow,
  fakeAnswerRepository,
  fakeDepartmentRepository,
  fakePeopleRepository,
  fakePseudonym,
  fakePulseRepository,
  fakeSettings,
  fixedClock,
  personRow,
  pulseRow,
} from '../support/fakes';

const NOW = new Date('2026-03-02T10:00:00Z');
const OPEN = 1;
const CLOSED = 2;
const EXPIRED = 3;
const SALES = 1;
const ARCHIVED = 2;
const SUPPORT = 3;

function setup(settings: { require_mapped_departments?: boolean } = {}) {
  const pulses = fakePulseRepository({
    pulses: [
      pulseRow({
        id: OPEN,
        openedAt: NOW,
        closesAt: new Date(NOW.getTime() + DAY),
        secondPrompt: 'Who is our ideal customer?',
      }),
      pulseRow({ id: CLOSED, status: 'closed', closesAt: new Date(NOW.getTime() + DAY) }),
      // still marked open, but its close time has passed
      pulseRow({ id: EXPIRED, closesAt: new Date(NOW.getTime() - 1) }),
    ],
    touchpoints: {
      [OPEN]: [
        { touchpointId: 1, name: 'Support' },
        { touchpointId: 2, name: 'Sales conversations' },
      ],
    },
  });
  const people = fakePeopleRepository([
    personRow({ id: 1, slackUserId: 'USALES001', departmentId: SALES, locale: 'fr-CA' }),
    personRow({ id: 2, slackUserId: 'UMOVED001', departmentId: ARCHIVED }),
  ]);
  const departments = fakeDepartmentRepository([
    departmentRow({ id: SALES, name: 'Sales' }),
    departmentRow({ id: ARCHIVED, name: 'Old team', archivedAt: new Date('2026-01-15T00:00:00Z') }),
    departmentRow({ id: SUPPORT, name: 'Support' }),
  ]);
  const answers = fakeAnswerRepository();
  // invitations to the open pulse, by person id: status and the department invited under
  const invites = new Map<number, Pick<DeliveryRow, 'status' | 'departmentId'>>([
    [1, { status: 'sent', departmentId: SALES }],
    [2, { status: 'sent', departmentId: ARCHIVED }],
  ]);
  const deliveries = {
    inviteFor(pulseId: number, personId: number): DeliveryRow | null {
      const invite = invites.get(personId);
      if (!invite) return null;
      const at = new Date(NOW.getTime() - DAY);
      return {
        id: personId,
        pulseId,
        personId,
        kind: 'invite',
        ...invite,
        notBefore: at,
        attempts: 1,
        lastError: null,
        channelId: 'D1',
        messageTs: '1.1',
        updatedAt: at,
        createdAt: at,
      };
    },
  };
  const tagged: string[] = [];
  const locales: (string | undefined)[] = [];
  const tagger: Tagger = {
    tag(text, options) {
      tagged.push(text);
      locales.push(options?.locale);
      return { themes: ['speed'], terms: ['phone'], language: options?.locale ? 'fr' : 'en' };
    },
  };
  const service = createAnswerService({
    answers: answers.repo,
    pulses: pulses.repo,
    people: people.repo,
    departments: departments.repo,
    deliveries,
    pseudonym: fakePseudonym,
    settings: fakeSettings(settings),
    tagger: () => tagger,
    clock: fixedClock(NOW).now,
  });
  return { service, answers, people, tagged, invites, locales };
}

const submission = (fields: Partial<PulseSubmission> = {}): PulseSubmission => ({
  departmentId: null,
  definition: 'Answer the phone within a minute',
  secondAnswer: 'Small shops',
  comment: null,
  ratings: new Map([
    ['1', '4'],
    ['2', DONT_KNOW],
  ]),
  priorities: ['1'],
  unknownBlocks: [],
  hasDepartmentBlock: false,
  ...fields,
});

describe('answer service (unit)', () => {
  it('refuses a submission for a closed or expired pulse and stores nothing', () => {
    const { service, answers, people, tagged } = setup();
    for (const pulseId of [CLOSED, EXPIRED, 99]) {
      expect(service.submit('UNEW00001', pulseId, submission())).toEqual({ kind: 'closed' });
    }
    expect(answers.upserts).toEqual([]);
    expect(tagged).toEqual([]);
    expect(people.repo.bySlackId('UNEW00001')).toBeNull();
  });

  it('stores an answer under the pseudonym with its department, ratings without "don’t know", and themes', () => {
    const { service, answers, locales } = setup();
    const closesAt = new Date(NOW.getTime() + DAY);
    expect(service.submit('USALES001', OPEN, submission())).toEqual({
      kind: 'saved',
      replaced: false,
      closesAt,
    });
    expect(answers.upserts).toEqual([
      {
        pulseId: OPEN,
        respondent: fakePseudonym(OPEN, 'USALES001'),
        departmentId: SALES,
        definition: 'Answer the phone within a minute',
        secondPrompt: 'Who is our ideal customer?',
        secondAnswer: 'Small shops',
        comment: null,
        quoteConsent: false, // not ticked: quotes are opt-in
        ratings: [{ touchpointId: 1, rating: 4 }],
        priorities: [1],
        themes: ['speed'],
        terms: ['phone'],
        // tagged in the person's Slack locale, and its language kept with the answer
        language: 'fr',
      },
    ]);
    expect(locales).toEqual(['fr-CA']);
    expect(service.submit('USALES001', OPEN, submission())).toEqual({
      kind: 'saved',
      replaced: true,
      closesAt,
    });
    expect(answers.answers).toHaveLength(1);
  });

  it('names every wrong field, and stores and tags nothing', () => {
    const { service, answers, tagged } = setup();
    const result = service.submit(
      'USALES001',
      OPEN,
      submission({
        definition: 'ok',
        ratings: new Map([
          ['1', '7'],
          ['07', '3'],
          ['5', '3'],
        ]),
        priorities: ['1', '9'],
      }),
    );
    expect(result.kind).toBe('invalid');
    expect(result.kind === 'invalid' ? Object.keys(result.errors).sort() : []).toEqual(
      [
        BLOCK.definition,
        BLOCK.priorities,
        `${BLOCK.ratingPrefix}07`,
        `${BLOCK.ratingPrefix}1`,
        `${BLOCK.ratingPrefix}5`,
      ].sort(),
    );
    expect(answers.upserts).toEqual([]);
    expect(tagged).toEqual([]);
  });

  it('asks someone whose department was archived to pick one, and keeps the pick as their own', () => {
    const { service, answers, people } = setup();
    expect(service.departmentOf('UMOVED001')).toBeNull();
    const archivedPick = service.submit('UMOVED001', OPEN, submission({ departmentId: String(ARCHIVED) }));
    expect(archivedPick.kind === 'invalid' ? Object.keys(archivedPick.errors) : []).toEqual([
      BLOCK.department,
    ]);
    expect(service.submit('UMOVED001', OPEN, submission({ departmentId: String(SUPPORT) })).kind).toBe(
      'saved',
    );
    expect(answers.upserts.map((a) => a.departmentId)).toEqual([SUPPORT]);
    expect(people.repo.bySlackId('UMOVED001')).toMatchObject({
      departmentId: SUPPORT,
      departmentSource: 'self',
    });
    expect(service.departmentOf('UMOVED001')).toBe(SUPPORT);
  });

  it('deletes only the asking person’s own answers', () => {
    const { service, answers } = setup();
    service.submit('USALES001', OPEN, submission());
    service.submit('UMOVED001', OPEN, submission({ departmentId: String(SUPPORT) }));
    expect(service.deleteOwn('USALES001')).toBe(1);
    expect(answers.answers.map((a) => a.respondent)).toEqual([fakePseudonym(OPEN, 'UMOVED001')]);
    expect(service.current('USALES001', OPEN)).toBeUndefined();
  });

  it('counts only the invited: nobody it was not sent to, opted out, off the roster or uninvited again', () => {
    const { service, answers, people, invites } = setup();
    // never invited (a guest, or someone who joined after the pulse opened): no person row is made
    expect(service.submit('UNEW00001', OPEN, submission())).toEqual({ kind: 'not-invited' });
    expect(people.repo.bySlackId('UNEW00001')).toBeNull();
    expect(service.mayAnswer('UNEW00001', OPEN)).toBe(false);
    // invited, then the invitation cancelled (opted out before it was sent)
    invites.set(1, { status: 'cancelled', departmentId: SALES });
    expect(service.submit('USALES001', OPEN, submission())).toEqual({ kind: 'not-invited' });
    invites.set(1, { status: 'sent', departmentId: SALES });
    // invited, then opted out, or left the roster
    people.repo.setOptedOut('USALES001', NOW);
    expect(service.submit('USALES001', OPEN, submission())).toEqual({ kind: 'not-invited' });
    people.repo.setOptedOut('USALES001', null);
    expect(service.submit('USALES001', OPEN, submission()).kind).toBe('saved');
    expect(answers.upserts).toHaveLength(1);
  });

  it('counts an answer in the department it was invited under, and a self-pick once per pulse', () => {
    const { service, answers, people } = setup();
    // the person's department changed after the invitation: the pulse keeps the one it asked
    const sales = people.repo.bySlackId('USALES001');
    if (!sales) throw new Error('no person');
    people.repo.setDepartment(sales.id, SUPPORT, 'admin');
    expect(service.departmentFor('USALES001', OPEN)).toBe(SALES);
    service.submit('USALES001', OPEN, submission());
    expect(answers.upserts.at(-1)?.departmentId).toBe(SALES);
    // invited under an archived department: picks once; a crafted second pick changes nothing
    service.submit('UMOVED001', OPEN, submission({ departmentId: String(SUPPORT) }));
    service.submit('UMOVED001', OPEN, submission({ departmentId: String(SALES), hasDepartmentBlock: true }));
    expect(answers.upserts.slice(-2).map((a) => a.departmentId)).toEqual([SUPPORT, SUPPORT]);
  });

  it('says where a crafted other department counted, and moves a self-pick from the next pulse on', () => {
    const { service, answers, people } = setup();
    const crafted = service.submit('USALES001', OPEN, submission({ departmentId: String(SUPPORT) }));
    expect(crafted).toMatchObject({ kind: 'saved', kept: 'Sales' });
    const sales = people.repo.bySlackId('USALES001');
    if (!sales) throw new Error('no person');
    people.repo.setDepartment(sales.id, SALES, 'self');
    expect(service.modalDepartment('USALES001', OPEN)).toEqual({
      kind: 'fixed',
      name: 'Sales',
      next: { current: SALES },
    });
    const moved = service.submit('USALES001', OPEN, submission({ nextDepartmentId: String(SUPPORT) }));
    expect(moved).toMatchObject({ kind: 'saved', next: 'Support' });
    expect(moved.kind === 'saved' ? moved.kept : 'not saved').toBeUndefined();
    // this pulse's answer stays in Sales; the person is in Support from the next pulse on
    expect(answers.upserts.map((a) => a.departmentId)).toEqual([SALES, SALES]);
    expect(people.repo.bySlackId('USALES001')).toMatchObject({
      departmentId: SUPPORT,
      departmentSource: 'self',
    });
    expect(service.departmentFor('USALES001', OPEN)).toBe(SALES);
  });

  it('lets nobody whose department is mapped or assigned move it in the form', () => {
    const { service, people } = setup();
    const sales = people.repo.bySlackId('USALES001');
    if (!sales) throw new Error('no person');
    people.repo.setDepartment(sales.id, SALES, 'admin');
    expect(service.modalDepartment('USALES001', OPEN)).toEqual({ kind: 'fixed', name: 'Sales', next: null });
    const result = service.submit('USALES001', OPEN, submission({ nextDepartmentId: String(SUPPORT) }));
    expect(result.kind === 'invalid' ? Object.keys(result.errors) : []).toEqual([BLOCK.nextDepartment]);
    expect(people.repo.bySlackId('USALES001')?.departmentId).toBe(SALES);
  });

  it('with mapped departments required: no pick at all, and someone without a department is not counted', () => {
    const { service, answers, people } = setup({ require_mapped_departments: true });
    // invited under an archived department and with no other: nothing to count the answer in
    expect(service.modalDepartment('UMOVED001', OPEN)).toEqual({ kind: 'none' });
    expect(service.submit('UMOVED001', OPEN, submission({ departmentId: String(SUPPORT) }))).toEqual({
      kind: 'no-department',
    });
    expect(people.repo.bySlackId('UMOVED001')?.departmentSource).toBeNull();
    // invited under a department: counted there, with no change offered
    expect(service.modalDepartment('USALES001', OPEN)).toEqual({ kind: 'fixed', name: 'Sales', next: null });
    expect(service.submit('USALES001', OPEN, submission()).kind).toBe('saved');
    expect(answers.upserts.map((a) => a.departmentId)).toEqual([SALES]);
  });
});
