import type { CredentialCandidate } from '@concerto/contracts';
import { nextStep } from './desk-step';

const hit = (over: Partial<CredentialCandidate>): CredentialCandidate => ({
  personId: 'p1', fullName: 'Alexandre Simard', memberId: 'm1', memberName: 'Coop du Quartier', registrationId: null, present: false, ineligibility: null, ...over,
});

describe('what Enter does at the credentials desk with the first hit', () => {
  it('registers an eligible delegate not yet registered', () => {
    expect(nextStep(hit({}))).toBe('register');
  });

  it('checks in a registered delegate not yet present', () => {
    expect(nextStep(hit({ registrationId: 'r1' }))).toBe('checkIn');
  });

  it('does nothing for a delegate already present', () => {
    expect(nextStep(hit({ registrationId: 'r1', present: true }))).toBeNull();
  });

  it('does nothing for a delegate who may not register (the reason is shown instead)', () => {
    expect(nextStep(hit({ ineligibility: 'MEMBER_SUSPENDED' }))).toBeNull();
  });
});
