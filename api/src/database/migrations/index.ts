import { Initial1795424666791 } from './1795424666791-Initial';
import { MemberDirectorySearch1795426701912 } from './1795426701912-MemberDirectorySearch';
import { AuditIntegrity1795608357256 } from './1795608357256-AuditIntegrity';

/** Every migration, in order. Never edit one once merged: add a new one. */
export const MIGRATIONS: Function[] = [Initial1795424666791, MemberDirectorySearch1795426701912, AuditIntegrity1795608357256];
