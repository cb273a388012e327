import { isSampledForReview } from '@relais/domain';

import { declarationInput, declare, lineInput, newInvoice } from '../../../test/support/declarations';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';

describe('DeclarationSubmissionService', () => {
  describe('submit with auto-approval on', () => {
    let t: TestApp;
    let partner: string;

    beforeAll(async () => {
      t = await createTestApp({ DECLARATION_AUTO_APPROVE_MAX_AMOUNT: '5000', DECLARATION_REVIEW_SAMPLE_PERCENT: '50' });
      partner = await t.tokenFor(demoPartnerAccounts(2).admin.email);
    });
    afterAll(() => t.close());

    it('approves unflagged declarations under the amount, except those the id draws for review', async () => {
      const submitted = [];
      for (let i = 0; i < 8; i++) submitted.push(await declare(t, partner, declarationInput({ lines: [lineInput({ amount: 100 + i })] })));
      for (const declaration of submitted) {
        expect(declaration.status).toBe(isSampledForReview(declaration.id, 50) ? 'SUBMITTED' : 'APPROVED');
      }
      const approved = submitted.find((d) => d.status === 'APPROVED');
      expect(approved?.events.at(-1)).toMatchObject({ action: 'AUTO_APPROVED', authorId: null, toStatus: 'APPROVED' });
    });

    it('leaves a declaration over the amount, or flagged, to a validator', async () => {
      const large = await declare(t, partner, declarationInput({ lines: [lineInput({ amount: 5000.01 })] }));
      expect(large.status).toBe('SUBMITTED');
      const invoice = newInvoice();
      await declare(t, partner, declarationInput({ lines: [lineInput({ invoiceReference: invoice, amount: 104.5 })] }));
      const flagged = await declare(t, partner, declarationInput({ lines: [lineInput({ invoiceReference: invoice, amount: 105.5 })] }));
      expect(flagged.status).toBe('SUBMITTED');
      expect(flagged.flags).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'DUPLICATE_INVOICE' })]));
    });
  });

  describe('submit with the default configuration', () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t.close());

    it('never auto-approves', async () => {
      const declaration = await declare(t, await t.tokenFor(demoPartnerAccounts(2).admin.email), declarationInput({ lines: [lineInput({ amount: 1 })] }));
      expect(declaration.status).toBe('SUBMITTED');
    });
  });
});
