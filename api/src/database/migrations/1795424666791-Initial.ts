import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795424666791 implements MigrationInterface {
  name = 'Initial1795424666791';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "stream" character varying(120) NOT NULL, "seq" integer NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" uuid, "actor_label" character varying(300) NOT NULL, "action" character varying(80) NOT NULL, "target_type" character varying(60) NOT NULL, "target_id" character varying(120), "before" jsonb, "after" jsonb, "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "audit_log_occurred_at_idx" ON "audit_log" ("occurred_at") `);
    await queryRunner.query(`CREATE INDEX "audit_log_target_idx" ON "audit_log" ("target_type", "target_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "audit_log_stream_seq_key" ON "audit_log" ("stream", "seq") `);
    await queryRunner.query(`CREATE TABLE "audit_stream_heads" ("stream" character varying(120) NOT NULL, "seq" integer NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_c09d07b7b4d422fcc73562cc83f" PRIMARY KEY ("stream"))`);
    await queryRunner.query(`CREATE TABLE "login_throttle" ("key" character varying(300) NOT NULL, "failures" integer NOT NULL DEFAULT '0', "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_14c03bac82292a8310c54cb98d0" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "consumed_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "refresh_tokens_person_idx" ON "refresh_tokens" ("person_id") `);
    await queryRunner.query(`CREATE INDEX "refresh_tokens_family_idx" ON "refresh_tokens" ("family_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "refresh_tokens_hash_key" ON "refresh_tokens" ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "colleges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "name_fr" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "seat_count" integer NOT NULL, "sort_order" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "colleges_seat_count_check" CHECK ("seat_count" >= 0), CONSTRAINT "PK_61a64e7dc0b7c9d5e433284037c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "colleges_code_key" ON "colleges" ("code") `);
    await queryRunner.query(`CREATE TABLE "people" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "password_hash" character varying(255) NOT NULL, "full_name" character varying(200) NOT NULL, "preferred_language" character varying(2) NOT NULL DEFAULT 'fr', "birth_year" integer, "roles" text array NOT NULL DEFAULT '{}', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_aa866e71353ee94c6cc51059c5b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "people_email_key" ON "people" ("email") `);
    await queryRunner.query(`CREATE TABLE "members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "legal_name" character varying(300) NOT NULL, "search_name" character varying(300) NOT NULL, "neq" character(10), "kind" character varying(40) NOT NULL, "sector" character varying(40) NOT NULL, "region" character(2) NOT NULL, "college_id" uuid NOT NULL, "suspended" boolean NOT NULL DEFAULT false, "suspension_reason" character varying(500), "dues_paid_until" date, "city" character varying(120), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_28b53062261b996d9c99fa12404" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "members_search_name_idx" ON "members" ("search_name") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "members_neq_key" ON "members" ("neq") WHERE "neq" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "members_filter_idx" ON "members" ("college_id", "region", "sector") `);
    await queryRunner.query(`CREATE TABLE "delegates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "person_id" uuid NOT NULL, "designated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ended_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_082736acecbc28020d855c5aa07" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "delegates_member_idx" ON "delegates" ("member_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "delegates_one_active_per_person" ON "delegates" ("person_id") WHERE "ended_at" IS NULL`);
    await queryRunner.query(`CREATE TABLE "bylaw_settings" ("id" integer NOT NULL DEFAULT '1', "notice_period_days" integer NOT NULL DEFAULT '30', "quorum_type" character varying(10) NOT NULL DEFAULT 'count', "quorum_value" integer NOT NULL DEFAULT '25', "proxies_allowed" boolean NOT NULL DEFAULT false, "max_proxies_per_delegate" integer NOT NULL DEFAULT '0', "delegates_per_member" integer NOT NULL DEFAULT '2', "vote_weighting" character varying(20) NOT NULL DEFAULT 'per_delegate', "term_length_years" integer NOT NULL DEFAULT '2', "staggered_terms" boolean NOT NULL DEFAULT true, "youth_reserved_seats" integer NOT NULL DEFAULT '2', "youth_max_age" integer NOT NULL DEFAULT '35', "election_method" character varying(20) NOT NULL DEFAULT 'plurality', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "bylaw_settings_single_row" CHECK ("id" = 1), CONSTRAINT "PK_62b8e36e84ac40372e859e6517c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "members" ADD CONSTRAINT "members_college_fk" FOREIGN KEY ("college_id") REFERENCES "colleges"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "delegates" ADD CONSTRAINT "delegates_member_fk" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "delegates" ADD CONSTRAINT "delegates_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // The audit log is append-only: no UPDATE, DELETE or TRUNCATE, whoever asks.
    await queryRunner.query(`CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP; END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`);
    await queryRunner.query(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`);
    // The single row of bylaw settings, with the defaults of the entity.
    await queryRunner.query(`INSERT INTO "bylaw_settings" ("id") VALUES (1)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_log_no_truncate ON "audit_log"`);
    await queryRunner.query(`DROP TRIGGER audit_log_append_only ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION audit_log_refuse_change()`);
    await queryRunner.query(`ALTER TABLE "delegates" DROP CONSTRAINT "delegates_person_fk"`);
    await queryRunner.query(`ALTER TABLE "delegates" DROP CONSTRAINT "delegates_member_fk"`);
    await queryRunner.query(`ALTER TABLE "members" DROP CONSTRAINT "members_college_fk"`);
    await queryRunner.query(`DROP TABLE "bylaw_settings"`);
    await queryRunner.query(`DROP INDEX "public"."delegates_one_active_per_person"`);
    await queryRunner.query(`DROP INDEX "public"."delegates_member_idx"`);
    await queryRunner.query(`DROP TABLE "delegates"`);
    await queryRunner.query(`DROP INDEX "public"."members_filter_idx"`);
    await queryRunner.query(`DROP INDEX "public"."members_neq_key"`);
    await queryRunner.query(`DROP INDEX "public"."members_search_name_idx"`);
    await queryRunner.query(`DROP TABLE "members"`);
    await queryRunner.query(`DROP INDEX "public"."people_email_key"`);
    await queryRunner.query(`DROP TABLE "people"`);
    await queryRunner.query(`DROP INDEX "public"."colleges_code_key"`);
    await queryRunner.query(`DROP TABLE "colleges"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_tokens_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_tokens_family_idx"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_tokens_person_idx"`);
    await queryRunner.query(`DROP TABLE "refresh_tokens"`);
    await queryRunner.query(`DROP TABLE "login_throttle"`);
    await queryRunner.query(`DROP TABLE "audit_stream_heads"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_stream_seq_key"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_target_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_occurred_at_idx"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
