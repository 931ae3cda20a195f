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
];
