import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Which declarations the sales rollup holds. An approval adds a declaration once; its reversal
 * takes it out once, even when the reversal is processed first (it leaves counted = false, and the
 * late approval then adds nothing); a partner's move to other slices moves exactly these.
 */
@Entity('sales_counted_declarations')
export class SalesCountedDeclaration {
  @PrimaryColumn({ type: 'uuid' })
  declarationId!: string;

  @Index()
  @Column({ type: 'uuid' })
  partnerId!: string;

  @Column({ type: 'boolean' })
  counted!: boolean;
}
