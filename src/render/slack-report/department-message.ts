/**
 * "How Sales's view differs from the rest": one department against the other shown departments,
 * for `/cx-alignment dept NAME` and for the department's own channel digest.
 */
import type { KnownBlock } from '@slack/types';
import type { Quadrant, ReportModel } from '../../analytics/report/index';
import { escapeMrkdwn } from '../escape';
import type { SlackMessage } from '../help';
import { type ReportLanguage, type ReportMessages, reportMessagesFor } from '../i18n/report/index';
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
import { bold, counted, footerWords, name, suppressedWords, windowWords } from './words';

/** How much the department view lists. */
export interface DepartmentViewOptions {
  touchpoints: number;
  quotes: number;
  /** Start the fallback text with the title (a channel post's notification). */
  titleInText?: boolean;
}

const signed = (x: number): string => `${x >= 0 ? '+' : '−'}${one(Math.abs(x))}`;

function ratingLine(c: RatingContrast, dept: string, m: ReportMessages): string {
  const clear = c.outsideInterval ? m.department.clear : '';
  return m.department.rating(
    bold(c.touchpoint),
    dept,
    one(c.mean),
    one(c.others),
    signed(c.difference),
    clear,
  );
}

function conflictLines(model: ReportModel, department: string, dept: string, m: ReportMessages): string[] {
  const p = m.priorities;
  return ownConflicts(model, department)
    .slice(0, 4)
    .map((c) => {
      const others = QUADRANT_ORDER.flatMap((q: Quadrant) => {
        const names = c.others[q];
        return names === undefined ? [] : [p.quadrantFor(p.quadrants[q], namesList(names, undefined, m))];
      });
      const own = p.quadrantFor(p.quadrants[c.own], dept);
      return `${bold(c.touchpoint)}${c.opposite ? p.opposite : ''}: ${own}; ${others.join(' · ')}`;
    });
}

/** The blocks of the department view (no header), and a one-line summary for the fallback text. */
export function departmentBlocks(
  model: ReportModel,
  departmentId: number,
  opts: DepartmentViewOptions,
  m: ReportMessages = reportMessagesFor('en'),
): { blocks: KnownBlock[]; summary: string } | null {
  const department = model.departments.find((d) => d.id === departmentId);
  if (department === undefined) return null;
  const w = m.department;
  const dept = name(department.name);
  const others = model.totals.departmentsShown - 1;
  const { contrasts, tooFew } = ratingContrasts(model, departmentId);
  const ratings = contrasts.slice(0, opts.touchpoints).map((c) => ratingLine(c, dept, m));
  if (contrasts.length === 0) ratings.push(w.noRated);
  if (tooFew.length > 0) ratings.push(w.tooFew(dept, tooFew.map((t) => name(t)).join(', ')));
  const priorities = priorityContrasts(model, departmentId).map((p) =>
    w.priority(bold(p.label), pct(p.share), dept, pct(p.othersShare)),
  );
  const ends = similarityEnds(model, departmentId);
  const themes = [
    ...themeContrasts(model, departmentId).map((t) =>
      w.theme(bold(t.label), pct(t.share), dept, pct(t.othersShare)),
    ),
    ...divergentThemeLines(model, 2, departmentId, m),
    ends === null
      ? ''
      : w.ends(
          name(ends.closest.name),
          two(ends.closest.similarity),
          name(ends.furthest.name),
          two(ends.furthest.similarity),
        ),
  ].filter((l) => l !== '');
  const conflicts = conflictLines(model, department.name, dept, m);
  const quotes = model.definitions.quotes
    .filter((q) => q.department === department.name)
    .slice(0, opts.quotes);
  const respondents = counted(department.respondents, 'respondent', m);
  const blocks: KnownBlock[] = [
    section(w.intro(bold(department.name), others, respondents, windowWords(model, m))),
    titled(w.ratings(dept), ratings),
    titled(w.priorities, priorities.length > 0 ? priorities : [w.noPicks]),
    titled(w.defines(dept), themes.length > 0 ? themes : [w.noTheme]),
  ];
  if (conflicts.length > 0) blocks.push(titled(w.quadrants, conflicts));
  if (quotes.length > 0) blocks.push(section(quotes.map(quoteLine).join('\n')));
  blocks.push(
    divider(),
    context(w.othersNote(others, dept), suppressedWords(model, m), footerWords(model.threshold, '', m)),
  );
  const top = contrasts[0];
  const biggest =
    top === undefined
      ? ''
      : w.biggest(name(top.touchpoint), dept, one(top.mean), one(top.others), signed(top.difference));
  return { blocks, summary: `${w.summary(dept, others)}${biggest}` };
}

function render(
  model: ReportModel | null | undefined,
  departmentId: number,
  title: string,
  opts: DepartmentViewOptions,
  m: ReportMessages,
) {
  if (model == null || !isComparable(model)) return notComparableMessage(model, title, m);
  const view = departmentBlocks(model, departmentId, opts, m);
  const NOT_SHOWN = m.department.notShown;
  if (view === null) return message(NOT_SHOWN, [header(title), section(NOT_SHOWN)]);
  const text = opts.titleInText ? `${escapeMrkdwn(title)}: ${view.summary}` : view.summary;
  return message(text, [header(title), ...view.blocks]);
}

/** `/cx-alignment dept NAME`: how one department's view differs from the other shown departments. */
export function renderDepartmentMessage(
  model: ReportModel | null | undefined,
  departmentId: number,
  lang?: ReportLanguage,
): SlackMessage {
  const m = reportMessagesFor(lang);
  return render(model, departmentId, m.department.title, { touchpoints: 10, quotes: 3 }, m);
}

/** The department's own channel digest: the same view, shorter. `periodLabel` is plain text. */
export function renderDepartmentDigestMessage(
  model: ReportModel | null | undefined,
  departmentId: number,
  periodLabel: string,
  lang?: ReportLanguage,
): SlackMessage {
  const m = reportMessagesFor(lang);
  const opts = { touchpoints: 5, quotes: 2, titleInText: true };
  return render(model, departmentId, m.department.digestTitle(periodLabel), opts, m);
}
