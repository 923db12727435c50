/**
 * Random synthetic organisations for the anonymity attacks, the ground truth about them computed
 * from the generated answers (never from the app), and every surface the app renders from a report.
 *
 * Departments are named after animals plus some mrkdwn-hostile decoration ("Bison <Unit>"): the
 * animal is a token found in no other text, so a department can be searched for in any rendering
 * (escaped, JSON-encoded or not). Every definition starts with a marker `ZQ{department}X{n}`, so a
 * quote can be traced to its department even though the templates repeat across departments.
 */
import fc from 'fast-check';
import type { ReportModel } from '../../../src/analytics/report/index';
import { createThemeTagger, type ThemeTags } from '../../../src/analytics/themes/index';
import { DEFAULT_PROFILES, type DepartmentProfile } from '../../../src/demo/department-profiles';
import { generateOrganisation, type SyntheticOrganisation } from '../../../src/demo/generate-organisation';
import { renderCsvReport } from '../../../src/render/csv-report';
import { heatmapAltText } from '../../../src/render/heatmap/index';
import {
  heatmapInputFromModel,
  renderDashboardBlocks,
  renderDepartmentDigestMessage,
  renderDepartmentMessage,
  renderDigestMessage,
  renderReportMessage,
  renderReportModal,
  renderTouchpointMessage,
  renderTrendMessage,
} from '../../../src/render/slack-report/index';
import { renderTextReport } from '../../../src/render/text-report';

/** Animal tokens, one per department index. */
export const TOKENS = ['Aardvark', 'Bison', 'Cougar', 'Dingo', 'Eland', 'Ferret', 'Gecko'] as const;
const DECORATION = [' & Co', ' <Unit>', "'s *Team*", '_Ops_', ' ~Group~', ' `Pipe`', ' > Lizards'];

/** The department name of index `d`. */
export const departmentName = (d: number): string => `${TOKENS[d] ?? `Dept${d}`}${DECORATION[d] ?? ''}`;

/** The marker every definition of department `d` starts with. */
export const markerOf = (d: number): string => `ZQ${d}X`;

/** What a random organisation is made of. */
export interface OrgSpec {
  seed: number;
  /** Answering people per department (0 → a department with invitations only, or none). */
  sizes: number[];
  pulses: number;
  failureRate: number;
  threshold: number;
  window: { pulse: number } | { last: number };
}

/**
 * Organisations of 2–7 departments, some under the threshold (sizes 0–14 against thresholds 3–10),
 * 1–4 pulses, some failed invitations, one pulse or the last N as the window.
 */
export const orgSpec: fc.Arbitrary<OrgSpec> = fc.record({
  seed: fc.nat(),
  sizes: fc.array(
    fc.oneof(
      fc.integer({ min: 0, max: 4 }),
      fc.integer({ min: 3, max: 10 }),
      fc.integer({ min: 8, max: 14 }),
    ),
    { minLength: 2, maxLength: 7 },
  ),
  pulses: fc.integer({ min: 1, max: 4 }),
  failureRate: fc.double({ min: 0, max: 0.3, noNaN: true }),
  threshold: fc.integer({ min: 3, max: 10 }),
  window: fc.oneof(fc.record({ pulse: fc.nat() }), fc.record({ last: fc.integer({ min: 1, max: 4 }) })),
});

/**
 * The organisation of a spec, definitions marked with their department. `firstPulseAt` moves the
 * pulses (default: early 2025), e.g. so that the newest is still open for a running bot.
 */
export function organisationOf(spec: OrgSpec, firstPulseAt?: number): SyntheticOrganisation {
  const profiles: DepartmentProfile[] = spec.sizes.map((size, i) => {
    const base = DEFAULT_PROFILES[i % DEFAULT_PROFILES.length] ?? DEFAULT_PROFILES[0];
    if (base === undefined) throw new Error('no department profiles');
    return { ...base, name: departmentName(i), size, weight: 0 };
  });
  const org = generateOrganisation({
    seed: spec.seed,
    departments: profiles,
    pulses: spec.pulses,
    failureRate: spec.failureRate,
    ...(firstPulseAt === undefined ? {} : { firstPulseAt }),
  });
  let n = 0;
  for (const pulse of org.pulses)
    for (const a of pulse.answers) a.definition = `${markerOf(a.department)}${n++} ${a.definition}`;
  return org;
}

/** Indices of the window's pulses in `org.pulses`. */
export function windowIndices(spec: OrgSpec): number[] {
  const all = Array.from({ length: spec.pulses }, (_, i) => i);
  return 'pulse' in spec.window ? [spec.window.pulse % spec.pulses] : all.slice(-spec.window.last);
}

/** The window as the report loader takes it. */
export const selectorOf = (spec: OrgSpec, pulseIds: number[]): { pulseId: number } | { last: number } =>
  'pulse' in spec.window
    ? { pulseId: pulseIds[spec.window.pulse % spec.pulses] ?? 0 }
    : { last: spec.window.last };

/** What the generated answers say about a window, computed from the organisation itself. */
export interface Truth {
  /** Respondents per department index: of its largest pulse where it was shown. */
  respondents: number[];
  /** Answers per department index. */
  answers: number[];
  /** Invitations sent / failed per department index (the person's department). */
  delivered: number[];
  failed: number[];
  /** Distinct people who rated touchpoint t, per department: raters[d][t]. */
  raters: number[][];
  /** Sum and count of the ratings of touchpoint t, per department. */
  ratingSum: number[][];
  ratingCount: number[][];
  /** Priority picks of touchpoint t, per department. */
  picks: number[][];
  /** Department indices under the threshold. */
  hidden: Set<number>;
  /** "d:t" of shown departments' cells rated by fewer than the threshold. */
  smallCells: Set<string>;
}

/** One pulse's truth, as its own report shows it: groups under the threshold left out. */
function pulseTruth(org: SyntheticOrganisation, p: number, threshold: number) {
  const D = org.departments.length;
  const T = org.touchpoints.length;
  const pulse = org.pulses[p];
  const people = Array.from({ length: D }, () => new Set<number>());
  const raterSets = Array.from({ length: D }, () => Array.from({ length: T }, () => new Set<number>()));
  for (const a of pulse?.answers ?? []) {
    people[a.department]?.add(a.person);
    a.ratings.forEach((r, t) => {
      if (r !== null) raterSets[a.department]?.[t]?.add(a.person);
    });
  }
  const shown = (d: number) => (people[d]?.size ?? 0) >= threshold;
  const shownCell = (d: number, t: number) => shown(d) && (raterSets[d]?.[t]?.size ?? 0) >= threshold;
  return { pulse, people, raterSets, shown, shownCell };
}

/**
 * What the generated answers say about a window, computed from the organisation itself. A window
 * pools each pulse as its own report shows it: a group counts only from the pulses where it reached
 * the threshold, its respondents (and a cell's raters) are those of its largest such pulse.
 */
export function truthOf(org: SyntheticOrganisation, indices: number[], threshold: number): Truth {
  const D = org.departments.length;
  const T = org.touchpoints.length;
  const grid = () => Array.from({ length: D }, () => new Array<number>(T).fill(0));
  const truth: Truth = {
    respondents: new Array<number>(D).fill(0),
    answers: new Array<number>(D).fill(0),
    delivered: new Array<number>(D).fill(0),
    failed: new Array<number>(D).fill(0),
    raters: grid(),
    ratingSum: grid(),
    ratingCount: grid(),
    picks: grid(),
    hidden: new Set(),
    smallCells: new Set(),
  };
  for (const p of indices) {
    const { pulse, people, raterSets, shown, shownCell } = pulseTruth(org, p, threshold);
    if (pulse === undefined) continue;
    for (const d of pulse.deliveries) {
      const dept = org.people[d.person]?.department ?? -1;
      if (!shown(dept)) continue;
      if (d.status === 'sent') truth.delivered[dept] = (truth.delivered[dept] ?? 0) + 1;
      else truth.failed[dept] = (truth.failed[dept] ?? 0) + 1;
    }
    for (let d = 0; d < D; d++) {
      if (!shown(d)) continue;
      truth.respondents[d] = Math.max(truth.respondents[d] ?? 0, people[d]?.size ?? 0);
      for (let t = 0; t < T; t++) {
        const row = truth.raters[d];
        if (row && shownCell(d, t)) row[t] = Math.max(row[t] ?? 0, raterSets[d]?.[t]?.size ?? 0);
      }
    }
    for (const a of pulse.answers) {
      if (!shown(a.department)) continue;
      truth.answers[a.department] = (truth.answers[a.department] ?? 0) + 1;
      a.ratings.forEach((r, t) => {
        if (r === null || !shownCell(a.department, t)) return;
        const sums = truth.ratingSum[a.department];
        const counts = truth.ratingCount[a.department];
        if (sums) sums[t] = (sums[t] ?? 0) + r;
        if (counts) counts[t] = (counts[t] ?? 0) + 1;
      });
      const picks = truth.picks[a.department];
      if (picks) for (const t of a.priorities) picks[t] = (picks[t] ?? 0) + 1;
    }
  }
  truth.respondents.forEach((r, d) => {
    if (r < threshold) truth.hidden.add(d);
    else
      truth.raters[d]?.forEach((n, t) => {
        if (n < threshold) truth.smallCells.add(`${d}:${t}`);
      });
  });
  return truth;
}

/** One rendering of a report: a name and what a reader (or a program) gets. */
export interface Surface {
  name: string;
  /** Slack Block Kit (JSON), terminal text, CSV, JSON model, or chart input. */
  kind: 'slack' | 'text' | 'csv' | 'json' | 'chart';
  body: string;
}

/**
 * Every surface of a report: the leader's report, each touchpoint, each department (hidden ones
 * too, by id), the trend, the digest and each department's digest, the App Home dashboard and
 * report modal, the CSV export, the terminal text, the JSON model and the heatmap's data and alt text.
 */
export function allSurfaces(model: ReportModel, departmentIds: readonly number[]): Surface[] {
  const slack = (name: string, value: unknown): Surface => ({
    name,
    kind: 'slack',
    body: JSON.stringify(value),
  });
  const heatmap = heatmapInputFromModel(model);
  const surfaces: Surface[] = [
    slack('report', renderReportMessage(model)),
    slack('trend', renderTrendMessage(model)),
    slack(
      'digest',
      renderDigestMessage(model, { heatmapFileId: 'F1', periodLabel: 'Week 6', previousIndex: 40 }),
    ),
    slack('digest without image', renderDigestMessage(model, { periodLabel: 'Week 6' })),
    slack('dashboard', renderDashboardBlocks(model)),
    slack('report modal', renderReportModal(model)),
    { name: 'csv', kind: 'csv', body: renderCsvReport(model) },
    { name: 'text', kind: 'text', body: renderTextReport(model) },
    { name: 'json', kind: 'json', body: JSON.stringify(model) },
    { name: 'heatmap', kind: 'chart', body: JSON.stringify(heatmap) },
    { name: 'heatmap alt text', kind: 'chart', body: heatmapAltText(heatmap) },
  ];
  for (const t of model.touchpoints)
    surfaces.push(slack(`touchpoint ${t.name}`, renderTouchpointMessage(model, t.id)));
  for (const id of departmentIds) {
    surfaces.push(slack(`dept ${id}`, renderDepartmentMessage(model, id)));
    surfaces.push(slack(`dept digest ${id}`, renderDepartmentDigestMessage(model, id, 'Week 6')));
  }
  return surfaces;
}

/** Removes the one sentence allowed to name hidden departments: the terminal's "Not shown: …". */
export const withoutNotShownNote = (text: string): string => text.replace(/ ?Not shown: [^.]*\./g, '');

/**
 * The real theme tagger, memoised on the definition without its marker: the markers make every
 * definition unique, and tagging each anew would make seeding slow. Same tags as the real tagger
 * gives the template text.
 */
export function markerAwareTagger(): { tag(text: string): ThemeTags } {
  const tagger = createThemeTagger();
  const cache = new Map<string, ThemeTags>();
  return {
    tag(text: string): ThemeTags {
      const plain = text.replace(/^ZQ\d+X\d+ /, '');
      let tags = cache.get(plain);
      if (tags === undefined) {
        tags = tagger.tag(plain);
        cache.set(plain, tags);
      }
      return tags;
    },
  };
}
