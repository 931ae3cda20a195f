import { MAIL_STATUSES, type MailQuery, type MailStatus } from '@concerto/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

export class MailQueryDto implements MailQuery {
  @IsOptional() @IsIn(MAIL_STATUSES) status?: MailStatus;
  @IsOptional() @Transform(({ value }) => Number(value)) @IsInt() @Min(1) page?: number;
  @IsOptional() @Transform(({ value }) => Number(value)) @IsInt() @Min(1) @Max(200) pageSize?: number;
}
