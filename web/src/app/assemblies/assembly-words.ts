/** The reasons a delegate may not register (CredentialRefusal in libs/domain), in words; an unknown code reads as the generic one. */
const INELIGIBILITY = ['NOT_A_DELEGATE', 'MEMBER_SUSPENDED', 'MEMBER_LAPSED', 'ACCOUNT_INACTIVE', 'DELEGATE_LIMIT_REACHED'];

export function ineligibilityKey(code: string): string {
  return INELIGIBILITY.includes(code) ? `enums.credentialRefusal.${code}` : 'assemblies.ineligibleOther';
}
