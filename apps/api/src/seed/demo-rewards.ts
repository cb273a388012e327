import type { RewardItem } from '../modules/rewards/reward-item.entity';
import { demoRewardItemId, demoSegmentId } from './demo-ids';

type DemoRewardItem = Omit<RewardItem, 'createdAt' | 'updatedAt'>;

const item = (n: number, fields: Partial<DemoRewardItem> & Pick<DemoRewardItem, 'sku' | 'titleFr' | 'titleEn' | 'category' | 'delivery' | 'pointsCost'>): DemoRewardItem => ({
  id: demoRewardItemId(n),
  descriptionFr: '',
  descriptionEn: '',
  imageUrls: [],
  stock: null,
  limitPerUser: null,
  limitPeriod: null,
  availableFrom: null,
  availableTo: null,
  active: true,
  ...fields,
});

/** A small reward catalogue, so the portal has something to redeem; the last item is for German partners only. */
export const DEMO_REWARD_ITEMS: DemoRewardItem[] = [
  item(1, {
    sku: 'RW-MUG',
    titleFr: 'Mug isotherme Relais',
    titleEn: 'Relais travel mug',
    descriptionFr: 'Un mug isotherme de 40 cl qui garde le café chaud pendant les chantiers.',
    descriptionEn: 'A 40 cl insulated mug that keeps coffee hot on site.',
    category: 'GOODIE',
    delivery: 'SHIPPED',
    pointsCost: 150,
    stock: 200,
  }),
  item(2, {
    sku: 'RW-JACKET',
    titleFr: 'Veste softshell brodée',
    titleEn: 'Embroidered softshell jacket',
    descriptionFr: 'Veste coupe-vent et déperlante, brodée au logo de la marque.',
    descriptionEn: 'Windproof, water-repellent jacket embroidered with the brand logo.',
    category: 'GIFT',
    delivery: 'SHIPPED',
    pointsCost: 1200,
    stock: 25,
    limitPerUser: 1,
    limitPeriod: 'YEAR',
  }),
  item(3, {
    sku: 'RW-GIFTCARD-50',
    titleFr: 'Carte cadeau 50 €',
    titleEn: '€50 gift card',
    descriptionFr: 'Une carte cadeau valable dans de nombreuses enseignes, envoyée par e-mail.',
    descriptionEn: 'A gift card accepted by many retailers, sent by e-mail.',
    category: 'GIFT_CARD',
    delivery: 'DIGITAL',
    pointsCost: 2500,
    limitPerUser: 2,
    limitPeriod: 'MONTH',
  }),
  item(4, {
    sku: 'RW-TRAINING-HP',
    titleFr: 'Formation pompes à chaleur (1 jour)',
    titleEn: 'Heat pump training (1 day)',
    descriptionFr: 'Une journée de formation certifiante au centre technique, inscription par e-mail.',
    descriptionEn: 'A day of certified training at the technical centre; registration by e-mail.',
    category: 'TRAINING',
    delivery: 'DIGITAL',
    pointsCost: 4000,
    stock: 12,
  }),
  item(5, {
    sku: 'RW-STADIUM',
    titleFr: 'Match au stade en loge',
    titleEn: 'Stadium box for a match',
    descriptionFr: 'Deux places en loge pour un match de la saison.',
    descriptionEn: 'Two seats in a box for a match of the season.',
    category: 'EXPERIENCE',
    delivery: 'DIGITAL',
    pointsCost: 9000,
    stock: 4,
  }),
];

/** Segments of the items that are not open to everyone. */
export const DEMO_REWARD_ITEM_SEGMENTS = [{ itemId: demoRewardItemId(5), segmentId: demoSegmentId(2) }];
