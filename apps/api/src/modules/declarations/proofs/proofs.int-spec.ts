import { declarationInput, declare, OPS } from '../../../../test/support/declarations';
import { fetchProof, tinyPdf, tinyPng, uploadProof } from '../../../../test/support/proofs';
import { createTestApp, TestApp } from '../../../../test/support/test-app';
import { DEMO_USERS } from '../../../seed/demo-ids';
import { demoPartnerAccounts } from '../../../seed/seed-demo-data';
import { ProofsService } from './proofs.service';

// Partner 1 is assigned to the northern channel manager, partner 4 to the southern one.
const north = demoPartnerAccounts(1);
const south = demoPartnerAccounts(4);
const MAX_BYTES = 4096;
const PROOFS = 'proofs { id fileName mimeType size url }';

describe('ProofsService', () => {
  let t: TestApp;
  let admin: string;
  let member: string;
  let otherPartner: string;
  let brandAdmin: string;
  let managerNorth: string;
  let managerSouth: string;

  beforeAll(async () => {
    t = await createTestApp({ PROOF_MAX_BYTES: String(MAX_BYTES) });
    [admin, member, otherPartner, brandAdmin, managerNorth, managerSouth] = await Promise.all([
      t.tokenFor(north.admin.email),
      t.tokenFor(north.member.email),
      t.tokenFor(south.admin.email),
      t.tokenFor(DEMO_USERS.brandAdmin.email),
      t.tokenFor(DEMO_USERS.channelManagerNorth.email),
      t.tokenFor(DEMO_USERS.channelManagerSouth.email),
    ]);
  });
  afterAll(() => t.close());

  const proofCount = async () => (await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM proof_files'))[0]?.n;
  const upload = async (token: string, content = tinyPng(Math.floor(Math.random() * 60000)), name = 'ticket.png') => {
    const result = await uploadProof(t, token, content, name, 'image/png');
    if (result.status !== 201) throw new Error(JSON.stringify(result.body));
    return result.body as { id: string; url: string; fileName: string };
  };
  const create = (token: string, proofFileIds: string[]) =>
    t.gql(`mutation ($input: DeclarationInput!) { createDeclaration(input: $input) { id ${PROOFS} } }`, { input: declarationInput({ proofFileIds }) }, { token });

  describe('upload (POST /files/proofs)', () => {
    it('stores a PNG and a PDF, typed from their bytes, with a safe name', async () => {
      const png = await uploadProof(t, member, tinyPng(1), '../reçu "caisse".png', 'image/png');
      expect(png.status).toBe(201);
      expect(png.body).toMatchObject({ fileName: 'reçu caisse.png', mimeType: 'image/png', size: tinyPng(1).length, url: `/files/proofs/${png.body.id}` });
      const pdf = await uploadProof(t, member, tinyPdf(), 'facture.bin');
      expect(pdf.body).toMatchObject({ fileName: 'facture.pdf', mimeType: 'application/pdf' });
      const [row] = await t.sql('SELECT partner_id, uploaded_by_id, declaration_id, length(content) AS bytes, sha256 FROM proof_files WHERE id = $1', [png.body.id]);
      expect(row).toMatchObject({ partner_id: north.partnerId, uploaded_by_id: north.member.id, declaration_id: null, bytes: tinyPng(1).length });
      expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
    });

    it.each([
      ['a text file named .png', Buffer.from('just some text pretending to be a picture'), 'fake.png', 'PROOF_TYPE_NOT_ALLOWED', 400],
      ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;', 'latin1'), 'a.gif', 'PROOF_TYPE_NOT_ALLOWED', 400],
      ['a PNG over the size limit', Buffer.concat([tinyPng(2), Buffer.alloc(MAX_BYTES)]), 'big.png', 'PROOF_TOO_LARGE', 400],
      ['an empty file', Buffer.alloc(0), 'empty.png', 'INVALID_INPUT', 400],
    ])('refuses %s with the field error and stores nothing', async (_case, content, name, code, status) => {
      const before = await proofCount();
      const result = await uploadProof(t, admin, content, name, 'image/png');
      expect(result.status).toBe(status);
      expect(result.body.errors?.[0]?.extensions).toMatchObject({ code, field: 'file' });
      expect(await proofCount()).toBe(before);
    });

    it('refuses a request without a file, a caller without a token and a brand user', async () => {
      const noFile = await fetch(`${t.url}/files/proofs`, { method: 'POST', body: new FormData(), headers: { authorization: `Bearer ${admin}` } });
      expect(noFile.status).toBe(400);
      expect(((await noFile.json()) as { errors: { extensions: object }[] }).errors[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'file' });
      const otherField = new FormData();
      otherField.append('document', new Blob([new Uint8Array(tinyPng(3))]), 'a.png');
      const wrongField = await fetch(`${t.url}/files/proofs`, { method: 'POST', body: otherField, headers: { authorization: `Bearer ${admin}` } });
      expect([wrongField.status, ((await wrongField.json()) as { errors: { extensions: { field: string } }[] }).errors[0]?.extensions.field]).toEqual([400, 'file']);
      expect((await uploadProof(t, null, tinyPng(3), 'a.png')).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const brand = await uploadProof(t, brandAdmin, tinyPng(3), 'a.png');
      expect([brand.status, brand.body.errors?.[0]?.extensions?.code]).toEqual([403, 'FORBIDDEN_ROLE']);
    });
  });

  describe('proofUploadLimits', () => {
    it('tells partner users the configured limit and the accepted types, and no one else', async () => {
      const query = '{ proofUploadLimits { maxBytes mimeTypes } }';
      expect((await t.gql(query, {}, { token: member })).data?.proofUploadLimits).toEqual({ maxBytes: MAX_BYTES, mimeTypes: ['application/pdf', 'image/jpeg', 'image/png'] });
      expect((await t.gql(query, {}, { token: brandAdmin })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
    });
  });

  describe('attach (proofFileIds)', () => {
    it('attaches the partner’s proofs to a draft and lists them on the declaration', async () => {
      const [a, b] = [await upload(member), await upload(member)];
      const created = await create(member, [a.id, b.id]);
      expect(created.data?.createDeclaration.proofs).toEqual([
        expect.objectContaining({ id: a.id, url: a.url, mimeType: 'image/png' }),
        expect.objectContaining({ id: b.id, url: b.url }),
      ]);
      const id = created.data?.createDeclaration.id;
      const updated = await t.gql(`mutation ($id: ID!, $input: DeclarationInput!) { updateDeclaration(id: $id, input: $input) { ${PROOFS} } }`, { id, input: declarationInput({ proofFileIds: [b.id] }) }, { token: member });
      expect(updated.data?.updateDeclaration.proofs.map((p: { id: string }) => p.id)).toEqual([b.id]);
      expect(await t.sql('SELECT declaration_id FROM proof_files WHERE id = $1', [a.id])).toEqual([{ declaration_id: null }]);
    });

    it('refuses another partner’s proof and a proof of another declaration, and writes nothing', async () => {
      const theirs = await upload(otherPartner);
      const before = await t.sql('SELECT (SELECT count(*) FROM declarations)::int AS d, (SELECT count(*) FROM proof_files WHERE declaration_id IS NOT NULL)::int AS attached');
      const refused = await create(admin, [theirs.id]);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'PROOF_NOT_FOUND', field: 'proofFileIds.0' });

      const mine = await upload(admin);
      expect((await create(admin, [mine.id])).errors).toBeUndefined();
      const taken = await create(admin, [(await upload(admin)).id, mine.id]);
      expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'PROOF_NOT_FOUND', field: 'proofFileIds.1' });
      const after = await t.sql('SELECT (SELECT count(*) FROM declarations)::int AS d, (SELECT count(*) FROM proof_files WHERE declaration_id IS NOT NULL)::int AS attached');
      expect(after).toEqual([{ d: (before[0]?.d ?? 0) + 1, attached: (before[0]?.attached ?? 0) + 1 }]);
    });
  });

  describe('serve (GET /files/proofs/:id)', () => {
    it('sends the bytes with headers that keep them inert, to those who may read the declaration', async () => {
      const proof = await upload(member, tinyPng(77), 'ticket caisse.png');
      // Unattached: its uploader's and the partner admin's only.
      expect((await fetchProof(t, admin, proof.url)).status).toBe(200);
      expect((await fetchProof(t, brandAdmin, proof.url)).status).toBe(404);
      const declaration = await declare(t, member, declarationInput({ proofFileIds: [proof.id] }));

      for (const token of [member, admin, managerNorth, brandAdmin]) {
        const served = await fetchProof(t, token, proof.url);
        expect(served.status).toBe(200);
        expect(served.content.equals(tinyPng(77))).toBe(true);
      }
      const served = await fetchProof(t, managerNorth, proof.url);
      expect(Object.fromEntries(['content-type', 'content-disposition', 'x-content-type-options', 'cache-control'].map((h) => [h, served.headers.get(h)]))).toEqual({
        'content-type': 'image/png',
        'content-disposition': `inline; filename="ticket caisse.png"; filename*=UTF-8''ticket%20caisse.png`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-cache',
      });
      expect(served.headers.get('content-security-policy')).toMatch(/sandbox/);
      expect((await fetchProof(t, member, `${proof.url}?download=1`)).headers.get('content-disposition')).toMatch(/^attachment;/);
      expect(declaration.status).toBe('SUBMITTED');
    });

    it('answers 404 to another partner, a channel manager of other partners, and the brand while it is a draft', async () => {
      const proof = await upload(admin);
      const draft = await create(admin, [proof.id]);
      expect((await fetchProof(t, brandAdmin, proof.url)).status).toBe(404);
      await t.gql(OPS.submit, { id: draft.data?.createDeclaration.id, key: `k-${proof.id}` }, { token: admin });
      for (const token of [otherPartner, managerSouth, member]) {
        const refused = await fetchProof(t, token, proof.url);
        expect(refused.status).toBe(404);
        expect(JSON.parse(refused.content.toString()).errors[0].extensions.code).toBe('PROOF_NOT_FOUND');
      }
      expect((await fetchProof(t, brandAdmin, proof.url)).status).toBe(200);
      expect((await fetchProof(t, admin, '/files/proofs/not-a-uuid')).status).toBe(404);
    });
  });

  describe('deleteOrphans', () => {
    it('deletes proofs no declaration took in time, and keeps attached and recent ones', async () => {
      const [old, attached, recent] = [await upload(member), await upload(member), await upload(member)];
      await create(member, [attached.id]);
      await t.sql("UPDATE proof_files SET created_at = now() - interval '49 hours' WHERE id = ANY($1)", [[old.id, attached.id]]);
      expect(await t.app.get(ProofsService).deleteOrphans()).toBeGreaterThanOrEqual(1);
      const left = await t.sql<{ id: string }>('SELECT id FROM proof_files WHERE id = ANY($1)', [[old.id, attached.id, recent.id]]);
      expect(left.map((row) => row.id).sort()).toEqual([attached.id, recent.id].sort());
    });
  });

  describe('duplicate proofs at submission', () => {
    it('flags a proof whose bytes were sent with another submitted declaration, even by another partner', async () => {
      const bytes = tinyPdf(`shared ${Date.now()}`);
      const first = await declare(t, member, declarationInput({ proofFileIds: [(await upload(member, bytes, 'a.pdf')).id] }));
      expect(first.flags).toEqual([]);
      const again = await declare(t, otherPartner, declarationInput({ proofFileIds: [(await upload(otherPartner, bytes, 'b.pdf')).id] }));
      expect(again.flags).toEqual([
        { code: 'DUPLICATE_PROOF', severity: 'HIGH', lineId: null, params: [{ name: 'fileName', value: 'b.pdf' }, { name: 'otherDeclarationId', value: first.id }] },
      ]);
      expect(again.riskScore).toBe(40);
    });

    it('does not count a draft that holds the same bytes', async () => {
      const bytes = tinyPng(4242);
      await create(admin, [(await upload(admin, bytes)).id]);
      const submitted = await declare(t, admin, declarationInput({ proofFileIds: [(await upload(admin, bytes)).id] }));
      expect(submitted.flags).toEqual([]);
    });
  });
});
