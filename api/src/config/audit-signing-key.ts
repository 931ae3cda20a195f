import { generateKeyPairSync } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

/** The audit signing key of an embedded install: generated on first start, kept in the data folder. */
export function loadOrCreateAuditSigningKey(dataDir: string): string {
  const file = path.join(dataDir, 'audit-signing-key.pem');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    const { privateKey } = generateKeyPairSync('ed25519');
    fs.writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8');
}
