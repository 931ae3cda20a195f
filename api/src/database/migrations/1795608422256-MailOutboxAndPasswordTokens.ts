import { MigrationInterface, QueryRunner } from 'typeorm';

export class MailOutboxAndPasswordTokens1795608422256 implements MigrationInterface {
  name = 'MailOutboxAndPasswordTokens1795608422256';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "mail_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "to_address" character varying(254) NOT NULL, "person_id" uuid, "template" character varying(40) NOT NULL, "language" character varying(2) NOT NULL, "subject" character varying(300) NOT NULL, "text" text NOT NULL, "html" text NOT NULL, "status" character varying(10) NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE, "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "mail_outbox_person_idx" ON "mail_outbox" ("person_id") `);
    await queryRunner.query(`CREATE INDEX "mail_outbox_created_idx" ON "mail_outbox" ("created_at") `);
    await queryRunner.query(`CREATE INDEX "mail_outbox_due_idx" ON "mail_outbox" ("next_attempt_at") WHERE status = 'pending'`);
    await queryRunner.query(`CREATE TABLE "password_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "purpose" character varying(20) NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "replaced_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_816120c39410c02dabd34b8672b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "password_tokens_person_idx" ON "password_tokens" ("person_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "password_tokens_hash_key" ON "password_tokens" ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "password_reset_requests" ("id" BIGSERIAL NOT NULL, "address" character varying(100) NOT NULL, "email_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4aa83fc224280f3c94c3e214d65" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "password_reset_requests_email_idx" ON "password_reset_requests" ("email_hash", "created_at") `);
    await queryRunner.query(`CREATE INDEX "password_reset_requests_address_idx" ON "password_reset_requests" ("address", "created_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."password_reset_requests_address_idx"`);
    await queryRunner.query(`DROP INDEX "public"."password_reset_requests_email_idx"`);
    await queryRunner.query(`DROP TABLE "password_reset_requests"`);
    await queryRunner.query(`DROP INDEX "public"."password_tokens_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."password_tokens_person_idx"`);
    await queryRunner.query(`DROP TABLE "password_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."mail_outbox_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."mail_outbox_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."mail_outbox_person_idx"`);
    await queryRunner.query(`DROP TABLE "mail_outbox"`);
  }
}
