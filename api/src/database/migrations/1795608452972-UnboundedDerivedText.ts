import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Columns derived from what people type can be longer than what they typed: "œ" folds to "oe"
 * (search_name, search_city), and the audit's actor label joins a full name and an e-mail
 * (`${fullName} <${email}>`, up to 457 characters). As text they cannot overflow; the typed
 * columns keep their limits. varchar → text keeps the data and the indexes.
 */
export class UnboundedDerivedText1795608452972 implements MigrationInterface {
  name = 'UnboundedDerivedText1795608452972';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "members" ALTER COLUMN "search_name" TYPE text`);
    await queryRunner.query(`ALTER TABLE "members" ALTER COLUMN "search_city" TYPE text`);
    await queryRunner.query(`ALTER TABLE "audit_log" ALTER COLUMN "actor_label" TYPE text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_log" ALTER COLUMN "actor_label" TYPE character varying(300) USING left("actor_label", 300)`);
    await queryRunner.query(`ALTER TABLE "members" ALTER COLUMN "search_city" TYPE character varying(120) USING left("search_city", 120)`);
    await queryRunner.query(`ALTER TABLE "members" ALTER COLUMN "search_name" TYPE character varying(300) USING left("search_name", 300)`);
  }
}
