/** Declarations: statuses, channels, flag sentences (params come from the API's flag params). */
export const declarations = {
  status: {
    DRAFT: 'Draft',
    SUBMITTED: 'Submitted',
    NEEDS_INFO: 'Information requested',
    APPROVED: 'Approved',
    REJECTED: 'Rejected',
    PARTIALLY_APPROVED: 'Partly approved',
    REVERSED: 'Reversed',
    WITHDRAWN: 'Withdrawn',
  },
  lineStatus: {
    PENDING: 'Pending',
    APPROVED: 'Approved',
    REJECTED: 'Rejected',
  },
  channel: {
    IN_STORE: 'In store',
    ONLINE: 'Online',
  },
  customerType: {
    B2B: 'Business',
    B2C: 'Consumer',
  },
  rejectReason: {
    DUPLICATE: 'Duplicate',
    NOT_ELIGIBLE: 'Not eligible',
    MISSING_PROOF: 'Missing proof',
    WRONG_AMOUNT: 'Wrong amount',
    WRONG_PRODUCT: 'Wrong product',
    OTHER: 'Other',
  },
  severity: {
    LOW: 'Low',
    MEDIUM: 'Medium',
    HIGH: 'High',
  },
  flags: {
    DUPLICATE_INVOICE: 'Invoice {{invoice}} was already declared by this partner.',
    DUPLICATE_SERIAL: 'Serial number {{serial}} was already declared.',
    NEAR_DUPLICATE: 'Looks like a line already declared (invoice {{invoice}}): same date, amount or partner.',
    OUTLIER: 'The {{measure}} ({{value}}) is far from this partner’s usual figure for this product (median {{median}}).',
    NOT_ELIGIBLE_WINDOW: 'Sold on {{saleDate}}, {{days}} days ago: the declaration window is {{windowDays}} days.',
    NOT_ELIGIBLE_SEGMENT: 'This product is not open to the segments of this partner.',
    DUPLICATE_PROOF: 'The proof {{fileName}} was already sent with another declaration.',
  },
  measure: {
    quantity: 'quantity',
    amount: 'amount',
  },
};
