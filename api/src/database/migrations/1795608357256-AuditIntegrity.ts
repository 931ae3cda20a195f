import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log against someone holding the app's database credentials:
 * - a stream head only moves forward, to the newest entry of its stream, and is never deleted;
 * - an entry continues its stream's chain (seq = previous + 1, prev_hash = previous hash) and
 *   needs the stream's head to exist;
 * - signed checkpoints of every head, insert-only.
 * These triggers are ENABLE ALWAYS: `session_replication_role = replica` does not skip them.
 */
export class AuditIntegrity1795608357256 implements MigrationInterface {
  name = 'AuditIntegrity1795608357256';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_checkpoints" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reason" character varying(60) NOT NULL, "heads" jsonb NOT NULL, "key_id" character(64) NOT NULL, "signature" character varying(200) NOT NULL, CONSTRAINT "audit_checkpoints_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "audit_checkpoints_created_at_idx" ON "audit_checkpoints" ("created_at") `);

    await queryRunner.query(`CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP; END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON "audit_checkpoints" FOR EACH ROW EXECUTE FUNCTION audit_refuse_change()`);
    await queryRunner.query(`CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON "audit_checkpoints" FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change()`);
    await queryRunner.query(`ALTER TABLE "audit_checkpoints" ENABLE ALWAYS TRIGGER audit_checkpoints_append_only`);
    await queryRunner.query(`ALTER TABLE "audit_checkpoints" ENABLE ALWAYS TRIGGER audit_checkpoints_no_truncate`);

    await queryRunner.query(`CREATE FUNCTION audit_head_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE newest_seq int; newest_hash char(64);
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'audit_stream_heads: the head of stream % is never deleted', OLD.stream;
        END IF;
        IF TG_OP = 'INSERT' THEN
          IF NEW.seq <> 0 OR NEW.hash <> repeat('0', 64) THEN
            RAISE EXCEPTION 'audit_stream_heads: the head of new stream % starts at 0', NEW.stream;
          END IF;
          RETURN NEW;
        END IF;
        IF NEW.stream <> OLD.stream THEN
          RAISE EXCEPTION 'audit_stream_heads: the head of stream % cannot be renamed', OLD.stream;
        END IF;
        IF NEW.seq <= OLD.seq THEN
          RAISE EXCEPTION 'audit_stream_heads: the head of stream % only moves forward (% to % refused)', NEW.stream, OLD.seq, NEW.seq;
        END IF;
        SELECT seq, hash INTO newest_seq, newest_hash FROM audit_log WHERE stream = NEW.stream ORDER BY seq DESC LIMIT 1;
        IF newest_seq IS DISTINCT FROM NEW.seq OR newest_hash IS DISTINCT FROM NEW.hash THEN
          RAISE EXCEPTION 'audit_stream_heads: the head of stream % must point at its newest entry', NEW.stream;
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_stream_heads_guard BEFORE INSERT OR UPDATE OR DELETE ON "audit_stream_heads" FOR EACH ROW EXECUTE FUNCTION audit_head_guard()`);
    await queryRunner.query(`CREATE TRIGGER audit_stream_heads_no_truncate BEFORE TRUNCATE ON "audit_stream_heads" FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change()`);
    await queryRunner.query(`ALTER TABLE "audit_stream_heads" ENABLE ALWAYS TRIGGER audit_stream_heads_guard`);
    await queryRunner.query(`ALTER TABLE "audit_stream_heads" ENABLE ALWAYS TRIGGER audit_stream_heads_no_truncate`);

    await queryRunner.query(`CREATE FUNCTION audit_log_continue_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE last_seq int; last_hash char(64);
      BEGIN
        PERFORM 1 FROM audit_stream_heads WHERE stream = NEW.stream;
        IF NOT FOUND THEN
          RAISE EXCEPTION 'audit_log: stream % has no head', NEW.stream;
        END IF;
        SELECT seq, hash INTO last_seq, last_hash FROM audit_log WHERE stream = NEW.stream ORDER BY seq DESC LIMIT 1;
        IF NEW.seq <> coalesce(last_seq, 0) + 1 OR NEW.prev_hash <> coalesce(last_hash, repeat('0', 64)) THEN
          RAISE EXCEPTION 'audit_log: entry % of stream % does not continue its chain', NEW.seq, NEW.stream;
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_log_chain BEFORE INSERT ON "audit_log" FOR EACH ROW EXECUTE FUNCTION audit_log_continue_chain()`);
    await queryRunner.query(`ALTER TABLE "audit_log" ENABLE ALWAYS TRIGGER audit_log_chain`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_log_chain ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION audit_log_continue_chain()`);
    await queryRunner.query(`DROP TRIGGER audit_stream_heads_no_truncate ON "audit_stream_heads"`);
    await queryRunner.query(`DROP TRIGGER audit_stream_heads_guard ON "audit_stream_heads"`);
    await queryRunner.query(`DROP FUNCTION audit_head_guard()`);
    await queryRunner.query(`DROP TABLE "audit_checkpoints"`);
    await queryRunner.query(`DROP FUNCTION audit_refuse_change()`);
  }
}
