import type { BackOfficeExportCustomerDataMutation } from '@relais/graphql-client';

type Exported = BackOfficeExportCustomerDataMutation['exportCustomerData'];

/**
 * The export as the customer receives it: the API's answer without the client's bookkeeping
 * (__typename). Proof files are listed with their API address; the brand sends the files
 * themselves from the declaration page when the customer asks for copies.
 */
export function customerDataDocument(exported: Exported) {
  return {
    requestReference: exported.requestReference,
    exportedAt: exported.exportedAt,
    declarations: exported.declarations.map((d) => ({
      id: d.id,
      partner: { code: d.partner.code, name: d.partner.name },
      status: d.status,
      saleDate: d.saleDate,
      periodStart: d.periodStart,
      periodEnd: d.periodEnd,
      submittedAt: d.submittedAt,
      currency: d.currency,
      totalAmount: d.totalAmount,
      invoiceReferences: d.invoiceReferences,
      customer: { type: d.customer.type, postalCode: d.customer.postalCode, sector: d.customer.sector },
      feedback: { rating: d.feedback.rating, comment: d.feedback.comment, tags: d.feedback.tags },
      proofFiles: d.proofFiles.map((p) => ({ fileName: p.fileName, mimeType: p.mimeType, size: p.size, uploadedAt: p.uploadedAt, url: p.url })),
      erasedAt: d.erasedAt,
    })),
  };
}

/** `customer-data-<reference>.json`, the reference kept to letters, digits and dashes. */
export function customerDataFileName(reference: string): string {
  const safe = reference.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `customer-data${safe ? `-${safe}` : ''}.json`;
}

/** Hands the document to the browser as a download. */
export function downloadJson(fileName: string, document_: unknown): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(document_, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
