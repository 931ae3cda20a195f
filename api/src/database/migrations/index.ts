import { Initial1795424666791 } from './1795424666791-Initial';
import { MemberDirectorySearch1795426701912 } from './1795426701912-MemberDirectorySearch';
import { FrenchCollation1795440000000 } from './1795440000000-FrenchCollation';

/** Every migration, in order. Never edit one once merged: add a new one. */
export const MIGRATIONS: Function[] = [Initial1795424666791, MemberDirectorySearch1795426701912, FrenchCollation1795440000000];
