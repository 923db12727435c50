/** English words of the open pulse's line and of the touchpoint and department views. */

const s = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const enViews = {
  open: {
    noClosed:
      'There are no results yet: a pulse’s results show here once it has closed, never while people are still answering.',
    isOpen: (id: number, emphasis: boolean) => (emphasis ? `*Pulse #${id} is open*` : `Pulse #${id} is open`),
    line: (pulse: string, date: string, answered: string, anyShown: boolean) =>
      `${pulse} until ${date}${anyShown ? ':' : ';'} ${answered}. Its results come when it closes.`,
    none: (delivered: number) => (delivered > 0 ? `none of ${delivered} has answered yet` : 'no answers yet'),
    fewerThan5: (delivered: number) =>
      delivered > 0 ? `fewer than 5 of ${delivered} have answered so far` : 'fewer than 5 answers so far',
    about: (answers: string) => `about ${answers} so far`,
    aboutOf: (about: number, delivered: number, percent: number) =>
      `about ${about}${delivered > 0 ? ` of ${delivered} have answered` : ''} so far (about ${percent}%)`,
    share: (percent: number, delivered: number) =>
      `${percent === 0 ? 'under 5%' : `about ${percent}%`} of the ${delivered} invited have answered so far`,
    noDepartment: (threshold: number) => `no department has ${threshold} answers yet`,
    note: (threshold: number) =>
      `Counts include only departments with at least ${threshold} answers so far; they are rounded (to a multiple of 5 under 100 answers, else to 5% of those invited) and updated at most once an hour. Results show only for closed pulses, so nobody’s answer can be worked out from a report that changes as people answer.`,
  },
  trend: {
    title: 'Alignment trend',
    index: (value: string | null) => (value === null ? 'index n/a' : `index *${value}*`),
    point: (id: number, day: string, index: string, parts: string, departments: string) =>
      `*Pulse #${id}* · ${day} — ${index} · ${parts} · ${departments}`,
    overall: (from: number, to: number, arrow: string, pulses: number) =>
      `The alignment index went from ${from} to ${to} (${arrow}) over ${pulses} pulses.`,
    tooFew: (points: number) =>
      `The trend needs at least two pulses; ${points === 0 ? 'there is none yet' : 'there is one so far'}. It appears here after the next pulse.`,
    heading: (shown: number, cut: boolean) =>
      `Index and parts per pulse, oldest first${cut ? ` (the last ${shown})` : ''}`,
    note: 'Each pulse counts only the departments that reached the anonymity threshold in it.',
    over: (title: string, pulses: number) => `${title} over ${pulses} pulses`,
  },
  touchpoint: {
    title: 'One touchpoint across departments',
    nothingToCompare: 'Fewer than two departments rated it, so there is nothing to compare.',
    diverges: (line: string) => `Departments diverge: ${line}, larger than the noise.`,
    agrees: (departments: number, gap: string, low: string, high: string) =>
      `Departments agree: all ${departments} are within ${gap} points (${low}–${high}).`,
    unclear: (gap: string, high: string, highMean: string, low: string, lowMean: string) =>
      `The gap of ${gap} between ${high} (${highMean}) and ${low} (${lowMean}) is within the noise, so it is not reported as a divergence.`,
    tooFew: (names: string) => `_Too few answers to show: ${names}_`,
    pickedShare: (share: string) => `${share} of all answers pick it as a top 3. `,
    cannotPlace: 'No department has enough figures to place it.',
    notInReport: (names: string) => `That touchpoint is not in this report. Its touchpoints are ${names}.`,
    ratings: 'How each department rates it (1–5)',
    picked: 'How often it is picked as a top-3 priority',
    quadrants: 'Importance vs performance, per department',
    legend: (agrees: number, split: number) =>
      `Bars show the mean on 1–5. Team agreement is rwg: ≥ ${agrees} agrees, &lt; ${split} split.`,
  },
  department: {
    title: 'How one department sees it',
    digestTitle: (period: string) => `Your team's view vs the rest · ${period}`,
    clear: ' · clear difference',
    rating: (touchpoint: string, dept: string, mean: string, others: string, signed: string, clear: string) =>
      `${touchpoint}: ${dept} ${mean} vs the others ${others} (${signed})${clear}`,
    noRated: 'No touchpoint was rated by this department and another one.',
    tooFew: (dept: string, names: string) => `_Too few ${dept} answers to show: ${names}_`,
    priority: (label: string, share: string, dept: string, others: string) =>
      `${label}: ${share} of ${dept}'s answers pick it as a top 3, ${others} of the others'`,
    theme: (label: string, share: string, dept: string, others: string) =>
      `${label}: ${share} of ${dept}'s definitions, ${others} of the others'`,
    ends: (closest: string, near: string, furthest: string, far: string) =>
      `Its definitions are closest to ${closest}'s (${near}) and furthest from ${furthest}'s (${far}), on 0–1.`,
    intro: (dept: string, others: number, respondents: string, window: string) =>
      `How ${dept}'s view differs from the other ${others} ${s(others, 'department', 'departments')} shown · ${respondents} · ${window}`,
    ratings: (dept: string) => `Ratings (1–5): ${dept} vs the others`,
    priorities: 'Top priorities',
    noPicks: 'No top-3 picks yet.',
    defines: (dept: string) => `How ${dept} defines great CX`,
    noTheme: 'No CX theme mentioned yet.',
    quadrants: 'Where it puts a touchpoint in a different quadrant',
    othersNote: (others: number, dept: string) =>
      `"The others" pools the other ${others} ${s(others, 'shown department', 'shown departments')}, weighted by raters. A clear difference: the others' mean lies outside ${dept}'s 95% interval.`,
    summary: (dept: string, others: number) =>
      `How ${dept}'s view differs from the other ${others} ${s(others, 'department', 'departments')}`,
    biggest: (touchpoint: string, dept: string, mean: string, othersMean: string, signed: string) =>
      `: the biggest difference is ${touchpoint}, ${dept} ${mean} vs the others ${othersMean} (${signed}).`,
    notShown:
      'There is nothing to show for that department in this report. It may have had fewer respondents than the anonymity threshold, which keeps everyone’s answers anonymous.',
  },
};
