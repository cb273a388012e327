import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { UpdateProgrammeSettingsInput } from './dto/update-programme-settings.input';
import { ProgrammeSettings } from './programme-settings.entity';

@Injectable()
export class ProgrammeSettingsService {
  private readonly logger = new Logger(ProgrammeSettingsService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The settings; pass `manager` to read them inside a wider transaction. */
  async get(manager: EntityManager = this.dataSource.manager): Promise<ProgrammeSettings> {
    const settings = await manager.getRepository(ProgrammeSettings).findOneBy({ id: 1 });
    if (settings) return settings;
    // The migration creates the row; this only covers a database where it was removed by hand.
    await manager.createQueryBuilder().insert().into(ProgrammeSettings).values({ id: 1 }).orIgnore().execute();
    return manager.getRepository(ProgrammeSettings).findOneByOrFail({ id: 1 });
  }

  async update(actor: Actor, input: UpdateProgrammeSettingsInput): Promise<ProgrammeSettings> {
    return this.dataSource.transaction(async (manager) => {
      const settings = await this.get(manager);
      const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined && value !== null));
      const saved = await manager.getRepository(ProgrammeSettings).save(Object.assign(settings, changes, { updatedById: actor.userId }));
      this.logger.log({ changes, by: actor.userId }, 'Programme settings changed');
      return saved;
    });
  }
}
