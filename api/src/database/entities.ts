import { AuditCheckpointEntity, AuditEntryEntity, AuditStreamHeadEntity } from '../audit/audit.entity';
import { LoginThrottleEntity } from '../auth/login-throttle.entity';
import { RefreshTokenEntity } from '../auth/refresh-token.entity';
import { MailOutboxEntity } from '../mail/mail-outbox.entity';
import { PasswordResetRequestEntity, PasswordTokenEntity } from '../password-reset/password-token.entity';
import { CollegeEntity } from '../colleges/college.entity';
import { DelegateRequestEntity } from '../members/delegate-request.entity';
import { DelegateEntity } from '../members/delegate.entity';
import { MemberEntity } from '../members/member.entity';
import { PersonEntity } from '../people/person.entity';
import { BoardOfficerEntity, BoardSeatEntity, BoardTermEntity } from '../board/board.entities';
import {
  BoardActionItemEntity,
  BoardAgendaItemEntity,
  BoardAttendanceEntity,
  BoardConflictEntity,
  BoardDocumentEntity,
  BoardMeetingEntity,
  BoardResolutionCounterEntity,
  BoardResolutionEntity,
  BoardResolutionVoteEntity,
} from '../meetings/meeting.entities';
import { ArchiveEntryEntity } from '../minutes/archive-entry.entity';
import { MinutesEntity, MinutesFileEntity, MinutesSignatureEntity } from '../minutes/minutes.entities';
import {
  AssemblyAgendaItemEntity,
  AssemblyAttendanceLogEntity,
  AssemblyDocumentEntity,
  AssemblyEntity,
  AssemblyEventEntity,
  AssemblyProxyEntity,
  AssemblyRegistrationEntity,
  AssemblySpeakerEntity,
  AssemblyStaffEntity,
} from '../assemblies/assembly.entities';
import { BylawSettingsEntity } from '../settings/bylaw-settings.entity';

export const ENTITIES = [
  PersonEntity,
  RefreshTokenEntity,
  LoginThrottleEntity,
  CollegeEntity,
  MemberEntity,
  DelegateEntity,
  DelegateRequestEntity,
  BylawSettingsEntity,
  AuditEntryEntity,
  AuditStreamHeadEntity,
  AuditCheckpointEntity,
  MailOutboxEntity,
  PasswordTokenEntity,
  PasswordResetRequestEntity,
  BoardSeatEntity,
  BoardTermEntity,
  BoardOfficerEntity,
  BoardMeetingEntity,
  BoardAgendaItemEntity,
  BoardDocumentEntity,
  BoardAttendanceEntity,
  BoardConflictEntity,
  BoardResolutionEntity,
  BoardResolutionVoteEntity,
  BoardResolutionCounterEntity,
  BoardActionItemEntity,
  MinutesEntity,
  MinutesSignatureEntity,
  MinutesFileEntity,
  ArchiveEntryEntity,
  AssemblyEntity,
  AssemblyAgendaItemEntity,
  AssemblyDocumentEntity,
  AssemblyStaffEntity,
  AssemblyRegistrationEntity,
  AssemblyAttendanceLogEntity,
  AssemblyProxyEntity,
  AssemblySpeakerEntity,
  AssemblyEventEntity,
];
