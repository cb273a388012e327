import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { isUuid } from '../../core/validation/uuid';
import { AuditService } from '../audit/audit.service';
import { CUSTOMER_DATA_COLUMNS, CustomerDataRow, DeclarationCustomerDataService } from '../declarations/declaration-customer-data.service';
import { ProofsService } from '../declarations/proofs/proofs.service';
import { CustomerDataDeclarationType, CustomerDataErasureType, CustomerDataExportType, CustomerDataSearchResultType } from './dto/customer-data.type';
import { CustomerDataFilter } from './dto/customer-data-filter.input';
import { CustomerDataRequestInput } from './dto/customer-data-request.input';
import { PersonalDataRequest } from './personal-data-request.entity';
import { PrivacyErrors } from './privacy.errors';

const SEARCH_LIMIT = 200;

/**
 * End customers' requests about their personal data in declarations: find the declarations that
 * hold it, export it (recorded as an access), erase it (recorded as an erasure). Each record is a
 * row of personal_data_requests, which the audit trigger turns into an audit entry; neither holds
 * the personal values.
 */
@Injectable()
export class PrivacyService {
  private readonly logger = new Logger(PrivacyService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly customerData: DeclarationCustomerDataService,
    private readonly proofs: ProofsService,
    private readonly audit: AuditService,
  ) {}

  async search(filter: CustomerDataFilter): Promise<CustomerDataSearchResultType> {
    const criteria = Object.entries(filter).filter(([, value]) => typeof value === 'string' && value !== '');
    if (criteria.length === 0) throw PrivacyErrors.criterionRequired();
    if (filter.from && filter.to && filter.from > filter.to) throw PrivacyErrors.periodReversed();
    const { rows, total } = await this.customerData.search(Object.fromEntries(criteria), SEARCH_LIMIT);
    return { items: await this.withProofsAndErasures(this.dataSource.manager, rows), total, limit: SEARCH_LIMIT };
  }

  async export(actor: Actor, input: CustomerDataRequestInput): Promise<CustomerDataExportType> {
    const { ids, reference } = this.checked(input);
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.found(manager, ids);
      const declarations = await this.withProofsAndErasures(manager, rows);
      const access = await manager.getRepository(PersonalDataRequest).save({ kind: 'EXPORT', requestReference: reference, actorId: actor.userId, declarationIds: ids });
      this.logger.log({ requestId: access.id, declarations: ids.length, actorId: actor.userId }, 'Customer data exported');
      return { id: access.id, requestReference: reference, exportedAt: access.at, declarations };
    });
  }

  /**
   * In one transaction: the declarations' personal fields, their proofs, the personal values the
   * audit log copied from them (the erasure's own entry included), then the erasure's record.
   * Sales facts stay. A second erasure finding nothing left under the same reference returns the
   * first one and writes nothing.
   */
  async erase(actor: Actor, input: CustomerDataRequestInput): Promise<CustomerDataErasureType> {
    const { ids, reference } = this.checked(input);
    return this.dataSource.transaction(async (manager) => {
      await this.found(manager, ids);
      const erased = await this.customerData.erase(manager, ids);
      const proofFilesErased = await this.proofs.eraseForDeclarations(manager, ids);
      const auditEntriesRedacted = await this.audit.redact(manager, 'declarations', ids, Object.values(CUSTOMER_DATA_COLUMNS));
      const requests = manager.getRepository(PersonalDataRequest);
      if (erased.fields.length === 0 && proofFilesErased === 0 && auditEntriesRedacted === 0) {
        const earlier = await requests
          .createQueryBuilder('r')
          .where(`r.kind = 'ERASURE' AND r.request_reference = :reference AND r.declaration_ids @> :ids::uuid[]`, { reference, ids })
          .orderBy('r.at')
          .getOne();
        if (earlier) return toErasure(earlier);
      }
      const erasure = await requests.save({
        kind: 'ERASURE',
        requestReference: reference,
        actorId: actor.userId,
        declarationIds: ids,
        fields: erased.fields,
        proofFilesErased,
        auditEntriesRedacted,
      });
      this.logger.log({ requestId: erasure.id, declarations: ids.length, fields: erased.fields, proofFilesErased, auditEntriesRedacted, actorId: actor.userId }, 'Customer data erased');
      return toErasure(erasure);
    });
  }

  /** When each declaration's customer data was last erased (null if never), in the order of `ids`. */
  async erasedAt(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<(Date | null)[]> {
    const rows = await manager.query<{ id: string; at: Date }[]>(
      `SELECT d.id, max(r.at) AS at
         FROM personal_data_requests r CROSS JOIN unnest(r.declaration_ids) AS d(id)
        WHERE r.kind = 'ERASURE' AND r.declaration_ids && $1::uuid[] AND d.id = ANY($1::uuid[])
        GROUP BY d.id`,
      [[...ids]],
    );
    return ids.map((id) => rows.find((row) => row.id === id)?.at ?? null);
  }

  private checked(input: CustomerDataRequestInput): { ids: string[]; reference: string } {
    const ids = [...new Set(input.declarationIds ?? [])];
    if (ids.length === 0) throw PrivacyErrors.nothingSelected();
    const reference = input.requestReference ?? '';
    if (!reference) throw PrivacyErrors.referenceRequired();
    const malformed = ids.findIndex((id) => !isUuid(id));
    if (malformed >= 0) throw PrivacyErrors.declarationNotFound(malformed);
    return { ids, reference };
  }

  private async found(manager: EntityManager, ids: string[]): Promise<CustomerDataRow[]> {
    const rows = await this.customerData.read(manager, ids);
    const missing = ids.findIndex((id) => !rows.some((row) => row.id === id));
    if (missing >= 0) throw PrivacyErrors.declarationNotFound(missing);
    return rows;
  }

  private async withProofsAndErasures(manager: EntityManager, rows: CustomerDataRow[]): Promise<CustomerDataDeclarationType[]> {
    const ids = rows.map((row) => row.id);
    const [proofs, erasedAt] = ids.length ? await Promise.all([this.proofs.forDeclarations(ids), this.erasedAt(ids, manager)]) : [[], []];
    return rows.map((row, index) => ({
      id: row.id,
      partner: { id: row.partnerId, code: row.partnerCode, name: row.partnerName },
      status: row.status,
      saleDate: row.saleDate,
      periodStart: row.periodStart,
      periodEnd: row.periodEnd,
      submittedAt: row.submittedAt,
      currency: row.currency,
      totalAmount: Number(row.totalAmount),
      invoiceReferences: row.invoiceReferences,
      customer: { type: row.customerType, postalCode: row.customerPostalCode, sector: row.customerSector },
      feedback: { rating: row.feedbackRating, comment: row.feedbackComment, tags: row.feedbackTags },
      proofFiles: proofs[index].map((proof) => ({
        id: proof.id,
        fileName: proof.fileName,
        mimeType: proof.mimeType,
        size: proof.size,
        uploadedAt: proof.createdAt,
        url: `/files/proofs/${proof.id}`,
      })),
      erasedAt: erasedAt[index],
    }));
  }
}

const toErasure = (request: PersonalDataRequest): CustomerDataErasureType => ({
  id: request.id,
  requestReference: request.requestReference,
  erasedAt: request.at,
  erasedById: request.actorId,
  declarationIds: request.declarationIds,
  fields: request.fields,
  proofFilesErased: request.proofFilesErased,
  auditEntriesRedacted: request.auditEntriesRedacted,
});
