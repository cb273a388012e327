import type { LineStatus, RejectReason, SaleChannel } from '@relais/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { Product } from '../products/product.entity';
import { Declaration } from './declaration.entity';

/** One product sold, decided on its own. */
@Entity('declaration_lines')
@Check('"quantity" > 0')
@Check('"amount" >= 0')
@Index(['invoiceReference'])
// The outlier check reads a product's latest approved lines, newest first.
@Index(['productId', 'decidedAt'], { where: `"status" = 'APPROVED'` })
export class DeclarationLine {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  declarationId!: string;

  @ManyToOne(() => Declaration, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'declaration_id' })
  declaration?: Declaration;

  /** Order of the line in the declaration, so field errors and screens name the same line. */
  @Column({ type: 'int' })
  position!: number;

  @Index()
  @Column({ type: 'uuid' })
  productId!: string;

  @ManyToOne(() => Product, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id' })
  product?: Product;

  @Column({ type: 'int' })
  quantity!: number;

  /** Money as exact decimal text, as PostgreSQL numeric returns it. */
  @Column({ type: 'numeric', precision: 14, scale: 2 })
  amount!: string;

  @Column({ type: 'text' })
  channel!: SaleChannel;

  /** Trimmed and upper-cased, so duplicate checks compare references with a plain index. */
  @Column({ type: 'text', default: '' })
  invoiceReference!: string;

  // GIN, for the duplicate-serial check; created by its migration (TypeORM cannot declare GIN).
  @Index('IDX_declaration_lines_serial_numbers', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  serialNumbers!: string[];

  @Column({ type: 'text', default: 'PENDING' })
  status!: LineStatus;

  @Column({ type: 'text', nullable: true })
  rejectReasonCode!: RejectReason | null;

  @Column({ type: 'text', nullable: true })
  rejectMessage!: string | null;

  @Column({ type: 'int', nullable: true })
  pointsAwarded!: number | null;

  /** How the points were computed (the earning rules' explanation), kept as it was at approval. */
  @Column({ type: 'jsonb', nullable: true })
  pointsExplanation!: Record<string, unknown> | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;
}
