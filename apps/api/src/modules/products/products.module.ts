import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { SegmentsModule } from '../segments/segments.module';
import { Product } from './product.entity';
import { ProductEligibilityService } from './product-eligibility.service';
import { ProductSegment } from './product-segment.entity';
import { ProductsResolver } from './products.resolver';
import { ProductsService } from './products.service';
import { ProductsImportService } from './products-import.service';

@Module({
  imports: [TypeOrmModule.forFeature([Product, ProductSegment]), SegmentsModule],
  providers: [ProductsService, ProductEligibilityService, ProductsImportService, ProductsResolver],
  exports: [ProductsService, ProductEligibilityService],
})
export class ProductsModule {}
