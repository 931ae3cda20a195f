import { Initial1795424666791 } from './1795424666791-Initial';
import { MemberDirectorySearch1795426701912 } from './1795426701912-MemberDirectorySearch';
import { MailOutboxAndPasswordTokens1795608422256 } from './1795608422256-MailOutboxAndPasswordTokens';

/** Every migration, in order. Never edit one once merged: add a new one. */
export const MIGRATIONS: Function[] = [Initial1795424666791, MemberDirectorySearch1795426701912, MailOutboxAndPasswordTokens1795608422256];
