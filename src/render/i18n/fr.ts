/** French (fr-FR, fr-CA, …). */
import type { Messages } from './en';

export const fr: Messages = {
  dm: {
    inviteLead: (word: string) =>
      `:wave: *Un sondage d’une minute sur l’expérience ${word}.* À quoi ressemble pour vous une excellente expérience ${word}, comment assurons-nous aujourd’hui chaque point de contact, et lesquels comptent le plus ? Votre avis, à côté de celui de chaque autre service, montre où nous sommes d’accord et où nous ne le sommes pas.`,
    reminderLead: (word: string) =>
      `:hourglass_flowing_sand: *Petit rappel :* le sondage d’une minute sur l’expérience ${word} est toujours ouvert, et l’avis de chaque service compte.`,
    openUntil: (until: string) => `Ouvert jusqu’au ${until}.`,
    answerButton: 'Répondre (1 min)',
    notNowButton: 'Plus tard',
    privacy: (threshold: number) =>
      `:lock: Les réponses sont enregistrées sous un pseudonyme et ne sont montrées que pour des groupes d’au moins ${threshold} personnes, jamais avec votre nom. Vous pouvez modifier votre réponse jusqu’à la clôture du sondage, et supprimer vos données depuis l’onglet Accueil de l’app.`,
    notNow: (until: string) =>
      `Pas de souci. Le sondage reste ouvert jusqu’au ${until} : répondez ici ou depuis l’onglet Accueil de l’app quand cela vous convient.`,
  },
  modal: {
    title: 'Sondage CX',
    send: 'Envoyer',
    update: 'Mettre à jour',
    notNow: 'Plus tard',
    close: 'Fermer',
    intro: (until: string, threshold: number) =>
      `Environ une minute. Ouvert jusqu’au ${until} ; vous pouvez modifier votre réponse d’ici là. Montré seulement pour des groupes de ${threshold}+, jamais avec votre nom.`,
    definitionLabel: (word: string) =>
      `En une phrase ou deux, à quoi ressemble une excellente expérience ${word} ?`,
    definitionLabelPlural: (word: string, plural: string) =>
      `En une phrase ou deux, à quoi ressemble une excellente expérience ${word} pour nos ${plural} ?`,
    definitionPlaceholder: 'Avec vos propres mots',
    ratingsHeading:
      '*Comment assurons-nous chacun de ces points aujourd’hui ?*\n1 = très mal, 5 = excellent. Choisissez « Je ne sais pas » ou laissez vide si vous ne savez pas : une supposition n’est que du bruit.',
    ratingLabels: ['1 — très mal', '2 — mal', '3 — correct', '4 — bien', '5 — excellent'],
    dontKnow: 'Je ne sais pas',
    ratePlaceholder: 'Noter de 1 à 5',
    prioritiesLabel: (max: number, word: string) =>
      `Quels points de contact (${max} au plus) comptent le plus pour l’expérience ${word} ?`,
    prioritiesLabelPlural: (max: number, plural: string) =>
      `Quels points de contact (${max} au plus) comptent le plus pour nos ${plural} ?`,
    pickUpTo: (max: number) => `Choisissez-en jusqu’à ${max}`,
    comment: 'Autre chose ? (facultatif)',
    quoteLabel: 'Citations dans les rapports',
    quoteOption: 'Vous pouvez citer cette réponse, sans mon nom',
    quoteDescription: (threshold: number) =>
      `Noms, coordonnées et liens retirés ; groupes de ${threshold}+ seulement.`,
    quoteHint: 'Désactivé sauf si vous cochez. Seule votre réponse à la question ci-dessus peut être citée.',
    departmentLabel: 'Dans quel service êtes-vous ?',
    departmentHint:
      'Votre réponse à ce sondage y est comptée. Un changement ultérieur prend effet au prochain sondage.',
    pickDepartment: 'Choisissez votre service',
    countsIn: (name: string) => `Votre réponse à ce sondage est comptée dans *${name}*.`,
    staysThere:
      'Elle y reste pour ce sondage ; un changement de service ci-dessous prend effet au prochain sondage.',
    nextDepartmentLabel: 'Votre service à partir du prochain sondage',
    pickDepartmentNotice: ':point_down: *Choisissez votre service* pour envoyer votre réponse.',
  },
  errors: {
    tooShort: 'Écrivez une phrase ou deux (au moins 3 caractères).',
    tooLong: (max: number) => `Restez sous ${max} caractères, s’il vous plaît.`,
    notInPulse: 'Ce point de contact ne fait pas partie de ce sondage.',
    badRating: 'Choisissez une note de 1 à 5, ou « Je ne sais pas ».',
    outOfDate: 'Ce formulaire n’est plus à jour ; fermez-le et rouvrez le sondage.',
    tooManyPriorities: (max: number) => `Choisissez-en ${max} au plus.`,
    prioritiesFromList: 'Choisissez des points de contact dans la liste.',
  },
  notices: {
    thanksTitle: 'Merci',
    saved: (until: string) =>
      `:white_check_mark: Votre réponse est enregistrée. Vous pouvez la modifier jusqu’au ${until} depuis le message du sondage ou l’onglet Accueil de l’app ; c’est la dernière réponse qui compte.`,
    updated: (until: string) =>
      `:white_check_mark: Votre réponse est mise à jour. Vous pouvez la modifier jusqu’au ${until} depuis le message du sondage ou l’onglet Accueil de l’app ; c’est la dernière réponse qui compte.`,
    kept: (name: string) =>
      `Elle est comptée dans *${name}* : le service est fixé pour un sondage une fois défini, et un changement prend effet au prochain sondage.`,
    next: (name: string) => `À partir du prochain sondage, vous êtes compté(e) dans *${name}*.`,
    closedTitle: 'Sondage clos',
    closed:
      'Ce sondage est clos : les réponses ne peuvent plus être ajoutées ni modifiées. Merci quand même : le prochain sondage vous arrivera par message.',
  },
};
