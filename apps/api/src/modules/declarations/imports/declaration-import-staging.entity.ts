import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

import { Declaration } from '../declaration.entity';
import { DeclarationImport } from './declaration-import.entity';

/** One chunk of a file as received; sending the same index again replaces it. */
@Entity('declaration_import_chunks')
export class DeclarationImportChunk {
  @PrimaryColumn({ type: 'uuid' })
  importId!: string;

  @ManyToOne(() => DeclarationImport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id' })
  import?: DeclarationImport;

  @PrimaryColumn({ type: 'int' })
  chunkIndex!: number;

  /** Number in the whole file of the chunk's first data row (1-based, header not counted). */
  @Column({ type: 'int' })
  firstRow!: number;

  @Column({ type: 'int' })
  rowCount!: number;

  @Column({ type: 'int' })
  errorRowCount!: number;
}

/** A valid row of a file, waiting for the confirmation. Serial numbers stay `|`-joined until then. */
@Entity('declaration_import_rows')
export class DeclarationImportRow {
  @PrimaryColumn({ type: 'uuid' })
  importId!: string;

  @ManyToOne(() => DeclarationImport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id' })
  import?: DeclarationImport;

  @PrimaryColumn({ type: 'int' })
  rowNumber!: number;

  @Column({ type: 'int' })
  chunkIndex!: number;

  @Column({ type: 'date' })
  saleDate!: string;

  @Column({ type: 'uuid' })
  productId!: string;

  @Column({ type: 'int' })
  quantity!: number;

  @Column({ type: 'numeric', precision: 14, scale: 2 })
  amount!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'text' })
  channel!: string;

  @Column({ type: 'text' })
  invoiceReference!: string;

  @Column({ type: 'text', default: '' })
  serialNumbers!: string;

  @Column({ type: 'text', nullable: true })
  customerType!: string | null;

  @Column({ type: 'text', nullable: true })
  customerPostalCode!: string | null;

  @Column({ type: 'text', nullable: true })
  customerSector!: string | null;
}

/** A problem with one cell (or a whole row) of a file. */
@Entity('declaration_import_errors')
@Index(['importId', 'rowNumber'])
@Index(['importId', 'chunkIndex'])
export class DeclarationImportError {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  importId!: string;

  @ManyToOne(() => DeclarationImport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id' })
  import?: DeclarationImport;

  @Column({ type: 'int' })
  chunkIndex!: number;

  @Column({ type: 'int' })
  rowNumber!: number;

  /** The column as named in the header; null for the row as a whole. */
  @Column({ type: 'text', nullable: true })
  field!: string | null;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;
}

/** The declarations a confirmed file made. */
@Entity('declaration_import_declarations')
export class DeclarationImportDeclaration {
  @Index()
  @Column({ type: 'uuid' })
  importId!: string;

  @ManyToOne(() => DeclarationImport, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'import_id' })
  import?: DeclarationImport;

  @PrimaryColumn({ type: 'uuid' })
  declarationId!: string;

  @ManyToOne(() => Declaration, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'declaration_id' })
  declaration?: Declaration;
}
