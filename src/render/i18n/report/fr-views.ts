/** French words of the open pulse's line and of the touchpoint and department views. */
import type { enViews } from './en-views';

const s = (n: number, one: string, many: string) => (n < 2 ? one : many);

export const frViews: typeof enViews = {
  open: {
    noClosed:
      'Pas encore de résultats : les résultats d’un sondage apparaissent ici une fois qu’il est clos, jamais pendant que les gens répondent.',
    isOpen: (id, emphasis) => (emphasis ? `*Le sondage #${id} est ouvert*` : `Le sondage #${id} est ouvert`),
    line: (pulse, date, answered, anyShown) =>
      `${pulse} jusqu’au ${date}${anyShown ? ' :' : ' ;'} ${answered}. Ses résultats viendront à sa clôture.`,
    none: (delivered) =>
      delivered > 0 ? `aucune réponse sur ${delivered} pour l’instant` : 'pas encore de réponse',
    fewerThan5: (delivered) =>
      delivered > 0
        ? `moins de 5 sur ${delivered} ont répondu pour l’instant`
        : 'moins de 5 réponses pour l’instant',
    about: (answers) => `environ ${answers} pour l’instant`,
    aboutOf: (about, delivered, percent) =>
      `environ ${about}${delivered > 0 ? ` sur ${delivered} ont répondu` : ''} pour l’instant (environ ${percent} %)`,
    share: (percent, delivered) =>
      `${percent === 0 ? 'moins de 5 %' : `environ ${percent} %`} des ${delivered} invités ont répondu pour l’instant`,
    noDepartment: (threshold) => `aucun service n’a encore ${threshold} réponses`,
    note: (threshold) =>
      `Les comptes ne portent que sur les services ayant déjà au moins ${threshold} réponses ; ils sont arrondis (à un multiple de 5 sous 100 réponses, sinon à 5 % des invités) et mis à jour au plus une fois par heure. Les résultats ne portent que sur les sondages clos, pour que personne ne puisse déduire une réponse d’un rapport qui change à mesure que les gens répondent.`,
  },
  trend: {
    title: 'Évolution de l’alignement',
    index: (value) => (value === null ? 'indice n.d.' : `indice *${value}*`),
    point: (id, day, index, parts, departments) =>
      `*Sondage #${id}* · ${day} — ${index} · ${parts} · ${departments}`,
    overall: (from, to, arrow, pulses) =>
      `L’indice d’alignement est passé de ${from} à ${to} (${arrow}) sur ${pulses} sondages.`,
    tooFew: (points) =>
      `L’évolution demande au moins deux sondages ; ${points === 0 ? 'il n’y en a pas encore' : 'il y en a un pour l’instant'}. Elle apparaîtra ici après le prochain sondage.`,
    heading: (shown, cut) =>
      `Indice et parties par sondage, du plus ancien au plus récent${cut ? ` (les ${shown} derniers)` : ''}`,
    note: 'Chaque sondage ne compte que les services ayant atteint le seuil d’anonymat.',
    over: (title, pulses) => `${title} sur ${pulses} sondages`,
  },
  touchpoint: {
    title: 'Un point de contact, service par service',
    nothingToCompare: 'Moins de deux services l’ont noté : il n’y a rien à comparer.',
    diverges: (line) => `Les services divergent : ${line}, au-delà du bruit.`,
    agrees: (departments, gap, low, high) =>
      `Les services sont d’accord : les ${departments} sont à ${gap} point près (${low}–${high}).`,
    unclear: (gap, high, highMean, low, lowMean) =>
      `L’écart de ${gap} entre ${high} (${highMean}) et ${low} (${lowMean}) reste dans le bruit : il n’est pas signalé comme une divergence.`,
    tooFew: (names) => `_Trop peu de réponses pour afficher : ${names}_`,
    pickedShare: (share) => `${share} de toutes les réponses le placent dans leur top 3. `,
    cannotPlace: 'Aucun service n’a assez de chiffres pour le placer.',
    notInReport: (names) =>
      `Ce point de contact n’est pas dans ce rapport. Ses points de contact sont ${names}.`,
    ratings: 'Comment chaque service le note (1–5)',
    picked: 'À quelle fréquence il est choisi dans le top 3',
    quadrants: 'Importance et performance, par service',
    legend: (agrees, split) =>
      `Les barres montrent la moyenne sur 1–5. L’accord dans l’équipe est le rwg : ≥ ${agrees} d’accord, &lt; ${split} divisée.`,
  },
  department: {
    title: 'Le point de vue d’un service',
    digestTitle: (period) => `Votre équipe face aux autres · ${period}`,
    clear: ' · différence nette',
    rating: (touchpoint, dept, mean, others, signed, clear) =>
      `${touchpoint} : ${dept} ${mean} contre ${others} pour les autres (${signed})${clear}`,
    noRated: 'Aucun point de contact n’a été noté par ce service et par un autre.',
    tooFew: (dept, names) => `_Trop peu de réponses de ${dept} pour afficher : ${names}_`,
    priority: (label, share, dept, others) =>
      `${label} : ${share} des réponses de ${dept} le placent dans le top 3, ${others} de celles des autres`,
    theme: (label, share, dept, others) =>
      `${label} : ${share} des définitions de ${dept}, ${others} de celles des autres`,
    ends: (closest, near, furthest, far) =>
      `Ses définitions sont les plus proches de celles de ${closest} (${near}) et les plus éloignées de celles de ${furthest} (${far}), sur 0–1.`,
    intro: (dept, others, respondents, window) =>
      `En quoi le point de vue de ${dept} diffère des ${others} ${s(others, 'autre service montré', 'autres services montrés')} · ${respondents} · ${window}`,
    ratings: (dept) => `Notes (1–5) : ${dept} face aux autres`,
    priorities: 'Priorités principales',
    noPicks: 'Pas encore de choix de top 3.',
    defines: (dept) => `Comment ${dept} définit une excellente CX`,
    noTheme: 'Aucun thème CX mentionné pour l’instant.',
    quadrants: 'Où il place un point de contact dans un autre quadrant',
    othersNote: (others, dept) =>
      `« Les autres » regroupe les ${others} ${s(others, 'autre service montré', 'autres services montrés')}, pondérés par répondants. Différence nette : la moyenne des autres est hors de l’intervalle à 95 % de ${dept}.`,
    summary: (dept, others) =>
      `En quoi le point de vue de ${dept} diffère des ${others} ${s(others, 'autre service', 'autres services')}`,
    biggest: (touchpoint, dept, mean, othersMean, signed) =>
      ` : la plus grande différence porte sur ${touchpoint}, ${dept} ${mean} contre ${othersMean} pour les autres (${signed}).`,
    notShown:
      'Rien à montrer pour ce service dans ce rapport. Il a peut-être eu moins de répondants que le seuil d’anonymat, qui garde les réponses de chacun anonymes.',
  },
};
