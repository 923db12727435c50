/**
 * "How Sales's view differs from the rest": one department against the other shown departments,
 * for `/cx-alignment dept NAME` and for the department's own channel digest.
 */
import type { KnownBlock } from '@slack/types';
import { QUADRANT_LABELS, type Quadrant, type ReportModel } from '../../analytics/report/index';
import { escapeMrkdwn } from '../escape';
import type { SlackMessage } from '../help';
import { one, pct, two } from '../report-format';
import { context, divider, header, message, section, titled } from './blocks';
import { divergentThemeLines, quoteLine } from './definition-lines';
import {
  ownConflicts,
  priorityContrasts,
  type RatingContrast,
  ratingContrasts,
  similarityEnds,
  themeContrasts,
} from './department-view';
import { isComparable, notComparableMessage } from './empty-state';
import { namesList, QUADRANT_ORDER } from './priority-lines';
import { bold, footerWords, name, plural, suppressedWords, windowWords } from './words';

/** How much the department view lists. */
export interface DepartmentViewOptions {
  touchpoints: number;
  quotes: number;
  /** Start the fallback text with the title (a channel post's notification). */
  titleInText?: boolean;
}

const signed = (x: number): string => `${x >= 0 ? '+' : '−'}${one(Math.abs(x))}`;

function ratingLine(c: RatingContrast, dept: string): string {
  const clear = c.outsideInterval ? ' · clear difference' : '';
  return `${bold(c.touchpoint)}: ${dept} ${one(c.mean)} vs the others ${one(c.others)} (${signed(c.difference)})${clear}`;
}

function conflictLines(model: ReportModel, department: string, dept: string): string[] {
  return ownConflicts(model, department)
    .slice(0, 4)
    .map((c) => {
      const others = QUADRANT_ORDER.flatMap((q: Quadrant) => {
        const names = c.others[q];
        return names === undefined ? [] : [`${QUADRANT_LABELS[q]} for ${namesList(names)}`];
      });
      return `${bold(c.touchpoint)}${c.opposite ? ' (opposite views)' : ''}: ${QUADRANT_LABELS[c.own]} for ${dept}; ${others.join(' · ')}`;
    });
}

/** The blocks of the department view (no header), and a one-line summary for the fallback text. */
export function departmentBlocks(
  model: ReportModel,
  departmentId: number,
  opts: DepartmentViewOptions,
): { blocks: KnownBlock[]; summary: string } | null {
  const department = model.departments.find((d) => d.id === departmentId);
  if (department === undefined) return null;
  const dept = name(department.name);
  const others = model.totals.departmentsShown - 1;
  const { contrasts, tooFew } = ratingContrasts(model, departmentId);
  const ratings = contrasts.slice(0, opts.touchpoints).map((c) => ratingLine(c, dept));
  if (contrasts.length === 0) ratings.push('No touchpoint was rated by this department and another one.');
  if (tooFew.length > 0)
    ratings.push(`_Too few ${dept} answers to show: ${tooFew.map((t) => name(t)).join(', ')}_`);
  const priorities = priorityContrasts(model, departmentId).map(
    (p) =>
      `${bold(p.label)}: ${pct(p.share)} of ${dept}'s answers pick it as a top 3, ${pct(p.othersShare)} of the others'`,
  );
  const ends = similarityEnds(model, departmentId);
  const themes = [
    ...themeContrasts(model, departmentId).map(
      (t) =>
        `${bold(t.label)}: ${pct(t.share)} of ${dept}'s definitions, ${pct(t.othersShare)} of the others'`,
    ),
    ...divergentThemeLines(model, 2, departmentId),
    ends === null
      ? ''
      : `Its definitions are closest to ${name(ends.closest.name)}'s (${two(ends.closest.similarity)}) and furthest from ${name(ends.furthest.name)}'s (${two(ends.furthest.similarity)}), on 0–1.`,
  ].filter((l) => l !== '');
  const conflicts = conflictLines(model, department.name, dept);
  const quotes = model.definitions.quotes
    .filter((q) => q.department === department.name)
    .slice(0, opts.quotes);
  const blocks: KnownBlock[] = [
    section(
      `How ${bold(department.name)}'s view differs from the other ${plural(others, 'department')} shown · ${plural(department.respondents, 'respondent')} · ${windowWords(model)}`,
    ),
    titled(`Ratings (1–5): ${dept} vs the others`, ratings),
    titled('Top priorities', priorities.length > 0 ? priorities : ['No top-3 picks yet.']),
    titled(`How ${dept} defines great CX`, themes.length > 0 ? themes : ['No CX theme mentioned yet.']),
  ];
  if (conflicts.length > 0)
    blocks.push(titled('Where it puts a touchpoint in a different quadrant', conflicts));
  if (quotes.length > 0) blocks.push(section(quotes.map(quoteLine).join('\n')));
  blocks.push(
    divider(),
    context(
      `"The others" pools the other ${plural(others, 'shown department')}, weighted by raters. A clear difference: the others' mean lies outside ${dept}'s 95% interval.`,
      suppressedWords(model),
      footerWords(model.threshold),
    ),
  );
  const top = contrasts[0];
  const summary =
    top === undefined
      ? `How ${dept}'s view differs from the other ${plural(others, 'department')}`
      : `How ${dept}'s view differs from the other ${plural(others, 'department')}: the biggest difference is ${name(top.touchpoint)}, ${dept} ${one(top.mean)} vs the others ${one(top.others)} (${signed(top.difference)}).`;
  return { blocks, summary };
}

const NOT_SHOWN =
  'There is nothing to show for that department in this report. It may have had fewer respondents than the anonymity threshold, which keeps everyone’s answers anonymous.';

function render(
  model: ReportModel | null | undefined,
  departmentId: number,
  title: string,
  opts: DepartmentViewOptions,
) {
  if (model == null || !isComparable(model)) return notComparableMessage(model, title);
  const view = departmentBlocks(model, departmentId, opts);
  if (view === null) return message(NOT_SHOWN, [header(title), section(NOT_SHOWN)]);
  const text = opts.titleInText ? `${escapeMrkdwn(title)}: ${view.summary}` : view.summary;
  return message(text, [header(title), ...view.blocks]);
}

/** `/cx-alignment dept NAME`: how one department's view differs from the other shown departments. */
export function renderDepartmentMessage(
  model: ReportModel | null | undefined,
  departmentId: number,
): SlackMessage {
  return render(model, departmentId, 'How one department sees it', { touchpoints: 10, quotes: 3 });
}

/** The department's own channel digest: the same view, shorter. `periodLabel` is plain text. */
export function renderDepartmentDigestMessage(
  model: ReportModel | null | undefined,
  departmentId: number,
  periodLabel: string,
): SlackMessage {
  return render(model, departmentId, `Your team's view vs the rest · ${periodLabel}`, {
    touchpoints: 5,
    quotes: 2,
    titleInText: true,
  });
}
