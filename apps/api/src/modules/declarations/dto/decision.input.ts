import { Field, ID, InputType } from '@nestjs/graphql';
import { LineDecision, MAX_DECLARATION_LINES, RejectReason } from '@relais/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

import { Trimmed } from '../../../core/validation/decorators';
import { LineDecisionEnum, RejectReasonEnum } from './declaration.enums';

@InputType('LineDecisionInput')
export class LineDecisionInput {
  @Field(() => ID)
  @IsString()
  lineId!: string;

  @Field(() => LineDecisionEnum)
  @IsIn(Object.values(LineDecisionEnum))
  decision!: LineDecision;

  @Field(() => RejectReasonEnum, { nullable: true, description: 'Required to reject.' })
  @IsOptional()
  @IsIn(Object.values(RejectReasonEnum))
  reasonCode?: RejectReason;

  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(2000)
  message?: string;
}

@InputType('DecideDeclarationInput')
export class DecideDeclarationInput {
  @Field(() => [LineDecisionInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_DECLARATION_LINES)
  @ValidateNested({ each: true })
  @Type(() => LineDecisionInput)
  lines!: LineDecisionInput[];
}
