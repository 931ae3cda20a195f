import { generateKeyPairSync } from 'crypto';

/** A throwaway Ed25519 key for the audit checkpoints of a benchmark's API (required with DATABASE_URL). */
export function benchSigningKey(): string {
  return generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}
