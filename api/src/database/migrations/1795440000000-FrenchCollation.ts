import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Names sorted as a French reader expects (Émile, Eve, Félix, François; before: Eve, François,
 * Félix, Émile in the server's C order): an ICU collation for fr-CA, used by the name columns
 * of people, members and colleges (see database/collation.ts). Indexes on these columns,
 * such as the directory's order, are rebuilt with it by the column change.
 */
export class FrenchCollation1795440000000 implements MigrationInterface {
  name = 'FrenchCollation1795440000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE COLLATION IF NOT EXISTS "french" (provider = icu, locale = 'fr-CA')`);
    await queryRunner.query(`ALTER TABLE "people" ALTER COLUMN "full_name" TYPE character varying(200) COLLATE "french"`);
    await queryRunner.query(`ALTER TABLE "members" ALTER COLUMN "legal_name" TYPE character varying(300) COLLATE "french"`);
    await queryRunner.query(`ALTER TABLE "members" ALTER COLUMN "search_name" TYPE character varying(300) COLLATE "french"`);
    await queryRunner.query(`ALTER TABLE "members" ALTER COLUMN "city" TYPE character varying(120) COLLATE "french"`);
    await queryRunner.query(`ALTER TABLE "members" ALTER COLUMN "search_city" TYPE character varying(120) COLLATE "french"`);
    await queryRunner.query(`ALTER TABLE "colleges" ALTER COLUMN "name_fr" TYPE character varying(200) COLLATE "french"`);
    await queryRunner.query(`ALTER TABLE "colleges" ALTER COLUMN "name_en" TYPE character varying(200) COLLATE "french"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "colleges" ALTER COLUMN "name_en" TYPE character varying(200) COLLATE "default"`);
    await queryRunner.query(`ALTER TABLE "colleges" ALTER COLUMN "name_fr" TYPE character varying(200) COLLATE "default"`);
    await queryRunner.query(`ALTER TABLE "members" ALTER COLUMN "search_city" TYPE character varying(120) COLLATE "default"`);
    await queryRunner.query(`ALTER TABLE "members" ALTER COLUMN "city" TYPE character varying(120) COLLATE "default"`);
    await queryRunner.query(`ALTER TABLE "members" ALTER COLUMN "search_name" TYPE character varying(300) COLLATE "default"`);
    await queryRunner.query(`ALTER TABLE "members" ALTER COLUMN "legal_name" TYPE character varying(300) COLLATE "default"`);
    await queryRunner.query(`ALTER TABLE "people" ALTER COLUMN "full_name" TYPE character varying(200) COLLATE "default"`);
    await queryRunner.query(`DROP COLLATION IF EXISTS "french"`);
  }
}
