import type { BackOfficeExportCustomerDataMutation } from '@relais/graphql-client';

import { customerDataDocument, customerDataFileName } from './customer-data-download';

describe('customerDataFileName', () => {
  it('keeps the reference readable and safe for a file name', () => {
    expect(customerDataFileName('GDPR-2026/041 (Mme Durand)')).toBe('customer-data-GDPR-2026-041-Mme-Durand.json');
    expect(customerDataFileName('  ')).toBe('customer-data.json');
  });
});

describe('customerDataDocument', () => {
  it('drops the type names the client adds at every level and keeps what the API exported', () => {
    // As Apollo hands it over: __typename on every object, beyond what the generated types say.
    const exported = {
      __typename: 'CustomerDataExport',
      id: 'r1',
      requestReference: 'GDPR-1',
      exportedAt: '2026-11-23T12:00:00.000Z',
      declarations: [
        {
          __typename: 'CustomerDataDeclaration',
          id: 'd1',
          partner: { __typename: 'PartnerSummary', id: 'p1', code: 'P-1', name: 'Dupont' },
          status: 'APPROVED',
          saleDate: '2026-11-20',
          periodStart: null,
          periodEnd: null,
          submittedAt: '2026-11-21T08:00:00.000Z',
          currency: 'EUR',
          totalAmount: 1200,
          invoiceReferences: ['F-1'],
          customer: { __typename: 'CustomerProfile', type: 'B2C', postalCode: '59000', sector: null },
          feedback: { __typename: 'CustomerFeedback', rating: 4, comment: 'Ravie', tags: ['price'] },
          proofFiles: [{ __typename: 'CustomerDataProofFile', id: 'f1', fileName: 'facture.pdf', mimeType: 'application/pdf', size: 10, uploadedAt: '2026-11-20T10:00:00.000Z', url: '/files/proofs/f1' }],
          erasedAt: null,
        },
      ],
    } as unknown as BackOfficeExportCustomerDataMutation['exportCustomerData'];
    const document = customerDataDocument(exported);
    expect(JSON.stringify(document)).not.toContain('__typename');
    expect(document.declarations[0]?.proofFiles[0]?.url).toBe('/files/proofs/f1');
    expect(document.declarations[0]?.feedback).toEqual({ rating: 4, comment: 'Ravie', tags: ['price'] });
  });
});
