/**
 * The headers the rewards imports expect (the API's column names) and templates with one example
 * row, so a user starts from a file that imports cleanly. Several image addresses are separated
 * by spaces or `|`; segments are set in the form (a new item is open to everyone).
 */
export const REWARD_CSV_COLUMNS = [
  'sku',
  'title_fr',
  'title_en',
  'description_fr',
  'description_en',
  'image_urls',
  'category',
  'delivery',
  'points_cost',
  'stock',
  'limit_per_user',
  'limit_period',
  'available_from',
  'available_to',
  'active',
] as const;

export const REWARD_CSV_TEMPLATE = [
  REWARD_CSV_COLUMNS.join(','),
  'MUG-01,Mug Relais,Relais mug,Mug en céramique 33 cl,33 cl ceramic mug,https://example.com/mug.png,GOODIE,SHIPPED,150,100,2,MONTH,,,true',
].join('\r\n');

export const TRACKING_CSV_COLUMNS = ['reference', 'carrier', 'tracking_number', 'tracking_url'] as const;

export const TRACKING_CSV_TEMPLATE = [TRACKING_CSV_COLUMNS.join(','), 'R-2026-000123,Colissimo,6A12345678901,https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901'].join('\r\n');
