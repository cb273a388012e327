import type { nav as en } from '../en/nav';

export const nav: typeof en = {
  main: 'Navigation principale',
  home: 'Accueil',
  profile: 'Mon profil',
  team: 'Mon équipe',
  rewards: 'Récompenses',
  partners: 'Partenaires',
  segments: 'Segments',
  products: 'Produits',
  users: 'Utilisateurs',
  applications: 'Candidatures',
  dashboard: 'Tableau de bord',
};
