/**
 * The Montréal office's answers: French sentence parts, clause for clause the themes of
 * ./definition-templates.ts (as many per theme, so a French answer draws the same random numbers as
 * an English one and the rest of the organisation stays as it was). Each clause is written so the
 * French lexicon finds its theme (a test checks it); words outside it (commande, facture, appli…)
 * give the report French frequent terms to show.
 */
import type { DefinitionTemplates } from './definition-templates';

export const FRENCH_TEMPLATES: DefinitionTemplates = {
  clauses: {
    speed: [
      'répondre à chaque appel sans attente',
      'répondre à chaque courriel le jour même',
      'ne jamais faire attendre personne en ligne',
      'traiter chaque billet rapidement',
    ],
    empathy: [
      'écouter et montrer que le client compte pour nous',
      'traiter chaque appelant avec patience et respect',
      'faire en sorte que les gens se sentent écoutés',
      'rester aimables quand une commande tourne mal',
    ],
    personalisation: [
      'se souvenir du nom et des préférences de chaque client',
      'adapter chaque proposition à son historique d’achat',
      'envoyer des recommandations personnalisées',
      'traiter chacun comme une personne, pas comme un numéro',
    ],
    proactivity: [
      'prévenir le client avant qu’il remarque un problème',
      'avertir à l’avance des retards de livraison',
      'faire un suivi après chaque commande',
      'anticiper ce qu’il lui faut au renouvellement',
    ],
    product_quality: [
      'livrer des produits fiables',
      'publier une appli sans bogues',
      'fabriquer du matériel solide qui dure des années',
      'garder la qualité élevée à chaque version',
    ],
    ease: [
      'rendre la commande simple',
      'garder le paiement facile et intuitif',
      'rendre l’inscription facile, sans effort',
      'rendre le libre-service pratique sur le site',
    ],
    value: [
      'offrir un prix juste pour le contrat',
      'accorder un rabais aux comptes fidèles',
      'faire en sorte que chaque facture vaille son prix',
      'récompenser la fidélité',
    ],
    delight: [
      'le surprendre avec un petit cadeau',
      'dépasser les attentes',
      'créer des moments mémorables à chaque événement',
      'envoyer une carte d’anniversaire en guise de petite attention',
    ],
    consistency: [
      'offrir la même expérience sur tous les canaux',
      'parler d’une seule voix partout',
      'donner la même réponse peu importe à qui il parle',
      'garder un message cohérent',
    ],
    resolution: [
      'régler le problème dès le premier contact',
      'corriger la cause de chaque plainte',
      'suivre le dossier jusqu’à ce qu’il soit résolu',
      'traiter les remboursements sans escalade',
    ],
    trust: [
      'tenir chaque promesse',
      'être honnêtes et transparents',
      'ne jamais ajouter de frais cachés',
      'tenir parole sur les dates de livraison',
    ],
    availability: [
      'être disponibles par clavardage le soir',
      'répondre au téléphone à toute heure',
      'être joignables la fin de semaine',
      'offrir de l’aide jour et nuit',
    ],
  },
  openers: ['Un excellent service, c’est', 'Pour moi, c’est', 'Pour nous, il faut', 'C’est', 'Il faut'],
  vague: [
    'Une belle expérience pour tout le monde.',
    'Des clients contents qui reviennent et parlent de nous.',
    'Bien faire notre travail et faire grandir l’entreprise.',
  ],
  and: 'et',
};
