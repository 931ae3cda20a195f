/**
 * Verifies the audit log's hash chains and prints the first broken link.
 * Usage: npm run audit:verify   (DATABASE_URL, or the embedded database of DATA_DIR)
 *        npm run audit:verify -- --checkpoint FILE [--public-key FILE]
 * With a checkpoint (downloaded from /api/audit/checkpoints/{id}): checks its Ed25519 signature
 * against the trusted public key (--public-key, else the one of AUDIT_SIGNING_KEY or of the data
 * folder), then that nothing it covers was rewritten, even with every hash recomputed.
 * Exit code 0 when intact, 1 when broken, 2 when it could not check.
 */
import 'reflect-metadata';
import * as fs from 'fs';
import * as path from 'path';
import { createPublicKey } from 'crypto';
import { parseArgs } from 'util';
import type { AuditCheckpointFile } from '@concerto/contracts';
import { AuditVerifier } from '../audit/audit-verifier';
import { AppConfig, loadConfig } from '../config/config';
import { createDataSource } from '../database/data-source';
import { EmbeddedDatabase, startEmbeddedPostgres } from '../database/embedded';

function trustedPublicKey(file: string | undefined, config: AppConfig): string {
  if (file) return fs.readFileSync(file, 'utf8');
  const keyFile = path.join(config.dataDir, 'audit-signing-key.pem');
  const privatePem = config.auditSigningKey ?? (fs.existsSync(keyFile) ? fs.readFileSync(keyFile, 'utf8') : null);
  if (!privatePem) throw new Error('No trusted public key: pass --public-key FILE (from GET /api/audit/public-key)');
  return createPublicKey(privatePem).export({ type: 'spki', format: 'pem' }).toString();
}

async function main(): Promise<number> {
  const { values: args } = parseArgs({ options: { checkpoint: { type: 'string' }, 'public-key': { type: 'string' } } });
  const config = loadConfig();
  const checkpoint = args.checkpoint ? (JSON.parse(fs.readFileSync(args.checkpoint, 'utf8')) as AuditCheckpointFile) : null;
  const publicKey = checkpoint ? trustedPublicKey(args['public-key'], config) : null;
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    // The portal may be running and holding the embedded cluster: connect to it first.
    // Reading is all it does: the API's own role (roles.ts) is enough.
    const file = path.join(config.dataDir, 'postgres-app-password');
    const password = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : '';
    url = `postgres://concerto_app:${password}@127.0.0.1:${config.embeddedPgPort}/concerto`;
    const probe = createDataSource(url);
    const running = await probe.initialize().then(
      () => probe.destroy().then(() => true),
      () => false,
    );
    if (!running) {
      embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort);
      url = embedded.url;
    }
  }
  const ds = createDataSource(url);
  await ds.initialize();
  try {
    const verifier = new AuditVerifier(ds);
    const result = checkpoint && publicKey ? await verifier.verifyCheckpoint(checkpoint, publicKey) : await verifier.verify();
    console.log(JSON.stringify(result, null, 2));
    return result.ok ? 0 : 1;
  } finally {
    await ds.destroy();
    if (embedded) await embedded.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(2);
  },
);
