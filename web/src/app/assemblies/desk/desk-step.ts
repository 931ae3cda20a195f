import type { CredentialCandidate } from '@concerto/contracts';

/** What Enter does with a search hit: register the delegate, check them in, or nothing (already present, or may not register). */
export function nextStep(hit: CredentialCandidate): 'register' | 'checkIn' | null {
  if (hit.present) return null;
  if (hit.registrationId) return 'checkIn';
  return hit.ineligibility ? null : 'register';
}
