import { Column } from 'typeorm';

/** The sums every row of a sales rollup holds (the entities extend it; TypeORM inherits the columns). */
export abstract class SalesFigureColumns {
  @Column({ type: 'bigint', default: 0 })
  quantity!: string;

  @Column({ type: 'numeric', precision: 18, scale: 2, default: 0 })
  amount!: string;

  @Column({ type: 'int', default: 0 })
  lines!: number;
}
