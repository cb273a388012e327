import type { users as en } from '../en/users';

export const users: typeof en = {
  title: 'Utilisateurs',
  role: {
    PARTNER_MEMBER: 'Membre partenaire',
    PARTNER_ADMIN: 'Administrateur partenaire',
    CHANNEL_MANAGER: 'Responsable de réseau',
    BRAND_ADMIN: 'Administrateur de la marque',
  },
  status: {
    INVITED: 'Invité',
    ACTIVE: 'Actif',
    DEACTIVATED: 'Désactivé',
  },
  lastLogin: 'Dernière connexion',
  neverSignedIn: 'Jamais connecté',
};
