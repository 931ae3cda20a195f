export * from './standing';
export * from './youth';
export * from './eligibility';
export * from './seats';
export * from './csv';
export * from './board-quorum';
export * from './assembly';
