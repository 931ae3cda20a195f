import type { CollegeRequest } from '@concerto/contracts';
import { Transform } from 'class-transformer';
import { OmittableNotNull } from '../../common/validation';
import { IsInt, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const code = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
/** Codes appear in CSV files and addresses: lower-case letters, digits, `_` and `-`. */
const CODE = /^[a-z0-9][a-z0-9_-]*$/;

export class CreateCollegeDto implements CollegeRequest {
  @Transform(code) @IsString() @MinLength(2) @MaxLength(40) @Matches(CODE) code: string;
  @Transform(trim) @IsString() @MinLength(2) @MaxLength(200) nameFr: string;
  @Transform(trim) @IsString() @MinLength(2) @MaxLength(200) nameEn: string;
  @IsInt() @Min(0) @Max(1000) seatCount: number;
  @OmittableNotNull() @IsInt() @Min(0) @Max(10000) sortOrder?: number;
}

export class UpdateCollegeDto implements Partial<CollegeRequest> {
  @OmittableNotNull() @Transform(code) @IsString() @MinLength(2) @MaxLength(40) @Matches(CODE) code?: string;
  @OmittableNotNull() @Transform(trim) @IsString() @MinLength(2) @MaxLength(200) nameFr?: string;
  @OmittableNotNull() @Transform(trim) @IsString() @MinLength(2) @MaxLength(200) nameEn?: string;
  @OmittableNotNull() @IsInt() @Min(0) @Max(1000) seatCount?: number;
  @OmittableNotNull() @IsInt() @Min(0) @Max(10000) sortOrder?: number;
}
