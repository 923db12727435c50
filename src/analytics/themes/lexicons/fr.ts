/** The French lexicon (same theme keys as English; terms are stemmed with Snowball's French). */
import type { LanguageLexicon } from '../multilingual';
import { lexiconOf } from './build';

export const FR: LanguageLexicon = {
  neutral: ['à vrai dire', 'je ne sais pas'],
  lexicon: lexiconOf({
    speed:
      'rapide | rapidement | rapidité | vite | attente | attendre | délai | lent | lenteur | immédiat | immédiatement | réactif | réactivité | tout de suite | sans attendre | instantané | efficace | efficacité | minute | même jour | poireauter | poireaute | lendemain | le jour même | jour même | au quart de tour | pendant des heures | dans l’heure | dans la journée | en moins d’une heure | sous 24 h | file d’attente',
    empathy:
      'empathie | écoute | écouter | écouté | gentil | gentille | gentils | gentillesse | aimable | amabilité | courtois | courtoisie | poli | politesse | patient | patients | patience | respect | respectueux | bienveillant | bienveillance | chaleureux | humain | compréhension | comprendre | valorisé | valoriser | attentionné | niaiser | se soucie | se soucier | soucie | rassurer | rassure | rassurant | ton chaleureux | à l’écoute',
    personalisation:
      'personnalisé | personnalisés | personnaliser | personnalisation | sur mesure | nom | historique | se souvenir | souvienne | souvient | reconnaître | individuel | adapté | préférence | recommandation | conseiller dédié | connaître | connaît | ses besoins | leurs besoins | se rappelle de nous | se rappeler | habitudes | qui je suis | pas un numéro | habitués | prénom | par leur nom | par son nom | comme une personne | pas comme un dossier | pas un dossier | sa situation | leur situation',
    proactivity:
      'prévenir | prévient | prévenu | avertir | aviser | informer | alerte | notification | anticiper | anticipation | proactif | proactive | suivi | faire un suivi | avant que | à l’avance | tenir informé | appeler le client | appelle le client | en cas de retard | prend du retard | texto | sms | texter | nous mêmes le client | appeler nous mêmes | quand il y a un pépin | où en est | état de la commande | état de la livraison | sans qu’il demande | sans avoir à demander',
    product_quality:
      'qualité | fiable | fiabilité | panne | bogue | bogues | bug | bugs | défaut | défectueux | stable | stabilité | robuste | solide | plantage | fonctionne | durable | cassé | plante | planter | plantent | bon état | abîmé | intact | tombe jamais | tombe en panne | crashe | crash | bien fait | bien faits | bien fabriqué | dure des années | qui dure | interruption | interruptions | toujours en ligne | sans interruption',
    ease: 'simple | simplement | simplicité | facile | facilement | facilité | pratique | compliqué | complication | fluide | intuitif | sans effort | répéter | transférer | transféré | d’un département à l’autre | sans tracas | réexpliquer | tout réexpliquer | expliquer deux fois | pas besoin d’aide | sans aide | renvoyer | renvoie | de service en service | deux clics | quelques clics | trois clics | sans se perdre | tout seul | mode d’emploi | un seul interlocuteur | du début à la fin | étapes | paperasse | paperasserie | baladé | balader | d’un agent à l’autre | d’une personne à l’autre | interface claire | on trouve tout | trouver facilement',
    value:
      'prix | tarif | cher | coût | abordable | rabais | réduction | promotion | promo | remise | gratuit | gratuite | économie | économiser | rapport qualité prix | valeur | fidélité | offre | prix annoncé',
    delight:
      'surprise | surprendre | cadeau | plaisir | ravi | enchanter | wow | dépasser les attentes | dépasser | mémorable | inoubliable | sourire | joie | petite attention | petit mot | manuscrit | manuscrite | agréablement surpris | surpris',
    consistency:
      'cohérent | cohérence | constant | constance | uniforme | même qualité | même service | même expérience | même réponse | partout | en magasin comme en ligne | tous les canaux | peu importe | même accueil | toutes nos boutiques | toutes les boutiques | tous nos magasins | tous les magasins | chaque magasin | chaque boutique | identique | d’un canal à l’autre | même niveau | toutes les régions | même message | même discours | même information | même chose partout | la réponse est la même',
    resolution:
      'régler | réglé | résoudre | résolu | résolution | solution | premier appel | premier contact | rembourser | remboursement | remplacer | remplacement | réparer | corriger | boucler | bouclé | un seul appel | besoin de rappeler | avoir à rappeler | ait à rappeler | sans rappeler | rappeler plusieurs fois | une fois pour toutes | relancer | relance | avoir à relancer',
    trust:
      'confiance | honnête | honnêteté | transparent | transparents | transparence | promesse | promesses tenues | tenir parole | frais cachés | sans surprise | sécurité | sécurisé | garantie | engagement | à l’heure | franchise | frais surprise | mauvaise surprise | aucune surprise | pas de surprise | précis | précises | précision | tenir nos engagements | prix annoncé | en double | facturé deux fois | promis | promises | respecter les dates | respecter les délais | dates promises | délais promis | devis | vérité | dire la vérité | données personnelles | vie privée | confidentialité | protection des données | protégées',
    availability:
      'disponible | disponibilité | 24 h sur 24 | 24/7 | 7 jours sur 7 | jour et nuit | fin de semaine | joindre | joignable | vrai humain | vraie personne | au bout du fil | robot | chatbot | en tout temps | heures d’ouverture | machine | dimanche | samedi | la nuit | le soir | week end | jours fériés | quelqu’un répond | n’importe quand | à toute heure | ouvert jusqu’à | ouverte jusqu’à | ouvert tard | clavardage | automate | un humain | en chair et en os | jours de congé | congés | ouvert même',
  }),
};
