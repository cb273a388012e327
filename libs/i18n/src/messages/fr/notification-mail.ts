import type { notificationMail as en } from '../en/notification-mail';

export const notificationMail: typeof en = {
  notification: {
    subject: 'Du nouveau sur Relais',
    subject_DECLARATION_DECIDED: 'Votre déclaration a été examinée',
    subject_DECLARATION_INFO_REQUESTED: 'Des informations sont nécessaires sur votre déclaration',
    subject_DECLARATION_REVERSED: 'Votre déclaration a été annulée',
    subject_REWARD_ORDER_APPROVED: 'Votre commande de récompense a été acceptée',
    subject_REWARD_ORDER_REJECTED: 'Votre commande de récompense a été refusée',
    subject_REWARD_ORDER_SHIPPED: 'Votre commande de récompense est en route',
    subject_REWARD_ORDER_DELIVERED: 'Votre commande de récompense a été livrée',
    subject_REWARD_ORDER_CANCELLED: 'Votre commande de récompense a été annulée',
    subject_CHALLENGE_PRIZE_WON: 'Vous avez gagné un prix dans un challenge',
    subject_STAGE_COMPLETED: 'Votre entreprise a franchi une étape de son parcours',
    subject_TIER_CHANGED: 'Votre entreprise change de niveau',
    subject_BADGE_EARNED: 'Vous avez obtenu un badge',
    subject_OBJECTIVE_NUDGE: 'Vous approchez de votre objectif',
    subject_OBJECTIVE_REACHED: 'Objectif atteint',
    body: '{{sentence}}',
    settings: 'Vous pouvez choisir les e-mails que vous recevez dans les réglages de notifications de votre profil.',
  },
  weeklyRecap: {
    subject: 'Votre semaine sur Relais',
    points: 'Points gagnés cette semaine : {{points}}.',
    pointsNone: 'Vous n’avez pas gagné de points cette semaine.',
    ranks: 'Vos challenges : {{ranks}}.',
    objectives: 'Vos objectifs : {{objectives}}.',
    next: 'Et maintenant : {{next}}',
    nextDeclare: 'déclarez vos dernières ventes pour gagner des points et monter dans les classements.',
    nextObjective: 'il vous manque {{remaining}} pour atteindre votre objectif « {{objective}} ».',
    settings: 'Vous recevez ce récapitulatif chaque semaine. Vous pouvez le désactiver dans les réglages de notifications de votre profil.',
  },
};
