import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The signed checkpoints are append-only for the API as they are for the audit log: the
 * application role reads and adds them, and never updates or deletes one (the default
 * privileges of ApplicationRole had given it the usual rights on this later table).
 */
export class AuditCheckpointPrivileges1795609000000 implements MigrationInterface {
  name = 'AuditCheckpointPrivileges1795609000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "audit_checkpoints" FROM concerto_app`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "audit_checkpoints" TO concerto_app`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`GRANT UPDATE, DELETE ON "audit_checkpoints" TO concerto_app`);
  }
}
