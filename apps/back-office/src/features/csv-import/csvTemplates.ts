/**
 * The header each import expects (the API's column names) and a template with one example
 * row, so a user starts from a file that imports cleanly.
 */
export const PARTNER_CSV_COLUMNS = ['code', 'name', 'type', 'brand_model', 'potential', 'country', 'region', 'city', 'channel_manager_email'] as const;

export const PARTNER_CSV_TEMPLATE = [
  PARTNER_CSV_COLUMNS.join(','),
  'P-0001,Example Heating,INSTALLER,MULTI_BRAND,A,FR,Île-de-France,Paris,claire.martin@relais.demo',
].join('\r\n');

export const PRODUCT_CSV_COLUMNS = ['sku', 'name', 'category', 'active'] as const;

export const PRODUCT_CSV_TEMPLATE = [PRODUCT_CSV_COLUMNS.join(','), 'HP-100,Example heat pump 10 kW,Heat pumps,true'].join('\r\n');
