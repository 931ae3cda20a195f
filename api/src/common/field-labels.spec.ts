import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validate } from 'class-validator';
import { AuditQueryDto } from '../audit/audit.controller';
import { ChangePasswordDto, EmptyBodyDto, LoginDto } from '../auth/dto/auth.dto';
import { CreateCollegeDto, UpdateCollegeDto } from '../colleges/dto/college.dto';
import {
  CreateDelegateRequestDto,
  CreateMemberDto,
  DelegateRequestQueryDto,
  DesignateDelegateDto,
  MemberContactDto,
  MemberExportQueryDto,
  MemberQueryDto,
  RejectDelegateRequestDto,
  SuspendMemberDto,
  UpdateMemberDto,
} from '../members/dto/member.dto';
import { OPTIONAL_COLUMNS, REQUIRED_COLUMNS } from '../members/member-import.rows';
import { CreatePersonDto, PeopleQueryDto, UpdateMyAccountDto, UpdatePersonDto } from '../people/dto/person.dto';
import { UpdateBylawSettingsDto } from '../settings/dto/bylaw-settings.dto';
import { FIELD_LABELS, fieldLabel } from './field-labels';
import { flattenValidationErrors } from './validation';

const DTOS = [
  AuditQueryDto,
  LoginDto,
  EmptyBodyDto,
  ChangePasswordDto,
  CreateCollegeDto,
  UpdateCollegeDto,
  CreateMemberDto,
  UpdateMemberDto,
  MemberQueryDto,
  SuspendMemberDto,
  DesignateDelegateDto,
  MemberContactDto,
  MemberExportQueryDto,
  CreateDelegateRequestDto,
  DelegateRequestQueryDto,
  RejectDelegateRequestDto,
  CreatePersonDto,
  UpdatePersonDto,
  UpdateMyAccountDto,
  PeopleQueryDto,
  UpdateBylawSettingsDto,
];

describe('field labels', () => {
  it('label every property the API validates and every column of the member import file', () => {
    const properties = DTOS.flatMap((dto) => getMetadataStorage().getTargetValidationMetadatas(dto, '', false, false).map((m) => m.propertyName));
    expect(properties.length).toBeGreaterThan(50);
    const unlabelled = [...new Set([...properties, ...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS, 'id', 'delegateId'])].filter((p) => !Object.hasOwn(FIELD_LABELS, p));
    expect(unlabelled).toEqual([]);
  });

  it('fall back to the last named segment of a path, then to the raw name', () => {
    expect(fieldLabel('roles.0')).toEqual({ fr: 'rôles', en: 'roles' });
    expect(fieldLabel('somethingElse')).toEqual({ fr: 'somethingElse', en: 'somethingElse' });
  });

  it('name fields by their label in validation messages, keeping the raw path as the field', async () => {
    const dto = plainToInstance(CreateMemberDto, { legalName: 'X', kind: 'cooperative', sector: 'food', region: '06', collegeId: 'nope', extra: 1 });
    const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
    expect(flattenValidationErrors(errors)).toEqual(
      expect.arrayContaining([
        { field: 'legalName', messages: { fr: 'Le champ « raison sociale » doit contenir au moins 2 caractères.', en: 'The field "legal name" must be at least 2 characters long.' } },
        { field: 'collegeId', messages: { fr: 'Le champ « collège » doit être un identifiant valide.', en: 'The field "college" must be a valid identifier.' } },
        { field: 'extra', messages: { fr: "Le champ « extra » n'est pas accepté.", en: 'The field "extra" is not accepted.' } },
      ]),
    );
  });
});
