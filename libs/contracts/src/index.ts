export * from './roles';
export * from './reference';
export * from './errors';
export * from './auth';
export * from './membership';
export * from './audit';
