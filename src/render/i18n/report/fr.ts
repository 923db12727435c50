/** French report words. */
import type { ReportMessages } from './en';
import { frViews } from './fr-views';

const s = (n: number, one: string, many: string) => (n < 2 ? one : many);

export const reportFr: ReportMessages = {
  code: 'fr',
  isOne: (n: number) => n < 2,
  nouns: {
    department: ['service', 'services'],
    answer: ['réponse', 'réponses'],
    respondent: ['répondant', 'répondants'],
  },
  words: {
    parts: {
      ratingAgreement: 'notes',
      priorityConcordance: 'priorités',
      definitionSimilarity: 'définitions',
    },
    notAvailable: 'n.d.',
    noChange: 'inchangé',
    since: (change, since) => `${change} depuis ${since}`,
    agreement: { agrees: 'équipe d’accord', moderate: 'avis partagés', split: 'équipe divisée' },
    interval: (low, high) => `IC 95 % ${low}–${high}`,
    pulses: (ids, many) => (many ? `Sondages ${ids}` : `Sondage ${ids}`),
    opened: 'ouvert le',
    from: 'depuis le',
    stillOpen: 'encore ouvert',
    closed: (day) => `clos le ${day}`,
    across: (departments) => `dans ${departments}`,
    answered: (answered, delivered, percent, across) =>
      `${answered} réponses sur ${delivered} invités (${percent} %) ${across}`,
    unplaced: (n) =>
      ` (dont ${n} invités avant que leur service soit connu : les invitations ne sont donc pas connues par service)`,
    selfDeclared:
      'La plupart des services ont été choisis par les personnes elles-mêmes, et non repris des groupes Slack ni fixés par un admin : lisez les écarts entre services avec prudence.',
    footer: (threshold) =>
      `Les groupes de moins de ${threshold} personnes ne sont jamais montrés, et aucune réponse n’est attribuée à personne`,
    suppressed: (departments, cells, threshold) => {
      const parts: string[] = [];
      if (departments > 0)
        parts.push(
          `${departments} ${s(departments, 'service', 'services')} de moins de ${threshold} répondants ${s(departments, 'n’est pas montré', 'ne sont pas montrés')}`,
        );
      if (cells > 0)
        parts.push(
          `${cells} ${s(cells, 'note service × point de contact', 'notes service × point de contact')} de moins de ${threshold} répondants ${s(cells, 'affiche', 'affichent')} « trop peu de réponses »`,
        );
      return parts.length === 0 ? null : `${parts.join(' ; ')}.`;
    },
  },
  index: {
    sincePulse: (id) => `le sondage #${id}`,
    notAvailable: (parts) =>
      `Indice d’alignement pas encore disponible : il faut au moins deux services aux réponses comparables (${parts})`,
    sentence: (shown, delta, parts) => `Indice d’alignement ${shown}/100${delta} · ${parts}`,
    formula:
      'indice = 100 × moyenne des parties calculables : accord des notes (1 − ε² moyen du service sur les points de contact), concordance des priorités (r̄ de Spearman moyen = (mW − 1)/(m − 1) tiré du W de Kendall), similarité des définitions (moyenne de 1 − divergence de Jensen–Shannon des thèmes)',
  },
  report: {
    title: 'Rapport d’alignement CX',
    more: (n) => `…et ${n} de plus`,
    moreDepartments: (n) => `…et ${n} services de plus`,
    moreTouchpoints: (n) => `…et ${n} points de contact de plus`,
    respondentsIn: (respondents, departments) => `${respondents} dans ${departments}`,
    diverge: 'Où les services divergent',
    agree: 'Où les services sont d’accord',
    split: 'Équipes divisées',
    priorities: 'Priorités',
    quadrants: 'Importance et performance : quadrants différents',
    definitions: 'Comment les services définissent une excellente CX',
    topDivergence: (line) => `Principale divergence : ${line}.`,
    moreViews: 'Voir `/cx-alignment help` pour d’autres vues',
  },
  digest: {
    title: (period) => `Alignement CX · ${period}`,
    sinceLastDigest: 'le dernier résumé',
    moreInCommand: (n) => `…et ${n} de plus dans \`/cx-alignment\``,
    details: '`/cx-alignment` pour le détail',
    agree: ':handshake: Où nous sommes d’accord',
    diverge: ':warning: Où nous divergeons',
    definitions: ':speech_balloon: Comment chaque service définit une excellente CX',
    heatmapTitle: 'Comment les services notent chaque point de contact (1–5)',
    heatmapHidden: (threshold) => `groupes de moins de ${threshold} non montrés`,
    biggestDivergence: (line) => `Plus grande divergence : ${line}.`,
    pulseResults: (id) => `Résultats du sondage #${id}`,
    week: (week) => `Semaine ${week}`,
  },
  definitions: {
    similarity: {
      very: 'très proches',
      fairly: 'assez proches',
      somewhat: 'plutôt différentes',
      different: 'très différentes',
    },
    noTheme: 'aucun thème CX mentionné',
    coverage: (themed, tagged, otherLanguage) =>
      `${themed} ${s(tagged, 'réponse', 'réponses')} sur ${tagged} avec un thème${otherLanguage > 0 ? `, ${otherLanguage} sans thème (langue)` : ''}`,
    noConsensus: 'Aucun thème n’est encore partagé par la plupart des services.',
    consensusItem: (label, departments, share) => `${label} (${departments} services, ${share} des réponses)`,
    consensus: (items) => `Partagé par la plupart des services : ${items}`,
    standsOut: (department, label, share, others) =>
      `${department} se distingue sur ${label} (${share} contre ${others} ailleurs)`,
    ends: (a, b, near, c, d, far) =>
      ` ; les plus proches : ${a} et ${b} ${near}, les plus éloignés : ${c} et ${d} ${far}`,
    similarityLine: (word, mean, ends) =>
      `Les définitions sont ${word} d’un service à l’autre (similarité moyenne ${mean} sur 0–1${ends}).`,
  },
  divergence: {
    none: 'Aucune divergence sur un point de contact ne dépasse le bruit.',
    noAgreement:
      'Aucun point de contact n’a encore tous les services à moins d’un demi-point les uns des autres.',
    rates: (high, touchpoint, highMean, low, lowMean, gap) =>
      `${high} note ${touchpoint} ${highMean}, ${low} ${lowMean} (écart ${gap})`,
    intervals: (a, b, c, d) => ` ; intervalles à 95 % ${a}–${b} et ${c}–${d}`,
    detail: (head, nHigh, nLow, intervals) => `${head} : n ${nHigh} et ${nLow}${intervals}`,
    agreement: (touchpoint, departments, gap, low, high) =>
      `${touchpoint} : les ${departments} services à ${gap} près (${low}–${high})`,
    unclear: (n) =>
      `_${n} ${s(n, 'autre écart atteint', 'autres écarts atteignent')} un demi-point ou plus mais ${s(n, 'reste', 'restent')} dans le bruit._`,
    split: (department, touchpoint, figures) => `${department} est divisé sur ${touchpoint}${figures}`,
    splitFigures: (mean, rwg) => ` (moyenne ${mean}, rwg ${rwg})`,
    noSplit:
      'Aucune équipe n’est divisée sur un point de contact : chacune les note de façon assez cohérente.',
  },
  priorities: {
    concordanceWords: {
      largely: 'sont largement d’accord',
      partly: 'sont en partie d’accord',
      hardly: 'sont à peine d’accord',
      none: 'ne sont pas d’accord',
    },
    noConcordance: 'Trop peu de services ont choisi des priorités pour les comparer.',
    chance: ', pas plus que le hasard',
    concordance: (word, w, r, p, departments, chance) =>
      `Les services ${word} sur ce qui compte le plus pour les clients (W de Kendall ${w}, corrélation de rang moyenne ${r}, ${p}, ${departments} services${chance}).`,
    topPicks: (items) => `Le plus souvent dans le top 3 : ${items}`,
    moreNames: (shown, n) => `${shown} +${n} autres`,
    opposite: ' (avis opposés)',
    quadrantFor: (label, names) => `${label} pour ${names}`,
    quadrants: {
      fix_first: 'à corriger d’abord',
      keep_it_up: 'à maintenir',
      low_priority: 'faible priorité',
      possible_overkill: 'effort peut-être excessif',
    },
    noConflict: 'Les services placent chaque point de contact dans le même quadrant.',
  },
  empty: {
    noResults:
      'Pas encore de résultats. Quand un sondage aura assez de réponses, vous verrez ici où les services sont d’accord et où ils divergent. Un admin peut en lancer un avec `/cx-alignment pulse now`.',
    noDepartmentHas: 'aucun service n’a',
    onlyHave: (departments, n) => `seul${n < 2 ? '' : 's'} ${departments} ${s(n, 'a', 'ont')}`,
    notComparable: (who, threshold, window) =>
      `Pas encore assez pour comparer : ${who} au moins ${threshold} répondants dans ${window}. Le rapport compare des services, il en faut donc deux ou plus ; il se remplit à mesure que les gens répondent.`,
  },
  ...frViews,
};
