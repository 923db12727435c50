/** German report words. */
import { deViews } from './de-views';
import type { ReportMessages } from './en';

const s = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const reportDe: ReportMessages = {
  code: 'de',
  isOne: (n: number) => n === 1,
  nouns: {
    department: ['Abteilung', 'Abteilungen'],
    answer: ['Antwort', 'Antworten'],
    respondent: ['Befragter', 'Befragte'],
  },
  words: {
    parts: {
      ratingAgreement: 'Bewertungen',
      priorityConcordance: 'Prioritäten',
      definitionSimilarity: 'Definitionen',
    },
    notAvailable: 'k. A.',
    noChange: 'unverändert',
    since: (change, since) => `${change} seit ${since}`,
    agreement: { agrees: 'Team ist sich einig', moderate: 'etwas Streuung', split: 'Team ist gespalten' },
    interval: (low, high) => `95%-KI ${low}–${high}`,
    pulses: (ids, many) => (many ? `Umfragen ${ids}` : `Umfrage ${ids}`),
    opened: 'geöffnet',
    from: 'ab',
    stillOpen: 'noch offen',
    closed: (day) => `geschlossen ${day}`,
    across: (departments) => `in ${departments}`,
    answered: (answered, delivered, percent, across) =>
      `${answered} von ${delivered} haben geantwortet (${percent}%) ${across}`,
    unplaced: (n) =>
      ` (${n} davon eingeladen, bevor ihre Abteilung bekannt war, daher sind Einladungen nicht je Abteilung bekannt)`,
    selfDeclared:
      'Die meisten Abteilungen hier haben die Personen selbst gewählt, sie stammen nicht aus Slack-Benutzergruppen oder von einem Admin: Unterschiede zwischen Abteilungen bitte mit Vorsicht lesen.',
    footer: (threshold) =>
      `Gruppen unter ${threshold} Personen werden nie gezeigt, und keine Antwort wird jemandem zugeordnet`,
    suppressed: (departments, cells, threshold) => {
      const parts: string[] = [];
      if (departments > 0)
        parts.push(
          `${departments} ${s(departments, 'Abteilung', 'Abteilungen')} mit weniger als ${threshold} Befragten ${s(departments, 'wird', 'werden')} nicht gezeigt`,
        );
      if (cells > 0)
        parts.push(
          `${cells} ${s(cells, 'Bewertung Abteilung × Kontaktpunkt', 'Bewertungen Abteilung × Kontaktpunkt')} mit weniger als ${threshold} Bewertenden ${s(cells, 'zeigt', 'zeigen')} „zu wenige Antworten“`,
        );
      return parts.length === 0 ? null : `${parts.join('; ')}.`;
    },
  },
  index: {
    sincePulse: (id) => `Umfrage #${id}`,
    notAvailable: (parts) =>
      `Ausrichtungsindex noch nicht verfügbar: Er braucht mindestens zwei Abteilungen mit vergleichbaren Antworten (${parts})`,
    sentence: (shown, delta, parts) => `Ausrichtungsindex ${shown}/100${delta} · ${parts}`,
    formula:
      'Index = 100 × Mittel der berechenbaren Teile: Bewertungsübereinstimmung (1 − mittleres ε² der Abteilung über die Kontaktpunkte), Prioritätenkonkordanz (mittleres Spearman-r̄ = (mW − 1)/(m − 1) aus Kendalls W), Definitionsähnlichkeit (Mittel von 1 − Jensen-Shannon-Divergenz der Themenmischungen)',
  },
  report: {
    title: 'CX-Ausrichtungsbericht',
    more: (n) => `…und ${n} weitere`,
    moreDepartments: (n) => `…und ${n} weitere Abteilungen`,
    moreTouchpoints: (n) => `…und ${n} weitere Kontaktpunkte`,
    respondentsIn: (respondents, departments) => `${respondents} in ${departments}`,
    diverge: 'Wo Abteilungen auseinanderliegen',
    agree: 'Wo Abteilungen übereinstimmen',
    split: 'Gespalten im Team',
    priorities: 'Prioritäten',
    quadrants: 'Wichtigkeit und Leistung: unterschiedliche Quadranten',
    definitions: 'Wie Abteilungen großartige CX definieren',
    topDivergence: (line) => `Größte Abweichung: ${line}.`,
    moreViews: 'Weitere Ansichten unter `/cx-alignment help`',
  },
  digest: {
    title: (period) => `CX-Ausrichtung · ${period}`,
    sinceLastDigest: 'der letzten Zusammenfassung',
    moreInCommand: (n) => `…und ${n} weitere in \`/cx-alignment\``,
    details: 'Details mit `/cx-alignment`',
    agree: ':handshake: Wo wir übereinstimmen',
    diverge: ':warning: Wo wir auseinanderliegen',
    definitions: ':speech_balloon: Wie jede Abteilung großartige CX definiert',
    heatmapTitle: 'Wie Abteilungen jeden Kontaktpunkt bewerten (1–5)',
    heatmapHidden: (threshold) => `Gruppen unter ${threshold} nicht gezeigt`,
    biggestDivergence: (line) => `Größte Abweichung: ${line}.`,
    pulseResults: (id) => `Ergebnisse der Umfrage #${id}`,
    week: (week) => `Woche ${week}`,
  },
  definitions: {
    similarity: {
      very: 'sehr ähnlich',
      fairly: 'ziemlich ähnlich',
      somewhat: 'eher unterschiedlich',
      different: 'sehr unterschiedlich',
    },
    noTheme: 'kein CX-Thema genannt',
    coverage: (themed, tagged, otherLanguage) =>
      `${themed} von ${tagged} ${s(tagged, 'Antwort', 'Antworten')} mit Thema${otherLanguage > 0 ? `, ${otherLanguage} ohne Thema (Sprache)` : ''}`,
    noConsensus: 'Noch kein Thema wird von den meisten Abteilungen geteilt.',
    consensusItem: (label, departments, share) =>
      `${label} (${departments} Abteilungen, ${share} der Antworten)`,
    consensus: (items) => `Von den meisten Abteilungen geteilt: ${items}`,
    standsOut: (department, label, share, others) =>
      `${department} hebt sich bei ${label} ab (${share} gegenüber ${others} anderswo)`,
    ends: (a, b, near, c, d, far) => `; am nächsten ${a} und ${b} ${near}, am weitesten ${c} und ${d} ${far}`,
    similarityLine: (word, mean, ends) =>
      `Die Definitionen sind zwischen den Abteilungen ${word} (mittlere Ähnlichkeit ${mean} auf 0–1${ends}).`,
  },
  divergence: {
    none: 'Keine Abweichung bei einem Kontaktpunkt ist größer als das Rauschen.',
    noAgreement: 'Noch kein Kontaktpunkt hat alle Abteilungen innerhalb eines halben Punkts.',
    rates: (high, touchpoint, highMean, low, lowMean, gap) =>
      `${high} bewertet ${touchpoint} mit ${highMean}, ${low} mit ${lowMean} (Abstand ${gap})`,
    intervals: (a, b, c, d) => `; 95%-Intervalle ${a}–${b} und ${c}–${d}`,
    detail: (head, nHigh, nLow, intervals) => `${head}: n ${nHigh} und ${nLow}${intervals}`,
    agreement: (touchpoint, departments, gap, low, high) =>
      `${touchpoint}: alle ${departments} Abteilungen innerhalb von ${gap} (${low}–${high})`,
    unclear: (n) =>
      `_${n} ${s(n, 'weiterer Abstand ist', 'weitere Abstände sind')} einen halben Punkt oder mehr, aber im Rauschen._`,
    split: (department, touchpoint, figures) => `${department} ist bei ${touchpoint} gespalten${figures}`,
    splitFigures: (mean, rwg) => ` (Mittel ${mean}, rwg ${rwg})`,
    noSplit: 'Kein Team ist bei einem Kontaktpunkt gespalten: Jedes bewertet ziemlich einheitlich.',
  },
  priorities: {
    concordanceWords: {
      largely: 'stimmen weitgehend überein',
      partly: 'stimmen teilweise überein',
      hardly: 'stimmen kaum überein',
      none: 'stimmen nicht überein',
    },
    noConcordance: 'Zu wenige Abteilungen haben Prioritäten gewählt, um sie zu vergleichen.',
    chance: ', nicht mehr als der Zufall ergäbe',
    concordance: (word, w, r, p, departments, chance) =>
      `Die Abteilungen ${word}, was Kunden am wichtigsten ist (Kendalls W ${w}, mittlere Rangkorrelation ${r}, ${p}, ${departments} Abteilungen${chance}).`,
    topPicks: (items) => `Am häufigsten unter den Top 3: ${items}`,
    moreNames: (shown, n) => `${shown} +${n} weitere`,
    opposite: ' (gegensätzliche Sicht)',
    quadrantFor: (label, names) => `${label} für ${names}`,
    quadrants: {
      fix_first: 'zuerst verbessern',
      keep_it_up: 'weiter so',
      low_priority: 'geringe Priorität',
      possible_overkill: 'womöglich zu viel',
    },
    noConflict: 'Die Abteilungen ordnen jeden Kontaktpunkt demselben Quadranten zu.',
  },
  empty: {
    noResults:
      'Noch keine Ergebnisse. Sobald eine Umfrage genug Antworten hat, zeigt dies, wo Abteilungen übereinstimmen und wo sie auseinanderliegen. Ein Admin kann eine mit `/cx-alignment pulse now` starten.',
    noDepartmentHas: 'keine Abteilung hat',
    onlyHave: (departments, n) => `nur ${departments} ${s(n, 'hat', 'haben')}`,
    notComparable: (who, threshold, window) =>
      `Noch nicht genug zum Vergleichen: ${who} mindestens ${threshold} Befragte in ${window}. Der Bericht vergleicht Abteilungen, braucht also zwei oder mehr; er füllt sich, wenn mehr Menschen antworten.`,
  },
  ...deViews,
};
