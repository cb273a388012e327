import { invalidField } from '../../core/errors/domain-error';

export const PrivacyErrors = {
  criterionRequired: () =>
    invalidField('CUSTOMER_DATA_CRITERION_REQUIRED', 'filter', 'CUSTOMER_DATA_CRITERION_REQUIRED', 'Give at least one criterion: a partner, dates, a postal code, words of a comment or an invoice'),
  periodReversed: () => invalidField('CUSTOMER_DATA_PERIOD_REVERSED', 'to', 'CUSTOMER_DATA_PERIOD_REVERSED', 'The range ends before it starts'),
  nothingSelected: () => invalidField('CUSTOMER_DATA_NOTHING_SELECTED', 'declarationIds', 'CUSTOMER_DATA_NOTHING_SELECTED', 'Select at least one declaration'),
  referenceRequired: () =>
    invalidField('CUSTOMER_DATA_REQUEST_REFERENCE_REQUIRED', 'requestReference', 'CUSTOMER_DATA_REQUEST_REFERENCE_REQUIRED', "Give the reference of the customer's request"),
  /** An unknown id, a draft, or a malformed id: the brand never reads drafts. */
  declarationNotFound: (index: number) =>
    invalidField('CUSTOMER_DATA_DECLARATION_NOT_FOUND', `declarationIds.${index}`, 'CUSTOMER_DATA_DECLARATION_NOT_FOUND', 'No such submitted declaration'),
};
