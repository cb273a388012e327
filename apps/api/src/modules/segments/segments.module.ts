import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { PartnersModule } from '../partners/partners.module';
import { Segment } from './segment.entity';
import { SegmentsResolver } from './segments.resolver';
import { SegmentsService } from './segments.service';

@Module({
  imports: [TypeOrmModule.forFeature([Segment]), PartnersModule],
  providers: [SegmentsService, SegmentsResolver],
  exports: [SegmentsService],
})
export class SegmentsModule {}
