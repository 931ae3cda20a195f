/**
 * Verifies the audit log's hash chains and prints the first broken link.
 * Usage: npm run audit:verify   (DATABASE_URL, or the embedded database of DATA_DIR)
 * Exit code 0 when intact, 1 when broken.
 */
import 'reflect-metadata';
import * as fs from 'fs';
import * as path from 'path';
import { AuditService } from '../audit/audit.service';
import { loadConfig } from '../config/config';
import { createDataSource } from '../database/data-source';
import { EmbeddedDatabase, startEmbeddedPostgres } from '../database/embedded';

async function main(): Promise<number> {
  const config = loadConfig();
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
    const result = await new AuditService(ds).verify();
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
