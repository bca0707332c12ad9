import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsUUID, ValidateNested } from 'class-validator';
import { DESCRIPTION_MAX, TranslatedTextRules, TranslationInput } from '@mitreden/api/processes';
import { LOCALES } from '@mitreden/shared/contracts';
import { AnswerOutcome } from './answer.types';

@InputType()
export class DraftOfficialAnswerInput {
  @Field(() => ID) @IsUUID() proposalId!: string;
  @Field(() => AnswerOutcome) @IsEnum(AnswerOutcome) outcome!: AnswerOutcome;
  /** The same rules as every translatable multi-line text: German required, no control or bidi characters. */
  @Field(() => [TranslationInput], { description: 'German required; up to 10000 characters each' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LOCALES.length)
  @ValidateNested({ each: true })
  @Type(() => TranslationInput)
  @TranslatedTextRules({ max: DESCRIPTION_MAX, singleLine: false, germanRequired: true })
  text!: TranslationInput[];
}
