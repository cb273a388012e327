import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ProgrammeResolver } from './programme.resolver';
import { ProgrammeSettingsService } from './programme.service';
import { ProgrammeSettings } from './programme-settings.entity';

@Module({
  imports: [TypeOrmModule.forFeature([ProgrammeSettings])],
  providers: [ProgrammeSettingsService, ProgrammeResolver],
  exports: [ProgrammeSettingsService],
})
export class ProgrammeModule {}
