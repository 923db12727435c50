/**
 * A realistic synthetic organisation, from a seed: departments of different sizes, ratings with
 * planted divergences, "don't know" answers, department-flavoured priorities and definitions. The
 * tests, the demo and the benchmark all use it. Pure: no I/O, no clock.
 */
import { answerFor } from './answer-generator';
import { ENGLISH_TEMPLATES } from './definition-templates';
import { FRENCH_TEMPLATES } from './definition-templates-fr';
import { DEFAULT_PROFILES, type DepartmentProfile } from './department-profiles';
import { createRandom } from './prng';
import { DEFAULT_TOUCHPOINTS } from './touchpoints';

/** A person on the roster. */
export interface SyntheticPerson {
  /** A made-up Slack-like id for the roster only (never stored with answers). */
  slackUserId: string;
  /** Index into `departments`. */
  department: number;
  /** The opaque pseudonym their answers are stored under (hex), stable across pulses. */
  respondent: string;
  /** Whether this person answers pulses. */
  answers: boolean;
  /** Their Slack locale: `fr-CA` or `fr-FR` in the Montréal office, else `en-US`. */
  locale: string;
}

/** One answer to one pulse. */
export interface SyntheticAnswer {
  /** Index into `people`. */
  person: number;
  /** Index into `departments`. */
  department: number;
  definition: string;
  /** Rating 1–5 per touchpoint index; null = "don't know". */
  ratings: (number | null)[];
  /** Touchpoint indices picked as a top 3 (1 to 3 of them). */
  priorities: number[];
  /** ms since the epoch. */
  submittedAt: number;
}

/** One pulse with its invitations and answers. */
export interface SyntheticPulse {
  openedAt: number;
  closesAt: number;
  /** null while open (the newest pulse, when there are several). */
  closedAt: number | null;
  status: 'open' | 'closed';
  /** One invitation per person on the roster. */
  deliveries: { person: number; status: 'sent' | 'failed' }[];
  answers: SyntheticAnswer[];
}

/** The whole organisation. */
export interface SyntheticOrganisation {
  seed: number;
  departments: { name: string }[];
  /** Touchpoint names; every pulse asks all of them in this order. */
  touchpoints: string[];
  people: SyntheticPerson[];
  /** Oldest first. */
  pulses: SyntheticPulse[];
}

/** Options of {@link generateOrganisation}. */
export interface OrganisationOptions {
  seed: number;
  /** People who answer each pulse, over all departments (default 400). */
  respondents?: number;
  /** Department profiles (default: the nine of DESIGN.md, Executive with 3 respondents). */
  departments?: readonly DepartmentProfile[];
  /** Pulses, every 14 days (default 3). */
  pulses?: number;
  /** Opening time of the first pulse (default 2025-01-06 10:00 UTC). */
  firstPulseAt?: number;
  /** Chance that an invitation cannot be delivered (default 0.01). */
  failureRate?: number;
}

const DAY = 86_400_000;

/**
 * The locale of a department's `k`-th person: spread evenly, `share` of them are in Montréal (one in
 * four of those from France). No random draw, so the rest of the organisation is as without them.
 */
function localeOf(share: number, k: number): string {
  const montreal = Math.floor((k + 1) * share) > Math.floor(k * share);
  if (!montreal) return 'en-US';
  return Math.floor(k * share) % 4 === 3 ? 'fr-FR' : 'fr-CA';
}

/** Respondents per department: fixed sizes first, the rest by weight with largest remainders. */
export function departmentSizes(profiles: readonly DepartmentProfile[], respondents: number): number[] {
  const fixed = profiles.reduce((acc, p) => acc + (p.size ?? 0), 0);
  const rest = Math.max(0, respondents - fixed);
  const totalWeight = profiles.reduce((acc, p) => acc + (p.size === undefined ? p.weight : 0), 0);
  const exact = profiles.map((p) =>
    p.size !== undefined || totalWeight <= 0 ? 0 : (rest * p.weight) / totalWeight,
  );
  const sizes = profiles.map((p, i) => p.size ?? Math.floor(exact[i] ?? 0));
  let left = rest - sizes.reduce((acc, s, i) => acc + (profiles[i]?.size === undefined ? s : 0), 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0 || totalWeight <= 0) break;
    if (profiles[i]?.size !== undefined) continue;
    sizes[i] = (sizes[i] ?? 0) + 1;
    left -= 1;
  }
  return sizes;
}

function roster(
  profiles: readonly DepartmentProfile[],
  sizes: readonly number[],
  random: ReturnType<typeof createRandom>,
) {
  const people: SyntheticPerson[] = [];
  profiles.forEach((profile, department) => {
    const answering = sizes[department] ?? 0;
    const silent = Math.round(
      (answering * (1 - profile.responseRate)) / Math.max(profile.responseRate, 0.05),
    );
    for (let k = 0; k < answering + silent; k += 1) {
      const index = people.length;
      people.push({
        slackUserId: `UDEMO${index.toString(36).toUpperCase().padStart(6, '0')}`,
        department,
        respondent: random.hex(32),
        answers: k < answering,
        locale: localeOf(profile.montreal ?? 0, k),
      });
    }
  });
  return people;
}

const templatesFor = (locale: string) => (locale.startsWith('fr') ? FRENCH_TEMPLATES : ENGLISH_TEMPLATES);

/** Builds the organisation; the same options always give the same organisation. */
export function generateOrganisation(options: OrganisationOptions): SyntheticOrganisation {
  const random = createRandom(options.seed);
  const profiles = options.departments ?? DEFAULT_PROFILES;
  const pulseCount = Math.max(1, options.pulses ?? 3);
  const firstAt = options.firstPulseAt ?? Date.UTC(2025, 0, 6, 10);
  const people = roster(profiles, departmentSizes(profiles, options.respondents ?? 400), random);
  const pulses: SyntheticPulse[] = [];
  for (let p = 0; p < pulseCount; p += 1) {
    const openedAt = firstAt + p * 14 * DAY;
    const closesAt = openedAt + 5 * DAY;
    const open = pulseCount > 1 && p === pulseCount - 1;
    const progress = pulseCount > 1 ? p / (pulseCount - 1) : 0;
    const deliveries: SyntheticPulse['deliveries'] = [];
    const answers: SyntheticAnswer[] = [];
    people.forEach((person, index) => {
      const failed = random.chance(options.failureRate ?? 0.01);
      deliveries.push({ person: index, status: failed ? 'failed' : 'sent' });
      const profile = profiles[person.department];
      if (failed || !person.answers || profile === undefined) return;
      const submittedAt = openedAt + Math.floor(random.next() * 3 * DAY);
      answers.push({
        person: index,
        department: person.department,
        submittedAt,
        ...answerFor(profile, progress, random, templatesFor(person.locale)),
      });
    });
    pulses.push({
      openedAt,
      closesAt,
      closedAt: open ? null : closesAt,
      status: open ? 'open' : 'closed',
      deliveries,
      answers,
    });
  }
  return {
    seed: options.seed,
    departments: profiles.map((p) => ({ name: p.name })),
    touchpoints: [...DEFAULT_TOUCHPOINTS],
    people,
    pulses,
  };
}
