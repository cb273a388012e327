import type { BrandModel, PartnerType, Potential } from '@relais/domain';

import { DEMO_USERS } from './demo-ids';

export interface DemoPartner {
  code: string;
  name: string;
  type: PartnerType;
  brandModel: BrandModel;
  potential: Potential;
  country: string;
  region: string;
  city: string;
  channelManagerId: string | null;
  admin: { firstName: string; lastName: string; locale: 'fr' | 'en' };
  member: { firstName: string; lastName: string; locale: 'fr' | 'en' };
}

const north = DEMO_USERS.channelManagerNorth.id;
const south = DEMO_USERS.channelManagerSouth.id;

// [name, type, brand model, potential, country, region, city, manager, admin, member]
type Row = [string, PartnerType, BrandModel, Potential, string, string, string, string | null, string, string];
const ROWS: Row[] = [
  ['Chauffage Dupont', 'INSTALLER', 'MULTI_BRAND', 'A', 'FR', 'Île-de-France', 'Paris', north, 'Julien Dupont', 'Léa Moreau'],
  ['Thermique Bretagne', 'INSTALLER', 'MONO_BRAND', 'B', 'FR', 'Bretagne', 'Rennes', north, 'Yann Le Gall', 'Maëlle Guen'],
  ['Distrib Énergie Nord', 'DISTRIBUTOR', 'MULTI_BRAND', 'A', 'FR', 'Hauts-de-France', 'Lille', north, 'Sophie Lefebvre', 'Hugo Lambert'],
  ['Clim Provence', 'RESELLER', 'MULTI_BRAND', 'B', 'FR', "Provence-Alpes-Côte d'Azur", 'Marseille', south, 'Nadia Benali', 'Théo Garcia'],
  ['Confort Lyonnais', 'FRANCHISEE', 'MONO_BRAND', 'A', 'FR', 'Auvergne-Rhône-Alpes', 'Lyon', south, 'Paul Girard', 'Emma Roux'],
  ['Atelier Chaleur Bordeaux', 'INSTALLER', 'MULTI_BRAND', 'C', 'FR', 'Nouvelle-Aquitaine', 'Bordeaux', south, 'Camille Faure', 'Lucas Blanc'],
  ['Maison du Climat Nantes', 'RESELLER', 'MONO_BRAND', 'B', 'FR', 'Pays de la Loire', 'Nantes', north, 'Antoine Perrin', 'Chloé Henry'],
  ['Énergie Alsace Services', 'INSTALLER', 'MULTI_BRAND', 'C', 'FR', 'Grand Est', 'Strasbourg', null, 'Marc Schmitt', 'Julie Weber'],
  ['Wärmetechnik München', 'INSTALLER', 'MULTI_BRAND', 'A', 'DE', 'Bayern', 'München', north, 'Lukas Bauer', 'Anna Huber'],
  ['Klima Handel Berlin', 'DISTRIBUTOR', 'MULTI_BRAND', 'A', 'DE', 'Berlin', 'Berlin', north, 'Jonas Fischer', 'Mia Wagner'],
  ['Heizung Schulz Hamburg', 'RESELLER', 'MONO_BRAND', 'B', 'DE', 'Hamburg', 'Hamburg', north, 'Felix Schulz', 'Lena Becker'],
  ['Energiezentrum Köln', 'FRANCHISEE', 'MONO_BRAND', 'B', 'DE', 'Nordrhein-Westfalen', 'Köln', north, 'Tim Hoffmann', 'Laura Koch'],
  ['Solar & Wärme Stuttgart', 'INSTALLER', 'MULTI_BRAND', 'C', 'DE', 'Baden-Württemberg', 'Stuttgart', null, 'Paul Richter', 'Sarah Klein'],
  ['Termoidraulica Milano', 'INSTALLER', 'MULTI_BRAND', 'A', 'IT', 'Lombardia', 'Milano', south, 'Giulia Bianchi', 'Luca Ferrari'],
  ['Clima Roma Distribuzione', 'DISTRIBUTOR', 'MULTI_BRAND', 'A', 'IT', 'Lazio', 'Roma', south, 'Alessandro Romano', 'Sofia Colombo'],
  ['Caldo Torino', 'RESELLER', 'MONO_BRAND', 'B', 'IT', 'Piemonte', 'Torino', south, 'Francesca Ricci', 'Matteo Marino'],
  ['Energia Napoli', 'FRANCHISEE', 'MONO_BRAND', 'C', 'IT', 'Campania', 'Napoli', south, 'Chiara Greco', 'Davide Bruno'],
  ['Bologna Impianti', 'INSTALLER', 'MULTI_BRAND', 'B', 'IT', 'Emilia-Romagna', 'Bologna', null, 'Marco Gallo', 'Elena Conti'],
  ['Climatización Madrid', 'DISTRIBUTOR', 'MULTI_BRAND', 'A', 'ES', 'Comunidad de Madrid', 'Madrid', south, 'Javier García', 'Lucía Martínez'],
  ['Calor Barcelona', 'INSTALLER', 'MULTI_BRAND', 'B', 'ES', 'Cataluña', 'Barcelona', south, 'Marta López', 'Pablo Sánchez'],
  ['Energía Valencia', 'RESELLER', 'MONO_BRAND', 'C', 'ES', 'Comunidad Valenciana', 'Valencia', south, 'Carmen Pérez', 'Diego Gómez'],
  ['Sevilla Confort', 'FRANCHISEE', 'MONO_BRAND', 'B', 'ES', 'Andalucía', 'Sevilla', null, 'Antonio Ruiz', 'Laura Díaz'],
  ['Brussels Heat Solutions', 'INSTALLER', 'MULTI_BRAND', 'A', 'BE', 'Bruxelles-Capitale', 'Bruxelles', north, 'Thomas Peeters', 'Manon Janssens'],
  ['Antwerpen Klimaat', 'RESELLER', 'MULTI_BRAND', 'B', 'BE', 'Vlaanderen', 'Antwerpen', north, 'Pieter Maes', 'Eva Claes'],
  ['Liège Chauffage', 'INSTALLER', 'MONO_BRAND', 'C', 'BE', 'Wallonie', 'Liège', north, 'Nicolas Dubois', 'Camille Lambert'],
  ['Genève Énergies', 'DISTRIBUTOR', 'MULTI_BRAND', 'A', 'CH', 'Genève', 'Genève', south, 'Olivier Favre', 'Sarah Rochat'],
  ['Zürich Haustechnik', 'INSTALLER', 'MULTI_BRAND', 'B', 'CH', 'Zürich', 'Zürich', south, 'Daniel Meier', 'Nina Keller'],
  ['Lausanne Clim', 'FRANCHISEE', 'MONO_BRAND', 'C', 'CH', 'Vaud', 'Lausanne', null, 'Luc Bovet', 'Alice Morel'],
  ['Heat Pumps London', 'RESELLER', 'MULTI_BRAND', 'A', 'GB', 'England', 'London', north, 'James Smith', 'Olivia Brown'],
  ['Manchester Heating', 'INSTALLER', 'MONO_BRAND', 'B', 'GB', 'England', 'Manchester', north, 'Oliver Jones', 'Amelia Taylor'],
];

const person = (full: string, locale: 'fr' | 'en') => {
  const [firstName, ...rest] = full.split(' ');
  return { firstName: firstName, lastName: rest.join(' '), locale };
};

export const DEMO_PARTNERS: DemoPartner[] = ROWS.map(([name, type, brandModel, potential, country, region, city, manager, admin, member], i) => {
  const locale = country === 'FR' || country === 'BE' || country === 'CH' ? 'fr' : 'en';
  return {
    code: `P-${country}-${String(i + 1).padStart(3, '0')}`,
    name,
    type,
    brandModel,
    potential,
    country,
    region,
    city,
    channelManagerId: manager,
    admin: person(admin, locale),
    member: person(member, locale),
  };
});
