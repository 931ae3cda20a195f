import { Initial1795424666791 } from './1795424666791-Initial';
import { MemberDirectorySearch1795426701912 } from './1795426701912-MemberDirectorySearch';
import { MemberContactAndDelegateRequests1795608356694 } from './1795608356694-MemberContactAndDelegateRequests';

/** Every migration, in order. Never edit one once merged: add a new one. */
export const MIGRATIONS: Function[] = [Initial1795424666791, MemberDirectorySearch1795426701912, MemberContactAndDelegateRequests1795608356694];
