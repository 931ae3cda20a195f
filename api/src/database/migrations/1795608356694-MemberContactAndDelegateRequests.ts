import { MigrationInterface, QueryRunner } from 'typeorm';

/** Contact details of member organizations; delegates' requests to add or replace a delegate. */

export class MemberContactAndDelegateRequests1795608356694 implements MigrationInterface {
  name = 'MemberContactAndDelegateRequests1795608356694';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "delegate_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "full_name" character varying(200) NOT NULL, "email" character varying(254) NOT NULL, "birth_year" integer, "replaces_delegate_id" uuid, "status" character varying(10) NOT NULL DEFAULT 'pending', "rejection_reason" character varying(500), "requested_by" uuid NOT NULL, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "delegate_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "delegate_requests_reason_check" CHECK ("status" <> 'rejected' OR "rejection_reason" IS NOT NULL), CONSTRAINT "delegate_requests_status_check" CHECK ("status" IN ('pending', 'approved', 'rejected')), CONSTRAINT "PK_394a23182ed4d51e162f8164016" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "delegate_requests_member_idx" ON "delegate_requests" ("member_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "delegate_requests_one_pending_key" ON "delegate_requests" ("member_id", "email") WHERE "status" = 'pending'`);
    await queryRunner.query(`CREATE INDEX "delegate_requests_pending_idx" ON "delegate_requests" ("created_at") WHERE "status" = 'pending'`);
    await queryRunner.query(`ALTER TABLE "members" ADD "address" character varying(300)`);
    await queryRunner.query(`ALTER TABLE "members" ADD "postal_code" character(7)`);
    await queryRunner.query(`ALTER TABLE "members" ADD "phone" character varying(30)`);
    await queryRunner.query(`ALTER TABLE "members" ADD "email" character varying(254)`);
    await queryRunner.query(`ALTER TABLE "members" ADD "website" character varying(300)`);
    await queryRunner.query(`ALTER TABLE "delegate_requests" ADD CONSTRAINT "delegate_requests_member_fk" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "delegate_requests" ADD CONSTRAINT "delegate_requests_replaces_fk" FOREIGN KEY ("replaces_delegate_id") REFERENCES "delegates"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "delegate_requests" ADD CONSTRAINT "delegate_requests_requested_by_fk" FOREIGN KEY ("requested_by") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "delegate_requests" ADD CONSTRAINT "delegate_requests_decided_by_fk" FOREIGN KEY ("decided_by") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "delegate_requests" DROP CONSTRAINT "delegate_requests_decided_by_fk"`);
    await queryRunner.query(`ALTER TABLE "delegate_requests" DROP CONSTRAINT "delegate_requests_requested_by_fk"`);
    await queryRunner.query(`ALTER TABLE "delegate_requests" DROP CONSTRAINT "delegate_requests_replaces_fk"`);
    await queryRunner.query(`ALTER TABLE "delegate_requests" DROP CONSTRAINT "delegate_requests_member_fk"`);
    await queryRunner.query(`ALTER TABLE "members" DROP COLUMN "website"`);
    await queryRunner.query(`ALTER TABLE "members" DROP COLUMN "email"`);
    await queryRunner.query(`ALTER TABLE "members" DROP COLUMN "phone"`);
    await queryRunner.query(`ALTER TABLE "members" DROP COLUMN "postal_code"`);
    await queryRunner.query(`ALTER TABLE "members" DROP COLUMN "address"`);
    await queryRunner.query(`DROP INDEX "public"."delegate_requests_pending_idx"`);
    await queryRunner.query(`DROP INDEX "public"."delegate_requests_one_pending_key"`);
    await queryRunner.query(`DROP INDEX "public"."delegate_requests_member_idx"`);
    await queryRunner.query(`DROP TABLE "delegate_requests"`);
  }
}
