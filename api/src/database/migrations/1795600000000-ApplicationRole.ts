import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The API's runtime role `concerto_app` (api/src/database/roles.ts): rights on rows, owner of
 * nothing. The audit log takes SELECT and INSERT only, its stream heads no DELETE; no table gets
 * TRUNCATE, REFERENCES or TRIGGER. Tables and sequences that later migrations create (as the
 * same owner role) get SELECT, INSERT, UPDATE, DELETE and USAGE by default; an append-only table
 * revokes what it must right after creating it (`REVOKE UPDATE, DELETE ON x FROM concerto_app`).
 *
 * The role is made by whoever sets up the server (the embedded database, deploy/postgres-init,
 * README); a migrator allowed to create roles (a superuser, as before this migration) makes it
 * here, without login, for a login of its own choosing to be granted it.
 */
export class ApplicationRole1795600000000 implements MigrationInterface {
  name = 'ApplicationRole1795600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'concerto_app') THEN
        BEGIN
          CREATE ROLE concerto_app NOLOGIN;
        EXCEPTION WHEN insufficient_privilege THEN
          RAISE EXCEPTION 'The database role concerto_app is missing and % may not create it: create it first (README, "Database roles")', current_user;
        END;
      END IF;
    END $$`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO concerto_app`);
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON "colleges", "people", "members", "delegates", "bylaw_settings", "refresh_tokens", "login_throttle" TO concerto_app`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT ON "audit_log" TO concerto_app`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "audit_stream_heads" TO concerto_app`);
    await queryRunner.query(`GRANT USAGE ON SEQUENCE "audit_log_id_seq" TO concerto_app`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO concerto_app`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO concerto_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE ON SEQUENCES FROM concerto_app`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM concerto_app`);
    await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM concerto_app`);
    await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM concerto_app`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM concerto_app`);
  }
}
