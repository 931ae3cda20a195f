import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validate } from 'class-validator';
import {
  AssemblyAgendaItemDto,
  AssemblyAgendaOrderDto,
  AssemblyDocumentFieldsDto,
  AssemblyStaffDto,
  CreateAssemblyDto,
  UpdateAssemblyAgendaItemDto,
  UpdateAssemblyDto,
} from '../assemblies/dto/assembly.dto';
import { AgendaItemTextDto, FloorDto } from '../assembly-session/dto/session.dto';
import { CredentialsQueryDto, DeskCheckInDto, DeskProxyDto, RegisterPersonDto, RegistrationsQueryDto, SelfCheckInDto, SelfProxyDto } from '../assemblies/dto/registration.dto';
import { AuditQueryDto } from '../audit/audit.controller';
import { ChangePasswordDto, EmptyBodyDto, LoginDto } from '../auth/dto/auth.dto';
import { AssignTermDto, CandidatesQueryDto, CorrectTermDto, EndTermDto, NameOfficerDto, UpdateSeatDto } from '../board/dto/board.dto';
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
import { AdoptMinutesDto, ArchiveQueryDto, CreateMinutesDto, MinutesPdfParamsDto, SignMinutesDto, UpdateMinutesDto } from '../minutes/dto/minutes.dto';
import { OPTIONAL_COLUMNS, REQUIRED_COLUMNS } from '../members/member-import.rows';
import { CreatePersonDto, PeopleQueryDto, UpdateMyAccountDto, UpdatePersonDto } from '../people/dto/person.dto';
import { UpdateBylawSettingsDto } from '../settings/dto/bylaw-settings.dto';
import {
  ActionItemDto,
  AgendaItemDto,
  AgendaOrderDto,
  AttendanceDto,
  AttendanceEntryDto,
  ConflictDto,
  CreateMeetingDto,
  DecisionDto,
  ResolutionDto,
  UpdateActionItemDto,
  UpdateAgendaItemDto,
  UpdateMeetingDto,
  VoteDto,
} from '../meetings/dto/meeting.dto';
import { readFileSync } from 'fs';
import { join } from 'path';
import { FIELD_LABELS, fieldLabel } from './field-labels';
import { VALUE_LABELS } from './value-labels';
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
  AssignTermDto,
  EndTermDto,
  CorrectTermDto,
  UpdateSeatDto,
  NameOfficerDto,
  CandidatesQueryDto,
  CreateMinutesDto,
  UpdateMinutesDto,
  AdoptMinutesDto,
  SignMinutesDto,
  ArchiveQueryDto,
  MinutesPdfParamsDto,
  CreateMeetingDto,
  UpdateMeetingDto,
  AgendaItemDto,
  UpdateAgendaItemDto,
  AgendaOrderDto,
  AttendanceDto,
  AttendanceEntryDto,
  ConflictDto,
  ResolutionDto,
  VoteDto,
  DecisionDto,
  ActionItemDto,
  UpdateActionItemDto,
  CreateAssemblyDto,
  UpdateAssemblyDto,
  AssemblyAgendaItemDto,
  UpdateAssemblyAgendaItemDto,
  AssemblyAgendaOrderDto,
  AssemblyDocumentFieldsDto,
  AssemblyStaffDto,
  CredentialsQueryDto,
  RegistrationsQueryDto,
  RegisterPersonDto,
  DeskCheckInDto,
  SelfCheckInDto,
  SelfProxyDto,
  DeskProxyDto,
  AgendaItemTextDto,
  FloorDto,
];

describe('field labels', () => {
  it('label every property the API validates and every column of the member import file', () => {
    const properties = DTOS.flatMap((dto) => getMetadataStorage().getTargetValidationMetadatas(dto, '', false, false).map((m) => m.propertyName));
    expect(properties.length).toBeGreaterThan(50);
    const unlabelled = [...new Set([...properties, ...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS, 'id', 'delegateId'])].filter((p) => !Object.hasOwn(FIELD_LABELS, p));
    expect(unlabelled).toEqual([]);
  });

  it("read a property labelled as another key by that key's label and values: an assembly's kind is not a member's", async () => {
    const assembly = await validate(plainToInstance(CreateAssemblyDto, { kind: 'cooperative', titleFr: 'AGA', titleEn: 'AGM', startsAt: '2027-06-10T19:00:00-04:00' }));
    expect(flattenValidationErrors(assembly)).toEqual([
      {
        field: 'kind',
        messages: {
          fr: "Le champ « Type d'assemblée » doit être une des valeurs : Assemblée générale annuelle, Assemblée générale extraordinaire.",
          en: 'The field "Kind of assembly" must be one of: Annual general assembly, Special general assembly.',
        },
      },
    ]);
    expect(flattenValidationErrors(await validate(plainToInstance(FloorDto, {})))).toEqual([
      { field: 'kind', messages: { fr: "Choisissez pour, contre, une question de privilège ou un point d'ordre.", en: 'Choose for, against, a question of privilege or a point of order.' } },
    ]);
  });

  it('fall back to the last named segment of a path, then to the raw name', () => {
    expect(fieldLabel('roles.0')).toEqual({ fr: 'Rôles', en: 'Roles' });
    expect(fieldLabel('somethingElse')).toEqual({ fr: 'somethingElse', en: 'somethingElse' });
  });

  it('name fields by the label the form shows, keeping the raw path as the field, and say "choose" for a college not chosen', async () => {
    const dto = plainToInstance(CreateMemberDto, { legalName: 'X', kind: 'cooperative', sector: 'food', region: '06', collegeId: '', extra: 1 });
    const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
    expect(flattenValidationErrors(errors)).toEqual(
      expect.arrayContaining([
        { field: 'legalName', messages: { fr: 'Le champ « Nom légal » doit contenir au moins 2 caractères.', en: 'The field "Legal name" must be at least 2 characters long.' } },
        { field: 'collegeId', messages: { fr: 'Choisissez un collège.', en: 'Choose a college.' } },
        { field: 'extra', messages: { fr: "Le champ « extra » n'est pas accepté.", en: 'The field "extra" is not accepted.' } },
      ]),
    );
  });

  it('list the allowed values by their translated labels, never by their internal codes', async () => {
    const dto = plainToInstance(CreateMemberDto, { legalName: 'Coop', kind: 'bank', sector: 'food', region: '06', collegeId: 'not-a-uuid' });
    const byField = new Map(flattenValidationErrors(await validate(dto)).map((e) => [e.field, e.messages]));
    expect(byField.get('kind')?.fr).toMatch(/^Le champ « Type d'organisation » doit être une des valeurs : Coopérative, Organisme à but non lucratif \(OBNL\), /);
    expect(byField.get('kind')?.en).toMatch(/^The field "Kind of organization" must be one of: Cooperative, Non-profit organization, /);
    expect(byField.get('kind')?.fr).not.toMatch(/cooperative|nonprofit/);
    expect(byField.get('collegeId')).toEqual({ fr: 'Choisissez un collège.', en: 'Choose a college.' });
    const missing = new Map(flattenValidationErrors(await validate(plainToInstance(CreateMemberDto, { legalName: 'Coop' }))).map((e) => [e.field, e.messages]));
    expect(missing.get('region')).toEqual({ fr: 'Choisissez une région administrative.', en: 'Choose an administrative region.' });
  });

  /** DTO field → the web form's label key: a message names the field as the person reads it. */
  const FORM_LABELS: Record<string, string> = {
    legalName: 'members.fields.legalName',
    kind: 'members.fields.kind',
    sector: 'members.fields.sector',
    region: 'members.fields.region',
    collegeId: 'members.fields.college',
    duesPaidUntil: 'members.fields.duesPaidUntil',
    city: 'members.fields.city',
    standing: 'members.fields.standing',
    reason: 'members.detail.suspendReason',
    email: 'auth.login.email',
    password: 'auth.login.password',
    currentPassword: 'account.password.current',
    newPassword: 'account.password.new',
    fullName: 'people.fields.fullName',
    preferredLanguage: 'people.fields.preferredLanguage',
    birthYear: 'people.fields.birthYear',
    roles: 'people.fields.roles',
    code: 'colleges.fields.code',
    nameFr: 'colleges.fields.nameFr',
    nameEn: 'colleges.fields.nameEn',
    seatCount: 'colleges.fields.seatCount',
    sortOrder: 'colleges.fields.sortOrder',
    ...Object.fromEntries(
      ['noticePeriodDays', 'quorumType', 'quorumValue', 'proxiesAllowed', 'maxProxiesPerDelegate', 'delegatesPerMember', 'voteWeighting', 'termLengthYears', 'staggeredTerms', 'youthReservedSeats', 'youthMaxAge', 'electionMethod'].map((k) => [k, `settings.fields.${k}`]),
    ),
  };

  type Tree = { [key: string]: string | Tree };
  function web(language: 'fr' | 'en'): (key: string) => unknown {
    const dir = join(__dirname, '../../../web/public/i18n', language);
    const file = (name: string) => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Tree;
    return (key) => key.split('.').reduce<unknown>((node, k) => (node as Tree | undefined)?.[k], file(key.split('.')[0]));
  }

  it.each(['fr', 'en'] as const)('use in %s the labels the web forms show', (language) => {
    const t = web(language);
    const differ = Object.entries(FORM_LABELS)
      .filter(([field, key]) => FIELD_LABELS[field][language] !== t(key))
      .map(([field, key]) => `${field}: API « ${FIELD_LABELS[field][language]} », form « ${String(t(key))} »`);
    expect(differ).toEqual([]);
  });

  it.each(['fr', 'en'] as const)('label coded values in %s as the web app does', (language) => {
    const t = web(language);
    const differ = Object.entries(VALUE_LABELS).flatMap(([group, codes]) =>
      Object.entries(codes as Record<string, { fr: string; en: string }>)
        .filter(([code, label]) => label[language] !== t(`enums.${group}.${code}`))
        .map(([code]) => `enums.${group}.${code}`),
    );
    expect(differ).toEqual([]);
  });
});
