import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DeclarationFlag, flag, isPartnerRole } from '@relais/domain';
import { DataSource, EntityManager } from 'typeorm';

import { Actor } from '../../../core/auth/actor';
import { AppConfig } from '../../../core/config/app-config';
import { isUuid } from '../../../core/validation/uuid';
import { scopedDeclarations } from '../declaration-scope';
import { detectProofType, sanitizeFileName, sha256Of } from './proof-content';
import { ProofFile } from './proof-file.entity';
import { ProofErrors } from './proofs.errors';

export interface UploadedProof {
  originalname?: string;
  buffer: Buffer;
  size: number;
}

export type ProofSummary = Pick<ProofFile, 'id' | 'fileName' | 'mimeType' | 'size' | 'declarationId'>;

const SUMMARY: (keyof ProofFile)[] = ['id', 'fileName', 'mimeType', 'size', 'declarationId', 'createdAt'];

@Injectable()
export class ProofsService {
  private readonly logger = new Logger(ProofsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Stores a proof for the actor's partner once its bytes show an allowed type; nothing is written otherwise. */
  async upload(actor: Actor, file: UploadedProof | undefined): Promise<ProofSummary> {
    if (!actor.partnerId || !isPartnerRole(actor.role)) throw ProofErrors.notFound();
    if (!file || file.size === 0) throw ProofErrors.fileRequired();
    if (file.size > this.config.PROOF_MAX_BYTES) throw ProofErrors.tooLarge(this.config.PROOF_MAX_BYTES);
    const mimeType = await detectProofType(file.buffer);
    if (!mimeType) throw ProofErrors.typeNotAllowed();
    const saved = await this.dataSource.getRepository(ProofFile).save({
      partnerId: actor.partnerId,
      uploadedById: actor.userId,
      declarationId: null,
      sha256: sha256Of(file.buffer),
      mimeType,
      size: file.size,
      fileName: sanitizeFileName(file.originalname, mimeType),
      content: file.buffer,
    });
    this.logger.log({ proofId: saved.id, partnerId: actor.partnerId, mimeType, size: file.size }, 'Proof uploaded');
    return { id: saved.id, fileName: saved.fileName, mimeType, size: saved.size, declarationId: null };
  }

  /**
   * A proof with its bytes, when the actor may read it: through its declaration's scope once
   * attached (brand roles never see drafts); before that, its uploader or an admin of its partner.
   */
  async read(actor: Actor, id: string): Promise<ProofFile> {
    if (!isUuid(id)) throw ProofErrors.notFound();
    const proof = await this.dataSource
      .getRepository(ProofFile)
      .createQueryBuilder('f')
      .addSelect('f.content')
      .where('f.id = :id', { id })
      .getOne();
    if (!proof || !(await this.mayRead(actor, proof))) throw ProofErrors.notFound();
    return proof;
  }

  private async mayRead(actor: Actor, proof: ProofFile): Promise<boolean> {
    if (proof.declarationId) {
      return scopedDeclarations(this.dataSource.manager, actor).andWhere('d.id = :declarationId', { declarationId: proof.declarationId }).getExists();
    }
    if (actor.partnerId !== proof.partnerId) return false;
    return actor.role === 'PARTNER_ADMIN' || proof.uploadedById === actor.userId;
  }

  /**
   * Makes `ids` the proofs of a declaration being written (same transaction). Each must be a proof of
   * the declaration's partner that the actor could read, unattached or already this declaration's.
   * Proofs left out go back to unattached. `undefined` or null (what GraphQL sends for an explicit
   * null) leaves the proofs as they are, as the input's description says.
   */
  async attach(manager: EntityManager, actor: Actor, declarationId: string, partnerId: string, ids: string[] | null | undefined): Promise<void> {
    if (ids === undefined || ids === null) return;
    const wanted = [...new Set(ids)];
    const invalid = ids.findIndex((id) => !isUuid(id));
    if (invalid >= 0) throw ProofErrors.notAttachable(invalid);
    // One conditional update: a proof another declaration takes meanwhile is locked, then re-checked.
    const claimed: { id: string }[] = wanted.length
      ? await manager.query(
          `UPDATE proof_files SET declaration_id = $1
            WHERE id = ANY($2::uuid[]) AND partner_id = $3
              AND (declaration_id = $1 OR (declaration_id IS NULL AND ($4 OR uploaded_by_id = $5)))
            RETURNING id`,
          [declarationId, wanted, partnerId, actor.role === 'PARTNER_ADMIN', actor.userId],
        ).then(([rows]: [{ id: string }[]]) => rows)
      : [];
    const missing = ids.findIndex((id) => !claimed.some((row) => row.id === id));
    if (missing >= 0) throw ProofErrors.notAttachable(missing);
    await manager.query('UPDATE proof_files SET declaration_id = NULL WHERE declaration_id = $1 AND NOT (id = ANY($2::uuid[]))', [declarationId, wanted]);
  }

  /**
   * Deletes proofs that no declaration took within PROOF_ORPHAN_TTL_HOURS (abandoned forms, proofs
   * removed from a draft). A proof being attached meanwhile is locked by that update and kept.
   */
  async deleteOrphans(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.PROOF_ORPHAN_TTL_HOURS * 3_600_000);
    const [, deleted]: [unknown, number] = await this.dataSource.query('DELETE FROM proof_files WHERE declaration_id IS NULL AND created_at < $1', [cutoff]);
    if (deleted) this.logger.log({ deleted }, 'Unattached proofs deleted');
    return deleted;
  }

  /** The proofs of each declaration, oldest first, without their bytes. */
  async forDeclarations(declarationIds: readonly string[]): Promise<(ProofSummary & Pick<ProofFile, 'createdAt'>)[][]> {
    const rows = await this.dataSource
      .getRepository(ProofFile)
      .createQueryBuilder('f')
      .select(SUMMARY.map((column) => `f.${column}`))
      .where('f.declaration_id = ANY(:ids)', { ids: [...declarationIds] })
      .orderBy('f.created_at')
      .addOrderBy('f.id')
      .getMany();
    return declarationIds.map((id) => rows.filter((row) => row.declarationId === id));
  }

  /**
   * Deletes the proofs of these declarations (an end customer's erasure, in its transaction): an
   * invoice or a photo shows the customer's name and address, and nothing of the sales depends on
   * the bytes. Their hashes go with them, so a later copy of the same file is no longer flagged.
   */
  async eraseForDeclarations(manager: EntityManager, declarationIds: readonly string[]): Promise<number> {
    const [, deleted]: [unknown, number] = await manager.query('DELETE FROM proof_files WHERE declaration_id = ANY($1::uuid[])', [[...declarationIds]]);
    return deleted;
  }

  /** DUPLICATE_PROOF for each proof whose bytes were already sent with another declaration that went further than a draft. */
  async duplicateFlags(manager: EntityManager, declarationId: string): Promise<DeclarationFlag[]> {
    const duplicates: { fileName: string; otherDeclarationId: string }[] = await manager.query(
      `SELECT DISTINCT ON (mine.id) mine.file_name AS "fileName", other.declaration_id AS "otherDeclarationId"
         FROM proof_files mine
         JOIN proof_files other ON other.sha256 = mine.sha256 AND other.declaration_id <> $1
         JOIN declarations d ON d.id = other.declaration_id AND d.status NOT IN ('DRAFT', 'WITHDRAWN')
        WHERE mine.declaration_id = $1
        ORDER BY mine.id, d.submitted_at`,
      [declarationId],
    );
    return duplicates.map((d) => flag('DUPLICATE_PROOF', null, { fileName: d.fileName, otherDeclarationId: d.otherDeclarationId }));
  }
}
