import type { applications as en } from '../en/applications';

export const applications: typeof en = {
  title: 'Candidatures',
  status: {
    PENDING: 'En attente',
    ACCEPTED: 'Acceptée',
    DECLINED: 'Refusée',
  },
  apply: {
    title: 'Rejoindre le réseau de partenaires',
    intro: 'Présentez-nous votre société. L’équipe de la marque étudie chaque candidature et vous répond par e-mail.',
    companySection: 'Votre société',
    contactSection: 'Vos coordonnées',
    countryHint: 'Code à deux lettres, par exemple FR, BE, DE.',
    messageHint: 'Que vendez-vous, à qui, et pourquoi souhaitez-vous nous rejoindre ?',
    submit: 'Envoyer ma candidature',
    submitting: 'Envoi…',
    successTitle: 'Merci, votre candidature a bien été envoyée',
    successBody: 'L’équipe de la marque va l’étudier et vous répondra par e-mail à {{email}}.',
    another: 'Envoyer une autre candidature',
    alreadyPartner: 'Déjà partenaire ? Connectez-vous',
  },
};
