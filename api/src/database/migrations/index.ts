import type { MigrationInterface } from 'typeorm';
import { Initial1795424666791 } from './1795424666791-Initial';
import { MemberDirectorySearch1795426701912 } from './1795426701912-MemberDirectorySearch';
import { FrenchCollation1795440000000 } from './1795440000000-FrenchCollation';
import { ApplicationRole1795600000000 } from './1795600000000-ApplicationRole';
import { MemberContactAndDelegateRequests1795608356694 } from './1795608356694-MemberContactAndDelegateRequests';
import { AuditIntegrity1795608357256 } from './1795608357256-AuditIntegrity';
import { MailOutboxAndPasswordTokens1795608422256 } from './1795608422256-MailOutboxAndPasswordTokens';
import { UnboundedDerivedText1795608452972 } from './1795608452972-UnboundedDerivedText';
import { RefreshSuccessorSealed1795608490651 } from './1795608490651-RefreshSuccessorSealed';
import { AuditCheckpointPrivileges1795609000000 } from './1795609000000-AuditCheckpointPrivileges';
import { FrenchCollationOnSearchText1795609100000 } from './1795609100000-FrenchCollationOnSearchText';
import { BoardRegisterMeetingsMinutes1795620116795 } from './1795620116795-BoardRegisterMeetingsMinutes';
import { BoardQuorumSetting1795620562402 } from './1795620562402-BoardQuorumSetting';
import { MinutesArchiveSearch1795630000000 } from './1795630000000-MinutesArchiveSearch';
import { GeneralAssemblies1795631541493 } from './1795631541493-GeneralAssemblies';

/** Every migration, in order. Never edit one once merged: add a new one. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Initial1795424666791,
  MemberDirectorySearch1795426701912,
  FrenchCollation1795440000000,
  ApplicationRole1795600000000,
  MemberContactAndDelegateRequests1795608356694,
  AuditIntegrity1795608357256,
  MailOutboxAndPasswordTokens1795608422256,
  UnboundedDerivedText1795608452972,
  RefreshSuccessorSealed1795608490651,
  AuditCheckpointPrivileges1795609000000,
  FrenchCollationOnSearchText1795609100000,
  BoardRegisterMeetingsMinutes1795620116795,
  BoardQuorumSetting1795620562402,
  MinutesArchiveSearch1795630000000,
  GeneralAssemblies1795631541493,
];
