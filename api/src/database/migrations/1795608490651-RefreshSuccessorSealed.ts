import { MigrationInterface, QueryRunner } from 'typeorm';

export class RefreshSuccessorSealed1795608490651 implements MigrationInterface {
  name = 'RefreshSuccessorSealed1795608490651';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "refresh_tokens" ADD "successor_sealed" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP COLUMN "successor_sealed"`);
  }
}
