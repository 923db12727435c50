/** German words of the open pulse's line and of the touchpoint and department views. */
import type { enViews } from './en-views';

const s = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const deViews: typeof enViews = {
  open: {
    noClosed:
      'Noch keine Ergebnisse: Die Ergebnisse einer Umfrage erscheinen hier, sobald sie geschlossen ist, nie während noch geantwortet wird.',
    isOpen: (id, emphasis) => (emphasis ? `*Umfrage #${id} ist offen*` : `Umfrage #${id} ist offen`),
    line: (pulse, date, answered, anyShown) =>
      `${pulse} bis ${date}${anyShown ? ':' : ';'} ${answered}. Ihre Ergebnisse kommen, wenn sie schließt.`,
    none: (delivered) =>
      delivered > 0 ? `noch keine von ${delivered} hat geantwortet` : 'noch keine Antworten',
    fewerThan5: (delivered) =>
      delivered > 0
        ? `bisher weniger als 5 von ${delivered} haben geantwortet`
        : 'bisher weniger als 5 Antworten',
    about: (answers) => `bisher etwa ${answers}`,
    aboutOf: (about, delivered, percent) =>
      `bisher etwa ${about}${delivered > 0 ? ` von ${delivered} haben geantwortet` : ''} (etwa ${percent}%)`,
    share: (percent, delivered) =>
      `bisher haben ${percent === 0 ? 'unter 5%' : `etwa ${percent}%`} der ${delivered} Eingeladenen geantwortet`,
    noDepartment: (threshold) => `noch keine Abteilung hat ${threshold} Antworten`,
    note: (threshold) =>
      `Gezählt werden nur Abteilungen mit bisher mindestens ${threshold} Antworten; die Zahlen sind gerundet (unter 100 Antworten auf ein Vielfaches von 5, sonst auf 5% der Eingeladenen) und höchstens stündlich aktualisiert. Ergebnisse gibt es nur für geschlossene Umfragen, damit niemandes Antwort aus einem Bericht erschlossen werden kann, der sich mit jeder Antwort ändert.`,
  },
  trend: {
    title: 'Ausrichtungsverlauf',
    index: (value) => (value === null ? 'Index k. A.' : `Index *${value}*`),
    point: (id, day, index, parts, departments) =>
      `*Umfrage #${id}* · ${day} — ${index} · ${parts} · ${departments}`,
    overall: (from, to, arrow, pulses) =>
      `Der Ausrichtungsindex ging über ${pulses} Umfragen von ${from} auf ${to} (${arrow}).`,
    tooFew: (points) =>
      `Der Verlauf braucht mindestens zwei Umfragen; ${points === 0 ? 'es gibt noch keine' : 'bisher gibt es eine'}. Er erscheint hier nach der nächsten Umfrage.`,
    heading: (shown, cut) =>
      `Index und Teile je Umfrage, älteste zuerst${cut ? ` (die letzten ${shown})` : ''}`,
    note: 'Jede Umfrage zählt nur die Abteilungen, die darin die Anonymitätsschwelle erreicht haben.',
    over: (title, pulses) => `${title} über ${pulses} Umfragen`,
  },
  touchpoint: {
    title: 'Ein Kontaktpunkt über alle Abteilungen',
    nothingToCompare: 'Weniger als zwei Abteilungen haben ihn bewertet, es gibt nichts zu vergleichen.',
    diverges: (line) => `Die Abteilungen liegen auseinander: ${line}, mehr als das Rauschen.`,
    agrees: (departments, gap, low, high) =>
      `Die Abteilungen stimmen überein: alle ${departments} liegen innerhalb von ${gap} Punkten (${low}–${high}).`,
    unclear: (gap, high, highMean, low, lowMean) =>
      `Der Abstand von ${gap} zwischen ${high} (${highMean}) und ${low} (${lowMean}) liegt im Rauschen und wird daher nicht als Abweichung gemeldet.`,
    tooFew: (names) => `_Zu wenige Antworten zum Anzeigen: ${names}_`,
    pickedShare: (share) => `${share} aller Antworten wählen ihn unter die Top 3. `,
    cannotPlace: 'Keine Abteilung hat genug Zahlen, um ihn einzuordnen.',
    notInReport: (names) =>
      `Dieser Kontaktpunkt ist nicht in diesem Bericht. Seine Kontaktpunkte sind ${names}.`,
    ratings: 'Wie jede Abteilung ihn bewertet (1–5)',
    picked: 'Wie oft er als Top-3-Priorität gewählt wird',
    quadrants: 'Wichtigkeit und Leistung je Abteilung',
    legend: (agrees, split) =>
      `Balken zeigen das Mittel auf 1–5. Teamübereinstimmung ist rwg: ≥ ${agrees} einig, &lt; ${split} gespalten.`,
  },
  department: {
    title: 'Wie eine Abteilung es sieht',
    digestTitle: (period) => `Die Sicht Ihres Teams im Vergleich · ${period}`,
    clear: ' · deutlicher Unterschied',
    rating: (touchpoint, dept, mean, others, signed, clear) =>
      `${touchpoint}: ${dept} ${mean} gegenüber den anderen ${others} (${signed})${clear}`,
    noRated: 'Kein Kontaktpunkt wurde von dieser und einer anderen Abteilung bewertet.',
    tooFew: (dept, names) => `_Zu wenige Antworten von ${dept} zum Anzeigen: ${names}_`,
    priority: (label, share, dept, others) =>
      `${label}: ${share} der Antworten von ${dept} wählen es unter die Top 3, ${others} bei den anderen`,
    theme: (label, share, dept, others) =>
      `${label}: ${share} der Definitionen von ${dept}, ${others} bei den anderen`,
    ends: (closest, near, furthest, far) =>
      `Ihre Definitionen liegen am nächsten bei ${closest} (${near}) und am weitesten von ${furthest} (${far}), auf 0–1.`,
    intro: (dept, others, respondents, window) =>
      `Wie sich die Sicht von ${dept} von ${s(others, 'der anderen gezeigten Abteilung', `den ${others} anderen gezeigten Abteilungen`)} unterscheidet · ${respondents} · ${window}`,
    ratings: (dept) => `Bewertungen (1–5): ${dept} gegenüber den anderen`,
    priorities: 'Top-Prioritäten',
    noPicks: 'Noch keine Top-3-Auswahl.',
    defines: (dept) => `Wie ${dept} großartige CX definiert`,
    noTheme: 'Noch kein CX-Thema genannt.',
    quadrants: 'Wo sie einen Kontaktpunkt in einen anderen Quadranten setzt',
    othersNote: (others, dept) =>
      `„Die anderen“ fasst ${s(others, 'die andere gezeigte Abteilung', `die ${others} anderen gezeigten Abteilungen`)} zusammen, gewichtet nach Bewertenden. Deutlicher Unterschied: Das Mittel der anderen liegt außerhalb des 95%-Intervalls von ${dept}.`,
    summary: (dept, others) =>
      `Wie sich die Sicht von ${dept} von ${s(others, 'der anderen Abteilung', `den ${others} anderen Abteilungen`)} unterscheidet`,
    biggest: (touchpoint, dept, mean, othersMean, signed) =>
      `: der größte Unterschied ist ${touchpoint}, ${dept} ${mean} gegenüber den anderen ${othersMean} (${signed}).`,
    notShown:
      'Für diese Abteilung gibt es in diesem Bericht nichts zu zeigen. Sie hatte vielleicht weniger Befragte als die Anonymitätsschwelle, die alle Antworten anonym hält.',
  },
};
