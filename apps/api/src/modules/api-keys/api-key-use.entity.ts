import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { ApiKey } from './api-key.entity';

/** One operation called with a key: which, when, and how it ended (OK or the error code). */
@Entity('api_key_uses')
@Index(['apiKeyId', 'at'])
export class ApiKeyUse {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  apiKeyId!: string;

  @ManyToOne(() => ApiKey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'api_key_id' })
  apiKey?: ApiKey;

  /** The root field, e.g. createDeclaration. */
  @Column({ type: 'text' })
  operation!: string;

  /** OK, or the error code the caller got (RATE_LIMITED, API_KEY_OPERATION_NOT_ALLOWED, …). */
  @Column({ type: 'text' })
  outcome!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;
}
