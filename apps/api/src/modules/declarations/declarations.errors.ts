import { conflict, forbidden, invalidField, notFound } from '../../core/errors/domain-error';

export const DeclarationErrors = {
  /** Also the answer for a declaration out of the caller's scope: existence is not revealed. */
  notFound: () => notFound('DECLARATION_NOT_FOUND', 'Declaration not found'),
  productNotFound: (index: number) => invalidField('PRODUCT_NOT_FOUND', `lines.${index}.productId`, 'PRODUCT_NOT_FOUND', 'Unknown or inactive product'),
  saleDateInFuture: (field: string) => invalidField('SALE_DATE_IN_FUTURE', field, 'SALE_DATE_IN_FUTURE', 'The sale cannot be in the future'),
  saleDateRequired: () => invalidField('SALE_DATE_REQUIRED', 'saleDate', 'SALE_DATE_REQUIRED', 'Give a sale date or a whole period'),
  periodReversed: () => invalidField('PERIOD_REVERSED', 'periodEnd', 'PERIOD_REVERSED', 'The period ends before it starts'),
  notYours: () => forbidden('DECLARATION_NOT_YOURS', 'A member changes only their own declarations'),
  notEditable: () => conflict('DECLARATION_NOT_EDITABLE', 'Only a draft or a declaration waiting for information can be changed'),
  notSubmitted: () => conflict('DECLARATION_NOT_SUBMITTED', 'Only a submitted declaration can be decided'),
  alreadyDecided: () => conflict('DECLARATION_ALREADY_DECIDED', 'This declaration or line has already been decided'),
  notReversible: () => conflict('DECLARATION_NOT_REVERSIBLE', 'Only an approved declaration can be reversed'),
  keyReused: () => conflict('DECLARATION_KEY_REUSED', 'This submission key was used for another declaration'),
  lineNotFound: (field: string) => invalidField('DECLARATION_LINE_NOT_FOUND', field, 'DECLARATION_LINE_NOT_FOUND', 'No such line in this declaration'),
  reasonRequired: (index: number) => invalidField('REJECT_REASON_REQUIRED', `lines.${index}.reasonCode`, 'REJECT_REASON_REQUIRED', 'A rejected line needs a reason'),
};
