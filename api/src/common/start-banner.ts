import type { Role } from '@concerto/contracts';

/** Who holds each role, in words, English / French (the start message names the demo accounts). */
export const ROLE_NAMES: Record<Role, { en: string; fr: string }> = {
  admin: { en: 'administrator', fr: 'administrateur·rice' },
  secretary: { en: 'board secretary', fr: 'secrétaire du conseil' },
  election_officer: { en: 'election officer', fr: "président·e d'élection" },
  assembly_chair: { en: 'assembly chair', fr: "président·e d'assemblée" },
  youth_coordinator: { en: 'youth wing coordinator', fr: "coordonnateur·rice de l'Aile jeunesse" },
  delegate: { en: 'delegate', fr: 'délégué·e' },
  board_member: { en: 'board member', fr: 'membre du conseil' },
};

export interface StartInfo {
  url: string;
  /** Present when demo data is on. */
  demo: { password: string; accounts: { email: string; roles: Role[] }[] } | null;
  /** One line each, shown last (a demo password on a public address, for instance). */
  warnings: string[];
}

/** "administrator / administrateur·rice"; an account without staff role is a delegate. */
export function rolesInWords(roles: readonly Role[]): string {
  const shown = roles.length ? roles : (['delegate'] as const);
  return shown.map((r) => `${ROLE_NAMES[r].en} / ${ROLE_NAMES[r].fr}`).join(', ');
}

/** The short block that ends the start: the address, the demo accounts, the warnings. */
export function startBanner(info: StartInfo): string {
  const lines = [`Concerto is running at ${info.url}  (API ${info.url}/api, documentation ${info.url}/api/docs)`];
  if (info.demo) {
    const width = Math.max(...info.demo.accounts.map((a) => a.email.length));
    lines.push('', `Demo accounts (password ${info.demo.password}):`);
    for (const a of info.demo.accounts) lines.push(`  ${a.email.padEnd(width)}  ${rolesInWords(a.roles)}`);
  }
  if (info.warnings.length) lines.push('', ...info.warnings.map((w) => `Warning: ${w}`));
  return lines.join('\n') + '\n';
}
