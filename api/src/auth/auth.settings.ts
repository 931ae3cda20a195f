export const AUTH_SETTINGS = Symbol('AUTH_SETTINGS');

export interface AuthSettings {
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  /** Period of the expired refresh-token clean-up; 0 turns it off. */
  refreshTokenCleanupMinutes: number;
  /**
   * How long a just-rotated refresh token may be presented again (two tabs refreshing at once):
   * it then gets the same successor instead of revoking the family.
   */
  refreshGraceSeconds: number;
  /** The refresh-token cookie's Secure flag (on unless explicitly turned off). */
  cookieSecure: boolean;
  loginMaxFailuresPerAccount: number;
  loginMaxFailuresPerAddress: number;
  loginWindowMinutes: number;
}
