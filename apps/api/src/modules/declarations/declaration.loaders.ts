import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, FindOptionsOrder, In, ObjectLiteral } from 'typeorm';

import { DeclarationEvent } from './declaration-event.entity';
import { DeclarationFlagRecord } from './declaration-flag.entity';
import { DeclarationLine } from './declaration-line.entity';

export interface DeclarationLoaderSet {
  lines: DataLoader<string, DeclarationLine[]>;
  events: DataLoader<string, DeclarationEvent[]>;
  flags: DataLoader<string, DeclarationFlagRecord[]>;
}

/** The children of declarations, one query per field for a whole list, per HTTP request. */
@Injectable()
export class DeclarationLoaders {
  private readonly byRequest = new WeakMap<object, DeclarationLoaderSet>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  for(request: object): DeclarationLoaderSet {
    let set = this.byRequest.get(request);
    if (!set) {
      set = {
        lines: new DataLoader((ids) => this.children(DeclarationLine, ids, { position: 'ASC' })),
        events: new DataLoader((ids) => this.children(DeclarationEvent, ids, { seq: 'ASC' })),
        flags: new DataLoader((ids) => this.children(DeclarationFlagRecord, ids, { createdAt: 'ASC', id: 'ASC' })),
      };
      this.byRequest.set(request, set);
    }
    return set;
  }

  private async children<T extends ObjectLiteral & { declarationId: string }>(
    entity: new () => T,
    ids: readonly string[],
    order: FindOptionsOrder<T>,
  ): Promise<T[][]> {
    const rows = await this.dataSource.getRepository(entity).find({ where: { declarationId: In([...ids]) } as never, order });
    return ids.map((id) => rows.filter((r) => r.declarationId === id));
  }
}
