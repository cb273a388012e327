import type { mail as en } from '../en/mail';

export const mail: typeof en = {
  greeting: 'Bonjour {{name}},',
  signature: "L'équipe Relais",
  ignore: 'Si vous ne vous attendiez pas à cet e-mail, vous pouvez l’ignorer.',
  invitation: {
    subject: 'Vous êtes invité à rejoindre {{organisation}} sur Relais',
    body: '{{inviter}} vous invite à rejoindre {{organisation}} sur Relais. Choisissez votre mot de passe pour activer votre compte :',
    expires: 'Ce lien ne peut servir qu’une fois et expire le {{date}}.',
  },
  passwordReset: {
    subject: 'Réinitialisez votre mot de passe Relais',
    body: 'Quelqu’un a demandé à réinitialiser le mot de passe de votre compte Relais. Choisissez un nouveau mot de passe ici :',
    expires: 'Ce lien ne peut servir qu’une fois et expire le {{date}}.',
  },
  applicationDeclined: {
    subject: 'Votre candidature au réseau Relais',
    body: 'Merci d’avoir candidaté pour {{company}}. Nous ne pouvons pas accepter votre candidature pour le moment.',
    message: 'Message de la marque : {{message}}',
  },
  declarationDecided: {
    subject: 'Votre déclaration du {{date}} a été traitée',
    body: '{{approved}} ligne(s) validée(s) et {{rejected}} ligne(s) refusée(s). Le détail et les points sont dans votre déclaration :',
    message: 'Message de la marque : {{message}}',
  },
  declarationInfoRequested: {
    subject: 'Informations demandées sur votre déclaration du {{date}}',
    body: 'La marque a besoin de précisions avant de traiter votre déclaration. Complétez-la et soumettez-la de nouveau :',
    message: 'Message de la marque : {{message}}',
  },
  declarationReversed: {
    subject: 'Votre déclaration du {{date}} a été annulée',
    body: 'La marque a annulé votre déclaration ; les points qu’elle avait rapportés ont été repris :',
    message: 'Motif : {{message}}',
  },
  rewardOrderApproved: {
    subject: 'Votre commande de récompenses {{reference}} a été acceptée',
    body: 'La marque a accepté votre commande ; elle va être préparée et vous être envoyée. Suivez-la ici :',
  },
  rewardOrderRejected: {
    subject: 'Votre commande de récompenses {{reference}} a été refusée',
    body: 'La marque a refusé votre commande ; ses {{points}} points ont été recrédités sur votre compte. Le détail est ici :',
    message: 'Motif : {{message}}',
  },
  rewardOrderShipped: {
    subject: 'Votre commande de récompenses {{reference}} est en route',
    body: 'Votre commande a été expédiée. Suivez-la ici :',
    tracking: 'Transporteur : {{carrier}}, numéro de suivi : {{trackingNumber}}.',
  },
  rewardOrderDelivered: {
    subject: 'Votre commande de récompenses {{reference}} a été livrée',
    body: 'Votre commande a été livrée. Profitez-en ! Le détail est ici :',
  },
  rewardOrderCancelled: {
    subject: 'Votre commande de récompenses {{reference}} a été annulée',
    body: 'La commande a été annulée ; ses {{points}} points ont été recrédités sur votre compte. Le détail est ici :',
    message: 'Motif : {{message}}',
  },
};
