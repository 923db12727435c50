import {
  type ReportModel,
  type RoundedParticipation,
  roundParticipation,
} from '../../analytics/report/index';
import { pct } from '../report-format';
import { SELF_DECLARED_CAVEAT } from '../slack-report/words';
import { pad, section } from './layout';

/** An open pulse's answers and rate as the rounding rule says them ("~40", "~67%", "<5"). */
function rounded(answered: number, delivered: number): { answered: string; rate: string } {
  const r: RoundedParticipation = roundParticipation(answered, delivered);
  switch (r.kind) {
    case 'none':
      return { answered: '0', rate: delivered > 0 ? '0%' : '–' };
    case 'fewer-than-5':
      return { answered: '<5', rate: '–' };
    case 'count':
      return { answered: `~${r.about}`, rate: r.percent === null ? '–' : `~${r.percent}%` };
    case 'share':
      return {
        answered: `~${Math.round((r.percent / 100) * delivered)}`,
        rate: r.percent === 0 ? '<5%' : `~${r.percent}%`,
      };
  }
}

/**
 * Invitations, answers and rate per shown department and over them all. Of a window still open the
 * answers and rates are rounded as every open-pulse line is (`roundParticipation`).
 */
export function participation(m: ReportModel): string[] {
  const lines = [
    ...section('Participation'),
    `  ${pad('Department', 24)}${'Delivered'.padStart(10)}${'Answered'.padStart(10)}${'Rate'.padStart(7)}${'Failed'.padStart(8)}`,
  ];
  // invitesKnown false: some invited before their department was known answered here uncounted,
  // so no rate of the department is true (its answers are still said)
  const row = (
    name: string,
    delivered: number,
    answered: number,
    rate: number | null,
    failed: number,
    invitesKnown = true,
  ) => {
    const open = m.window.open ? rounded(answered, invitesKnown ? delivered : 0) : null;
    const said = open ?? { answered: String(answered), rate: rate === null ? '–' : pct(rate) };
    const shownRate = invitesKnown ? said.rate : '–';
    return `  ${pad(name, 24)}${String(delivered).padStart(10)}${said.answered.padStart(10)}${shownRate.padStart(7)}${String(failed).padStart(8)}`;
  };
  for (const p of m.participation)
    lines.push(row(p.department, p.delivered, p.answered, p.responseRate, p.failed, p.invitesKnown));
  const t = m.totals;
  const all = t.unplacedDelivered > 0 ? 'All invited' : 'All shown departments';
  lines.push(row(all, t.delivered, t.answers, t.responseRate, t.failed));
  if (t.unplacedDelivered > 0)
    lines.push(
      `  ${t.unplacedDelivered} of the invited were invited before their department was known: invitations were not known per department, so departments show answers without a rate.`,
    );
  if (m.departmentsMostlySelfDeclared) lines.push(`  ${SELF_DECLARED_CAVEAT}`);
  if (m.window.open)
    lines.push(
      '  The pulse is still open: answers are rounded (to 5 below 100, else to 5% of those invited).',
    );
  return lines;
}
