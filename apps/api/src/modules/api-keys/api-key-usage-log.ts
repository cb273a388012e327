import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Writes one api_key_uses row per operation called with a key, whatever its outcome. */
@Injectable()
export class ApiKeyUsageLog {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(apiKeyId: string, operation: string, outcome: string): Promise<void> {
    await this.dataSource.query('INSERT INTO api_key_uses (api_key_id, operation, outcome) VALUES ($1, $2, $3)', [apiKeyId, operation.slice(0, 200), outcome]);
  }
}
