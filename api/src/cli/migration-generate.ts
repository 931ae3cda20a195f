/**
 * Prints the SQL that would bring the database of the migrations up to the entities, as a new
 * migration file under api/src/database/migrations. Usage: npm run migration:generate -- --name=AddThing
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createDataSource, runMigrations } from '../database/data-source';
import { startEmbeddedPostgres } from '../database/embedded';

async function main(): Promise<void> {
  const name = (process.argv[2] || 'Change').replace(/[^A-Za-z0-9]/g, '');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concerto-migration-'));
  const db = await startEmbeddedPostgres(dir, 54000 + Math.floor(Math.random() * 1000));
  const ds = createDataSource(db.ownerUrl);
  try {
    await ds.initialize();
    await runMigrations(ds);
    const sql = await ds.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) {
      console.log('Entities and migrations agree: nothing to generate.');
      return;
    }
    const ts = Date.now();
    const q = (s: string) => '`' + s.replace(/`/g, '\\`') + '`';
    const up = sql.upQueries.map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
    const down = sql.downQueries.reverse().map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
    const file = path.resolve(__dirname, '../../../../../api/src/database/migrations', `${ts}-${name}.ts`);
    fs.writeFileSync(
      file,
      `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${ts} implements MigrationInterface {\n  name = '${name}${ts}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    console.log(`Written ${file}; add it to api/src/database/migrations/index.ts.`);
  } finally {
    await ds.destroy().catch(() => undefined);
    await db.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
