import type { PartnerType } from '@relais/domain';
import type { Locale } from '@relais/i18n';

import { demoApplicationId } from './demo-ids';

export interface DemoApplication {
  id: string;
  company: string;
  type: PartnerType;
  country: string;
  city: string;
  contactFirstName: string;
  contactLastName: string;
  contactEmail: string;
  phone: string;
  message: string;
  locale: Locale;
}

/** Two companies waiting for the brand's answer. */
export const DEMO_APPLICATIONS: DemoApplication[] = [
  {
    id: demoApplicationId(1),
    company: 'Chauffage Rhône Services',
    type: 'INSTALLER',
    country: 'FR',
    city: 'Valence',
    contactFirstName: 'Mathieu',
    contactLastName: 'Chevalier',
    contactEmail: 'mathieu.chevalier@rhone-services.demo',
    phone: '+33 4 75 00 00 00',
    message: 'Nous installons une soixantaine de pompes à chaleur par an et souhaitons rejoindre votre réseau.',
    locale: 'fr',
  },
  {
    id: demoApplicationId(2),
    company: 'Nordic Heat Distribution',
    type: 'DISTRIBUTOR',
    country: 'DK',
    city: 'Aarhus',
    contactFirstName: 'Freja',
    contactLastName: 'Nielsen',
    contactEmail: 'freja.nielsen@nordicheat.demo',
    phone: '+45 86 00 00 00',
    message: 'We distribute heating equipment across Denmark and would like to carry your range.',
    locale: 'en',
  },
];
