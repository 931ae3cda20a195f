import { LANGUAGES, Language, PersonRequest, PersonUpdateRequest, Role, ROLES, UpdateMyAccountRequest } from '@concerto/contracts';
import { Transform } from 'class-transformer';
import { OmittableNotNull } from '../../common/validation';
import { ArrayUnique, IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const lower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
const THIS_YEAR = new Date().getFullYear();

export class CreatePersonDto implements PersonRequest {
  @Transform(lower) @IsEmail() @MaxLength(254) email: string;
  @Transform(trim) @IsString() @MinLength(2) @MaxLength(200) fullName: string;
  @IsIn(LANGUAGES) preferredLanguage: Language;
  @IsOptional() @IsInt() @Min(1900) @Max(THIS_YEAR) birthYear?: number | null;
  @IsArray() @ArrayUnique() @IsIn(ROLES, { each: true }) roles: Role[];
}

export class UpdatePersonDto implements PersonUpdateRequest {
  @OmittableNotNull() @Transform(trim) @IsString() @MinLength(2) @MaxLength(200) fullName?: string;
  @OmittableNotNull() @IsIn(LANGUAGES) preferredLanguage?: Language;
  @IsOptional() @IsInt() @Min(1900) @Max(THIS_YEAR) birthYear?: number | null;
  @OmittableNotNull() @IsArray() @ArrayUnique() @IsIn(ROLES, { each: true }) roles?: Role[];
  @OmittableNotNull() @IsBoolean() active?: boolean;
}

export class UpdateMyAccountDto implements UpdateMyAccountRequest {
  @OmittableNotNull() @Transform(trim) @IsString() @MinLength(2) @MaxLength(200) fullName?: string;
  @OmittableNotNull() @IsIn(LANGUAGES) preferredLanguage?: Language;
  @IsOptional() @IsInt() @Min(1900) @Max(THIS_YEAR) birthYear?: number | null;
}

export class PeopleQueryDto {
  @IsOptional() @IsString() @MaxLength(200) q?: string;
  @IsOptional() @Transform(({ value }) => Number(value)) @IsInt() @Min(1) @Max(100000) page?: number;
  @IsOptional() @Transform(({ value }) => Number(value)) @IsInt() @Min(1) @Max(200) pageSize?: number;
}
