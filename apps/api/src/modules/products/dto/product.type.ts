import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Product')
export class ProductType {
  @Field(() => ID)
  id!: string;

  @Field()
  sku!: string;

  @Field()
  name!: string;

  @Field()
  category!: string;

  @Field()
  active!: boolean;


  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType('ProductPage')
export class ProductPage {
  @Field(() => [ProductType])
  items!: ProductType[];

  @Field(() => Int)
  total!: number;
}
