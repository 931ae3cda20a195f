import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The directory's folded search columns became unbounded text (UnboundedDerivedText), which
 * reset them to the default collation: they sort in French again (FrenchCollation).
 */
export class FrenchCollationOnSearchText1795609100000 implements MigrationInterface {
  name = 'FrenchCollationOnSearchText1795609100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "members" ALTER COLUMN "search_name" TYPE text COLLATE "french"`);
    await queryRunner.query(`ALTER TABLE "members" ALTER COLUMN "search_city" TYPE text COLLATE "french"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "members" ALTER COLUMN "search_city" TYPE text COLLATE "default"`);
    await queryRunner.query(`ALTER TABLE "members" ALTER COLUMN "search_name" TYPE text COLLATE "default"`);
  }
}
