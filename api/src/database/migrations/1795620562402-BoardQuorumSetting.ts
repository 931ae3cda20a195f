import { MigrationInterface, QueryRunner } from 'typeorm';

export class BoardQuorumSetting1795620562402 implements MigrationInterface {
  name = 'BoardQuorumSetting1795620562402';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "bylaw_settings" ADD "board_quorum_type" character varying(10) NOT NULL DEFAULT 'majority'`);
    await queryRunner.query(`ALTER TABLE "bylaw_settings" ADD "board_quorum_value" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "bylaw_settings" ADD CONSTRAINT "bylaw_settings_board_quorum_check" CHECK ("board_quorum_type" IN ('majority', 'count', 'percent') AND "board_quorum_value" >= 0)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "bylaw_settings" DROP CONSTRAINT "bylaw_settings_board_quorum_check"`);
    await queryRunner.query(`ALTER TABLE "bylaw_settings" DROP COLUMN "board_quorum_value"`);
    await queryRunner.query(`ALTER TABLE "bylaw_settings" DROP COLUMN "board_quorum_type"`);
  }
}
