import type { BackOfficeRewardItemFragment, RewardCategory, RewardDelivery, RewardItemInput, RewardLimitPeriod } from '@relais/graphql-client';

export const CATEGORIES: readonly RewardCategory[] = ['GOODIE', 'GIFT', 'GIFT_CARD', 'EXPERIENCE', 'TRAINING'];
export const DELIVERIES: readonly RewardDelivery[] = ['SHIPPED', 'DIGITAL'];
export const LIMIT_PERIODS: readonly RewardLimitPeriod[] = ['MONTH', 'QUARTER', 'YEAR', 'EVER'];

/** The form's values: every input's text, as typed. */
export interface RewardFormValues {
  sku: string;
  titleFr: string;
  titleEn: string;
  descriptionFr: string;
  descriptionEn: string;
  imageUrls: string;
  category: RewardCategory;
  delivery: RewardDelivery;
  pointsCost: string;
  unlimited: boolean;
  stock: string;
  segmentIds: string[];
  limitPerUser: string;
  limitPeriod: RewardLimitPeriod | '';
  availableFrom: string;
  availableTo: string;
}

/** A problem of one field, as a message key of backofficeRewards.form and the field it names. */
export interface FormProblem {
  key: 'required' | 'wholeNumber' | 'positive' | 'notNegative' | 'httpsOnly' | 'windowOrder' | 'periodRequired';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the yyyy-mm-dd of a date input, in the user's time zone. */
export function toDateInput(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A date input's day as an instant: its first moment, or its last for the end of a window (the end day is included). */
export function fromDateInput(value: string, end: boolean): string | null {
  if (!value) return null;
  const [year, month, day] = value.split('-').map(Number);
  if (!year || !month || !day) return null;
  const date = end ? new Date(year, month - 1, day, 23, 59, 59, 999) : new Date(year, month - 1, day);
  return date.toISOString();
}

export function initialValues(item: BackOfficeRewardItemFragment | null): RewardFormValues {
  return {
    sku: item?.sku ?? '',
    titleFr: item?.titleFr ?? '',
    titleEn: item?.titleEn ?? '',
    descriptionFr: item?.descriptionFr ?? '',
    descriptionEn: item?.descriptionEn ?? '',
    imageUrls: (item?.imageUrls ?? []).join('\n'),
    category: item?.category ?? 'GOODIE',
    delivery: item?.delivery ?? 'SHIPPED',
    pointsCost: item ? String(item.pointsCost) : '',
    unlimited: item ? item.stock === null : false,
    stock: item?.stock !== null && item?.stock !== undefined ? String(item.stock) : '',
    segmentIds: [...(item?.segmentIds ?? [])],
    limitPerUser: item?.limitPerUser ? String(item.limitPerUser) : '',
    limitPeriod: item?.limitPeriod ?? '',
    availableFrom: toDateInput(item?.availableFrom),
    availableTo: toDateInput(item?.availableTo),
  };
}

const isWhole = (text: string) => /^\d+$/.test(text.trim());
const urlsOf = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * The checks the browser can make before sending (the API makes them again): required texts,
 * whole numbers, https images, a window that ends after it starts. Keyed by the input's field.
 */
export function validateReward(values: RewardFormValues): Partial<Record<keyof RewardItemInput, FormProblem>> {
  const problems: Partial<Record<keyof RewardItemInput, FormProblem>> = {};
  for (const field of ['sku', 'titleFr', 'titleEn', 'descriptionFr', 'descriptionEn'] as const) {
    if (!values[field].trim()) problems[field] = { key: 'required' };
  }
  if (!values.pointsCost.trim()) problems.pointsCost = { key: 'required' };
  else if (!isWhole(values.pointsCost)) problems.pointsCost = { key: 'wholeNumber' };
  else if (Number(values.pointsCost) <= 0) problems.pointsCost = { key: 'positive' };
  if (!values.unlimited) {
    if (!values.stock.trim()) problems.stock = { key: 'required' };
    else if (!isWhole(values.stock)) problems.stock = { key: 'notNegative' };
  }
  if (values.limitPerUser.trim()) {
    if (!isWhole(values.limitPerUser)) problems.limitPerUser = { key: 'wholeNumber' };
    else if (Number(values.limitPerUser) <= 0) problems.limitPerUser = { key: 'positive' };
    else if (!values.limitPeriod) problems.limitPeriod = { key: 'periodRequired' };
  }
  if (urlsOf(values.imageUrls).some((url) => !/^https:\/\/\S+$/i.test(url))) problems.imageUrls = { key: 'httpsOnly' };
  if (values.availableFrom && values.availableTo && values.availableTo < values.availableFrom) problems.availableTo = { key: 'windowOrder' };
  return problems;
}

/** The API's input from valid values (update is a full replace, so every field is sent). */
export function toRewardInput(values: RewardFormValues): RewardItemInput {
  const limit = values.limitPerUser.trim() ? Number(values.limitPerUser) : null;
  return {
    sku: values.sku.trim(),
    titleFr: values.titleFr.trim(),
    titleEn: values.titleEn.trim(),
    descriptionFr: values.descriptionFr.trim(),
    descriptionEn: values.descriptionEn.trim(),
    imageUrls: urlsOf(values.imageUrls),
    category: values.category,
    delivery: values.delivery,
    pointsCost: Number(values.pointsCost),
    stock: values.unlimited ? null : Number(values.stock),
    segmentIds: values.segmentIds,
    limitPerUser: limit,
    limitPeriod: limit && values.limitPeriod ? values.limitPeriod : null,
    availableFrom: fromDateInput(values.availableFrom, false),
    availableTo: fromDateInput(values.availableTo, true),
  };
}
