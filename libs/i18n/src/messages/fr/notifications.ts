import type { notifications as en } from '../en/notifications';

export const notifications: typeof en = {
  title: 'Notifications',
  intro: 'Tout ce qui vous concerne, du plus récent au plus ancien.',
  bell: 'Notifications',
  bellUnread_one: 'Notifications, {{count, number}} non lue',
  bellUnread_other: 'Notifications, {{count, number}} non lues',
  newArrived_one: 'Vous avez {{count, number}} notification non lue.',
  newArrived_other: 'Vous avez {{count, number}} notifications non lues.',
  listLabel: 'Vos notifications',
  unreadOnly: 'Afficher seulement les notifications non lues',
  /** Read by screen readers before the sentence of an unread notification. */
  unreadPrefix: 'Non lue :',
  markAllRead: 'Tout marquer comme lu',
  markingAllRead: 'En cours…',
  markedAllRead: 'Toutes vos notifications sont marquées comme lues.',
  markRead: 'Marquer comme lue',
  empty: 'Aucune notification pour l’instant.',
  emptyBody: 'Vous serez prévenu ici de ce qui vous concerne, comme une décision sur une déclaration.',
  emptyUnread: 'Aucune notification non lue.',
  loadFailed: 'Vos notifications n’ont pas pu être chargées.',
  justNow: 'à l’instant',
  kind: {
    DECLARATION_DECIDED: 'Des lignes de votre déclaration du {{date}} ont été traitées : {{approved}} validée(s), {{rejected}} refusée(s).',
    DECLARATION_DECIDED_APPROVED: 'Votre déclaration du {{date}} a été validée.',
    DECLARATION_DECIDED_REJECTED: 'Votre déclaration du {{date}} a été refusée.',
    DECLARATION_DECIDED_PARTIALLY_APPROVED: 'Votre déclaration du {{date}} a été validée en partie : {{approved}} ligne(s) validée(s), {{rejected}} refusée(s).',
    DECLARATION_INFO_REQUESTED: 'La marque a besoin de précisions sur votre déclaration du {{date}}.',
    DECLARATION_REVERSED: 'Votre déclaration du {{date}} a été annulée et ses points repris.',
  },
  unknownKind: 'Vous avez une nouvelle notification.',
};
