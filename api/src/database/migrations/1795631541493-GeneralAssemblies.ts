import { MigrationInterface, QueryRunner } from 'typeorm';

export class GeneralAssemblies1795631541493 implements MigrationInterface {
  name = 'GeneralAssemblies1795631541493';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "assemblies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(10) NOT NULL, "title_fr" character varying(300) NOT NULL, "title_en" character varying(300) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" character varying(300), "video_url" character varying(500), "status" character varying(12) NOT NULL DEFAULT 'draft', "preset" character varying(12) NOT NULL, "notice_period_days" integer NOT NULL, "quorum_type" character varying(10) NOT NULL, "quorum_value" integer NOT NULL, "proxies_allowed" boolean NOT NULL, "max_proxies_per_delegate" integer NOT NULL, "delegates_per_member" integer NOT NULL, "speaker_seconds" integer NOT NULL, "convened_at" TIMESTAMP WITH TIME ZONE, "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "current_item_id" uuid, "display_token_hash" character varying(64), "event_seq" bigint NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "assemblies_limits_check" CHECK ("max_proxies_per_delegate" >= 0 AND "delegates_per_member" >= 1 AND "speaker_seconds" > 0 AND "notice_period_days" >= 0), CONSTRAINT "assemblies_cooperative_no_proxies_check" CHECK ("preset" <> 'cooperative' OR NOT "proxies_allowed"), CONSTRAINT "assemblies_quorum_check" CHECK ("quorum_type" IN ('count', 'percent') AND "quorum_value" >= 0), CONSTRAINT "assemblies_preset_check" CHECK ("preset" IN ('nonprofit', 'cooperative')), CONSTRAINT "assemblies_status_check" CHECK ("status" IN ('draft', 'convened', 'in_session', 'closed', 'cancelled')), CONSTRAINT "assemblies_kind_check" CHECK ("kind" IN ('annual', 'special')), CONSTRAINT "PK_25f742ba403068985d28f3fe0c7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "assemblies_starts_at_idx" ON "assemblies" ("starts_at") `);
    await queryRunner.query(`CREATE TABLE "assembly_agenda_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assembly_id" uuid NOT NULL, "position" integer NOT NULL, "kind" character varying(20) NOT NULL, "title_fr" character varying(300) NOT NULL, "title_en" character varying(300) NOT NULL, "body_fr" text, "body_en" text, "status" character varying(10) NOT NULL DEFAULT 'pending', CONSTRAINT "assembly_agenda_items_status_check" CHECK ("status" IN ('pending', 'current', 'done')), CONSTRAINT "assembly_agenda_items_kind_check" CHECK ("kind" IN ('opening', 'agenda_adoption', 'previous_minutes', 'reports', 'elections', 'motions', 'other_business', 'closing', 'custom')), CONSTRAINT "PK_52c162f628793d4065cd09082d2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "assembly_agenda_items_position_key" ON "assembly_agenda_items" ("assembly_id", "position") `);
    await queryRunner.query(`CREATE TABLE "assembly_documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assembly_id" uuid NOT NULL, "title_fr" character varying(300) NOT NULL, "title_en" character varying(300) NOT NULL, "file_name" character varying(255) NOT NULL, "media_type" character varying(120) NOT NULL, "size_bytes" integer NOT NULL, "sha256" character varying(64) NOT NULL, "content" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "assembly_documents_size_check" CHECK ("size_bytes" > 0 AND "size_bytes" <= 20971520), CONSTRAINT "PK_1fe7218c5b51458066849e9e7bc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "assembly_documents_assembly_idx" ON "assembly_documents" ("assembly_id") `);
    await queryRunner.query(`CREATE TABLE "assembly_staff" ("assembly_id" uuid NOT NULL, "person_id" uuid NOT NULL, "duty" character varying(12) NOT NULL, CONSTRAINT "assembly_staff_duty_check" CHECK ("duty" IN ('chair', 'credentials')), CONSTRAINT "PK_bdb2bcc99ecef76ad7d7566d97c" PRIMARY KEY ("assembly_id", "person_id", "duty"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "assembly_staff_one_chair" ON "assembly_staff" ("assembly_id") WHERE "duty" = 'chair'`);
    await queryRunner.query(`CREATE TABLE "assembly_registrations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assembly_id" uuid NOT NULL, "person_id" uuid NOT NULL, "member_id" uuid NOT NULL, "channel" character varying(10) NOT NULL, "registered_by" uuid NOT NULL, "registered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "present" boolean NOT NULL DEFAULT false, "mode" character varying(10), "checked_in_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "assembly_registrations_mode_check" CHECK (("mode" IS NULL) = NOT "present" AND ("mode" IS NULL OR "mode" IN ('hall', 'online'))), CONSTRAINT "assembly_registrations_channel_check" CHECK ("channel" IN ('ahead', 'desk')), CONSTRAINT "PK_53e2a351d53df326e2923ce3bb4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "assembly_registrations_member_idx" ON "assembly_registrations" ("assembly_id", "member_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "assembly_registrations_person_key" ON "assembly_registrations" ("assembly_id", "person_id") `);
    await queryRunner.query(`CREATE TABLE "assembly_attendance_log" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "registration_id" uuid NOT NULL, "kind" character varying(3) NOT NULL, "mode" character varying(10), "recorded_by" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "assembly_attendance_log_kind_check" CHECK ("kind" IN ('in', 'out') AND ("mode" IS NULL OR "mode" IN ('hall', 'online'))), CONSTRAINT "PK_fbb5e934cf78b91e7a6ee7146cc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "assembly_attendance_log_registration_idx" ON "assembly_attendance_log" ("registration_id") `);
    await queryRunner.query(`CREATE TABLE "assembly_proxies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assembly_id" uuid NOT NULL, "giver_person_id" uuid NOT NULL, "giver_member_id" uuid NOT NULL, "holder_registration_id" uuid NOT NULL, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7042aedd662c1b9c68519000e40" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "assembly_proxies_holder_idx" ON "assembly_proxies" ("holder_registration_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "assembly_proxies_giver_key" ON "assembly_proxies" ("assembly_id", "giver_person_id") `);
    await queryRunner.query(`CREATE TABLE "assembly_speakers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assembly_id" uuid NOT NULL, "agenda_item_id" uuid, "person_id" uuid NOT NULL, "registration_id" uuid NOT NULL, "kind" character varying(10) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'waiting', "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "assembly_speakers_status_check" CHECK ("status" IN ('waiting', 'speaking', 'done', 'withdrawn')), CONSTRAINT "assembly_speakers_kind_check" CHECK ("kind" IN ('for', 'against', 'privilege', 'order')), CONSTRAINT "PK_e48956adbe39664e8fdeed03a1d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "assembly_speakers_one_speaking" ON "assembly_speakers" ("assembly_id") WHERE "status" = 'speaking'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "assembly_speakers_one_open" ON "assembly_speakers" ("assembly_id", "person_id") WHERE "status" IN ('waiting', 'speaking')`);
    await queryRunner.query(`CREATE TABLE "assembly_events" ("assembly_id" uuid NOT NULL, "seq" bigint NOT NULL, "type" character varying(40) NOT NULL, "payload" jsonb NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d03b3f6ab3ca39e19ab7bbd933" PRIMARY KEY ("assembly_id", "seq"))`);
    await queryRunner.query(`ALTER TABLE "bylaw_settings" ADD "assembly_preset" character varying(12) NOT NULL DEFAULT 'nonprofit'`);
    await queryRunner.query(`ALTER TABLE "bylaw_settings" ADD "speaker_seconds" integer NOT NULL DEFAULT '180'`);
    await queryRunner.query(`ALTER TABLE "bylaw_settings" ADD CONSTRAINT "bylaw_settings_assembly_preset_check" CHECK ("assembly_preset" IN ('nonprofit', 'cooperative') AND ("assembly_preset" <> 'cooperative' OR NOT "proxies_allowed") AND "speaker_seconds" > 0)`);
    await queryRunner.query(`ALTER TABLE "assembly_agenda_items" ADD CONSTRAINT "assembly_agenda_items_assembly_fk" FOREIGN KEY ("assembly_id") REFERENCES "assemblies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assembly_documents" ADD CONSTRAINT "assembly_documents_assembly_fk" FOREIGN KEY ("assembly_id") REFERENCES "assemblies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assembly_staff" ADD CONSTRAINT "assembly_staff_assembly_fk" FOREIGN KEY ("assembly_id") REFERENCES "assemblies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assembly_staff" ADD CONSTRAINT "assembly_staff_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assembly_registrations" ADD CONSTRAINT "assembly_registrations_assembly_fk" FOREIGN KEY ("assembly_id") REFERENCES "assemblies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assembly_registrations" ADD CONSTRAINT "assembly_registrations_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assembly_registrations" ADD CONSTRAINT "assembly_registrations_member_fk" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assembly_attendance_log" ADD CONSTRAINT "assembly_attendance_log_registration_fk" FOREIGN KEY ("registration_id") REFERENCES "assembly_registrations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assembly_proxies" ADD CONSTRAINT "assembly_proxies_assembly_fk" FOREIGN KEY ("assembly_id") REFERENCES "assemblies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assembly_proxies" ADD CONSTRAINT "assembly_proxies_giver_fk" FOREIGN KEY ("giver_person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assembly_proxies" ADD CONSTRAINT "assembly_proxies_giver_member_fk" FOREIGN KEY ("giver_member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assembly_proxies" ADD CONSTRAINT "assembly_proxies_holder_fk" FOREIGN KEY ("holder_registration_id") REFERENCES "assembly_registrations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assembly_speakers" ADD CONSTRAINT "assembly_speakers_assembly_fk" FOREIGN KEY ("assembly_id") REFERENCES "assemblies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assembly_speakers" ADD CONSTRAINT "assembly_speakers_item_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "assembly_agenda_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assembly_speakers" ADD CONSTRAINT "assembly_speakers_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assembly_speakers" ADD CONSTRAINT "assembly_speakers_registration_fk" FOREIGN KEY ("registration_id") REFERENCES "assembly_registrations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assembly_events" ADD CONSTRAINT "assembly_events_assembly_fk" FOREIGN KEY ("assembly_id") REFERENCES "assemblies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // History: the attendance log and the live events are only ever appended.
    await queryRunner.query(`REVOKE UPDATE, DELETE ON "assembly_attendance_log" FROM concerto_app`);
    await queryRunner.query(`REVOKE UPDATE, DELETE ON "assembly_events" FROM concerto_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assembly_events" DROP CONSTRAINT "assembly_events_assembly_fk"`);
    await queryRunner.query(`ALTER TABLE "assembly_speakers" DROP CONSTRAINT "assembly_speakers_registration_fk"`);
    await queryRunner.query(`ALTER TABLE "assembly_speakers" DROP CONSTRAINT "assembly_speakers_person_fk"`);
    await queryRunner.query(`ALTER TABLE "assembly_speakers" DROP CONSTRAINT "assembly_speakers_item_fk"`);
    await queryRunner.query(`ALTER TABLE "assembly_speakers" DROP CONSTRAINT "assembly_speakers_assembly_fk"`);
    await queryRunner.query(`ALTER TABLE "assembly_proxies" DROP CONSTRAINT "assembly_proxies_holder_fk"`);
    await queryRunner.query(`ALTER TABLE "assembly_proxies" DROP CONSTRAINT "assembly_proxies_giver_member_fk"`);
    await queryRunner.query(`ALTER TABLE "assembly_proxies" DROP CONSTRAINT "assembly_proxies_giver_fk"`);
    await queryRunner.query(`ALTER TABLE "assembly_proxies" DROP CONSTRAINT "assembly_proxies_assembly_fk"`);
    await queryRunner.query(`ALTER TABLE "assembly_attendance_log" DROP CONSTRAINT "assembly_attendance_log_registration_fk"`);
    await queryRunner.query(`ALTER TABLE "assembly_registrations" DROP CONSTRAINT "assembly_registrations_member_fk"`);
    await queryRunner.query(`ALTER TABLE "assembly_registrations" DROP CONSTRAINT "assembly_registrations_person_fk"`);
    await queryRunner.query(`ALTER TABLE "assembly_registrations" DROP CONSTRAINT "assembly_registrations_assembly_fk"`);
    await queryRunner.query(`ALTER TABLE "assembly_staff" DROP CONSTRAINT "assembly_staff_person_fk"`);
    await queryRunner.query(`ALTER TABLE "assembly_staff" DROP CONSTRAINT "assembly_staff_assembly_fk"`);
    await queryRunner.query(`ALTER TABLE "assembly_documents" DROP CONSTRAINT "assembly_documents_assembly_fk"`);
    await queryRunner.query(`ALTER TABLE "assembly_agenda_items" DROP CONSTRAINT "assembly_agenda_items_assembly_fk"`);
    await queryRunner.query(`ALTER TABLE "bylaw_settings" DROP CONSTRAINT "bylaw_settings_assembly_preset_check"`);
    await queryRunner.query(`ALTER TABLE "bylaw_settings" DROP COLUMN "speaker_seconds"`);
    await queryRunner.query(`ALTER TABLE "bylaw_settings" DROP COLUMN "assembly_preset"`);
    await queryRunner.query(`DROP TABLE "assembly_events"`);
    await queryRunner.query(`DROP INDEX "public"."assembly_speakers_one_open"`);
    await queryRunner.query(`DROP INDEX "public"."assembly_speakers_one_speaking"`);
    await queryRunner.query(`DROP TABLE "assembly_speakers"`);
    await queryRunner.query(`DROP INDEX "public"."assembly_proxies_giver_key"`);
    await queryRunner.query(`DROP INDEX "public"."assembly_proxies_holder_idx"`);
    await queryRunner.query(`DROP TABLE "assembly_proxies"`);
    await queryRunner.query(`DROP INDEX "public"."assembly_attendance_log_registration_idx"`);
    await queryRunner.query(`DROP TABLE "assembly_attendance_log"`);
    await queryRunner.query(`DROP INDEX "public"."assembly_registrations_person_key"`);
    await queryRunner.query(`DROP INDEX "public"."assembly_registrations_member_idx"`);
    await queryRunner.query(`DROP TABLE "assembly_registrations"`);
    await queryRunner.query(`DROP INDEX "public"."assembly_staff_one_chair"`);
    await queryRunner.query(`DROP TABLE "assembly_staff"`);
    await queryRunner.query(`DROP INDEX "public"."assembly_documents_assembly_idx"`);
    await queryRunner.query(`DROP TABLE "assembly_documents"`);
    await queryRunner.query(`DROP INDEX "public"."assembly_agenda_items_position_key"`);
    await queryRunner.query(`DROP TABLE "assembly_agenda_items"`);
    await queryRunner.query(`DROP INDEX "public"."assemblies_starts_at_idx"`);
    await queryRunner.query(`DROP TABLE "assemblies"`);
  }
}
