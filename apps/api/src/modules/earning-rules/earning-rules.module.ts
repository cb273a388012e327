import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { PartnersModule } from '../partners/partners.module';
import { ProductsModule } from '../products/products.module';
import { SegmentsModule } from '../segments/segments.module';
import { TiersModule } from '../tiers/tiers.module';
import { EarningRuleVersion } from './earning-rule.entity';
import { EarningRulesResolver } from './earning-rules.resolver';
import { EarningRulesService } from './earning-rules.service';
import { EarningSimulationService } from './earning-simulation.service';

@Module({
  imports: [TypeOrmModule.forFeature([EarningRuleVersion]), PartnersModule, ProductsModule, SegmentsModule, TiersModule],
  providers: [EarningRulesService, EarningSimulationService, EarningRulesResolver],
  exports: [EarningRulesService],
})
export class EarningRulesModule {}
