import { DEMO_PASSWORD } from '../demo/demo-data';
import type { AppConfig } from './config';

/** True when `host` only accepts connections from this machine. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/**
 * What the start must say when the demo accounts exist: their password is printed in the README,
 * so anyone who can reach the portal can sign in as an administrator. Null without demo data.
 */
export function demoWarning(config: Pick<AppConfig, 'demoData' | 'host'>): string | null {
  if (!config.demoData) return null;
  if (isLoopbackHost(config.host)) {
    return `Demo data: the demo accounts share the public password ${DEMO_PASSWORD}. Fine on this machine; set DEMO_DATA=false before serving real data.`;
  }
  return (
    `WARNING: demo data while listening on ${config.host}: anyone who can reach this machine can sign in as an administrator ` +
    `with the public demo password ${DEMO_PASSWORD}. Set DEMO_DATA=false (and start from an empty database) or HOST=127.0.0.1.`
  );
}
