import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The member directory at 7,000 members (bench/directory.bench.ts):
 * - pages are read in (search_name, id) order from an index instead of sorting the table; the
 *   index serves every use of the single-column one it replaces;
 * - the city is kept folded (accents, case) beside the name, so searching it costs a LIKE, not
 *   a lower()/translate() of every row.
 */
export class MemberDirectorySearch1795426701912 implements MigrationInterface {
  name = 'MemberDirectorySearch1795426701912';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."members_search_name_idx"`);
    await queryRunner.query(`ALTER TABLE "members" ADD "search_city" character varying(120)`);
    // Rows written before this migration: folded in SQL like members/search-name.ts does.
    await queryRunner.query(`UPDATE "members" SET "search_city" = btrim(regexp_replace(replace(replace(
      translate(lower("city"), 'àâäáãåçéèêëíìîïñóòôöõúùûüýÿ', 'aaaaaaceeeeiiiinooooouuuuyy'), 'œ', 'oe'), 'æ', 'ae'), '\\s+', ' ', 'g'))
      WHERE "city" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "members_directory_order_idx" ON "members" ("search_name", "id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."members_directory_order_idx"`);
    await queryRunner.query(`ALTER TABLE "members" DROP COLUMN "search_city"`);
    await queryRunner.query(`CREATE INDEX "members_search_name_idx" ON "members" ("search_name") `);
  }
}
