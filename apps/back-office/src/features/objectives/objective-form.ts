import type { Metric, ObjectiveInput } from '@relais/graphql-client';

/** What every objective form asks, as the inputs hold it. */
export interface ObjectiveFormValues {
  metric: Metric;
  category: string;
  target: string;
  startDay: string;
  endDay: string;
  points: string;
}

const today = () => new Date().toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export const emptyObjective = (): ObjectiveFormValues => ({ metric: 'UNITS_SOLD', category: '', target: '', startDay: today(), endDay: inDays(90), points: '0' });

const num = (value: string) => Number(value.trim().replace(',', '.'));

/** The fields shared by one objective and a segment's; a number left empty goes as NaN for the API to name the field. */
export const objectiveFields = (v: ObjectiveFormValues): Omit<ObjectiveInput, 'partnerId' | 'userId'> => ({
  metric: v.metric,
  category: (v.metric === 'UNITS_SOLD' || v.metric === 'SALES_AMOUNT') && v.category ? v.category : null,
  target: num(v.target),
  startDay: v.startDay,
  endDay: v.endDay,
  points: num(v.points),
});

export const OBJECTIVE_CSV_COLUMNS = ['partner_code', 'user_email', 'metric', 'target', 'start', 'end', 'points', 'category'] as const;

export const OBJECTIVE_CSV_TEMPLATE = [
  OBJECTIVE_CSV_COLUMNS.join(','),
  `P-FR-001,,UNITS_SOLD,120,${today()},${inDays(365)},500,Heat pumps`,
  `,lea.moreau@chauffage-dupont.demo,DECLARATIONS_APPROVED,10,${today()},${inDays(90)},100,`,
].join('\r\n');
