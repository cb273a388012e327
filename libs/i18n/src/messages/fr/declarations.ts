import type { declarations as en } from '../en/declarations';

export const declarations: typeof en = {
  status: {
    DRAFT: 'Brouillon',
    SUBMITTED: 'Soumise',
    NEEDS_INFO: 'Informations demandées',
    APPROVED: 'Validée',
    REJECTED: 'Refusée',
    PARTIALLY_APPROVED: 'Validée en partie',
    REVERSED: 'Annulée',
    WITHDRAWN: 'Retirée',
  },
  lineStatus: {
    PENDING: 'En attente',
    APPROVED: 'Validée',
    REJECTED: 'Refusée',
  },
  channel: {
    IN_STORE: 'En magasin',
    ONLINE: 'En ligne',
  },
  customerType: {
    B2B: 'Professionnel',
    B2C: 'Particulier',
  },
  rejectReason: {
    DUPLICATE: 'Doublon',
    NOT_ELIGIBLE: 'Non éligible',
    MISSING_PROOF: 'Justificatif manquant',
    WRONG_AMOUNT: 'Montant erroné',
    WRONG_PRODUCT: 'Produit erroné',
    OTHER: 'Autre',
  },
  severity: {
    LOW: 'Faible',
    MEDIUM: 'Moyenne',
    HIGH: 'Élevée',
  },
  flags: {
    DUPLICATE_INVOICE: 'La facture {{invoice}} a déjà été déclarée par ce partenaire.',
    DUPLICATE_SERIAL: 'Le numéro de série {{serial}} a déjà été déclaré.',
    NEAR_DUPLICATE: 'Ressemble à une ligne déjà déclarée (facture {{invoice}}) : même date, montant ou partenaire.',
    OUTLIER: 'La valeur {{measure}} ({{value}}) s’écarte fortement des habitudes de ce partenaire pour ce produit (médiane {{median}}).',
    NOT_ELIGIBLE_WINDOW: 'Vendu le {{saleDate}}, il y a {{days}} jours : le délai de déclaration est de {{windowDays}} jours.',
    NOT_ELIGIBLE_SEGMENT: 'Ce produit n’est pas ouvert aux segments de ce partenaire.',
    DUPLICATE_PROOF: 'Le justificatif {{fileName}} a déjà été envoyé avec une autre déclaration.',
  },
  measure: {
    quantity: 'quantité',
    amount: 'montant',
  },
};
