/**
 * One synthetic person's answer to a pulse, drawn from their department's profile.
 */
import {
  CLAUSES,
  type DefinitionTemplates,
  ENGLISH_TEMPLATES,
  type TemplateTheme,
} from './definition-templates';
import type { DepartmentProfile } from './department-profiles';
import type { Random } from './prng';
import {
  BASE_DONT_KNOW,
  BASE_MEANS,
  BASE_PRIORITY,
  DEFAULT_TOUCHPOINTS,
  RATING_SD,
  type TouchpointName,
} from './touchpoints';

const THEMES = Object.keys(CLAUSES) as TemplateTheme[];
/** Weight of a theme a department does not lean on. */
const OTHER_THEME_WEIGHT = 0.15;
/** The company's own promise, which every department repeats now and then: a consensus theme. */
const COMMON_THEME: TemplateTheme = 'trust';
const COMMON_THEME_CHANCE = 0.3;

/** The department's true mean for a touchpoint; `progress` (0 → 1) moves drifting means to the base. */
export function trueMean(profile: DepartmentProfile, touchpoint: TouchpointName, progress: number): number {
  const base = BASE_MEANS[touchpoint];
  const drifting = profile.driftingMeans?.[touchpoint];
  if (drifting !== undefined) return drifting + (base - drifting) * progress;
  return profile.means?.[touchpoint] ?? base;
}

/** A 1–5 rating: the true mean plus normal noise, rounded and clamped to the scale. */
function rating(mean: number, random: Random): number {
  return Math.min(5, Math.max(1, Math.round(mean + RATING_SD * random.normal())));
}

/** 1 to 3 distinct touchpoints, drawn by the department's leanings (mostly 3). */
function priorities(profile: DepartmentProfile, random: Random): number[] {
  const weights = DEFAULT_TOUCHPOINTS.map((t) => BASE_PRIORITY[t] * (profile.priorities?.[t] ?? 1));
  const count = random.chance(0.8) ? 3 : random.chance(0.6) ? 2 : 1;
  const picked: number[] = [];
  for (let k = 0; k < count; k += 1) {
    const index = random.weighted(weights);
    if (index < 0) break;
    picked.push(index);
    weights[index] = 0;
  }
  return picked.sort((a, b) => a - b);
}

/**
 * A sentence from one or two themes the department leans on (sometimes none at all), in the words of
 * `templates`. Every language has as many clauses per theme, so the draws do not depend on it.
 */
function definition(profile: DepartmentProfile, random: Random, templates: DefinitionTemplates): string {
  if (random.chance(0.05)) return random.pick(templates.vague);
  const weights = THEMES.map((t) => profile.themes[t] ?? OTHER_THEME_WEIGHT);
  const first = THEMES[random.weighted(weights)] ?? 'speed';
  const picked: TemplateTheme[] = [first];
  const clauses = [random.pick(templates.clauses[first])];
  if (random.chance(0.6)) {
    weights[THEMES.indexOf(first)] = 0;
    const second = THEMES[random.weighted(weights)];
    if (second !== undefined) {
      picked.push(second);
      clauses.push(random.pick(templates.clauses[second]));
    }
  }
  if (random.chance(COMMON_THEME_CHANCE) && !picked.includes(COMMON_THEME)) {
    clauses.push(random.pick(templates.clauses[COMMON_THEME]));
  }
  const last = clauses.pop() ?? '';
  const list = clauses.length === 0 ? last : `${clauses.join(', ')} ${templates.and} ${last}`;
  return `${random.pick(templates.openers)} ${list}.`;
}

/** Ratings (null = "don't know"), priorities and a definition (in `templates`' language) for one person. */
export function answerFor(
  profile: DepartmentProfile,
  progress: number,
  random: Random,
  templates: DefinitionTemplates = ENGLISH_TEMPLATES,
): { ratings: (number | null)[]; priorities: number[]; definition: string } {
  const ratings = DEFAULT_TOUCHPOINTS.map((t) =>
    random.chance(profile.dontKnow?.[t] ?? BASE_DONT_KNOW)
      ? null
      : rating(trueMean(profile, t, progress), random),
  );
  return {
    ratings,
    priorities: priorities(profile, random),
    definition: definition(profile, random, templates),
  };
}
