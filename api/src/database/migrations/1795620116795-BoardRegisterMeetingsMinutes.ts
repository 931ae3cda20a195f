import { MigrationInterface, QueryRunner } from 'typeorm';

export class BoardRegisterMeetingsMinutes1795620116795 implements MigrationInterface {
  name = 'BoardRegisterMeetingsMinutes1795620116795';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Exclusion constraints on terms (a uuid compared with = in a GiST index). A trusted extension: the owner role may create it.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`CREATE TABLE "board_seats" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "college_id" uuid NOT NULL, "number" integer NOT NULL, "youth_reserved" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "board_seats_number_check" CHECK ("number" >= 1), CONSTRAINT "PK_13d1444fb263c92f87063a28117" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "board_seats_college_number_key" ON "board_seats" ("college_id", "number") `);
    await queryRunner.query(`CREATE TABLE "board_terms" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seat_id" uuid NOT NULL, "person_id" uuid NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "ended_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "board_terms_dates_check" CHECK ("starts_on" < "ends_on" AND ("ended_on" IS NULL OR ("ended_on" >= "starts_on" AND "ended_on" <= "ends_on"))), CONSTRAINT "board_terms_person_one_seat" EXCLUDE USING gist ("person_id" WITH =, daterange("starts_on", COALESCE("ended_on", "ends_on"), '[)') WITH &&), CONSTRAINT "board_terms_seat_no_overlap" EXCLUDE USING gist ("seat_id" WITH =, daterange("starts_on", COALESCE("ended_on", "ends_on"), '[)') WITH &&), CONSTRAINT "PK_ca25a2ad011283b71e73439f226" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "board_terms_person_idx" ON "board_terms" ("person_id") `);
    await queryRunner.query(`CREATE TABLE "board_officers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "office" character varying(20) NOT NULL, "person_id" uuid NOT NULL, "starts_on" date NOT NULL, "ended_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "board_officers_office_check" CHECK ("office" IN ('president', 'vice_president', 'secretary', 'treasurer')), CONSTRAINT "PK_b80dc1bef04380fa6de921b454f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "board_officers_person_idx" ON "board_officers" ("person_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "board_officers_one_current_per_office" ON "board_officers" ("office") WHERE "ended_on" IS NULL`);
    await queryRunner.query(`CREATE TABLE "board_meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" character varying(300), "video_url" character varying(500), "status" character varying(10) NOT NULL DEFAULT 'planned', "convocation_sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "board_meetings_status_check" CHECK ("status" IN ('planned', 'held', 'cancelled')), CONSTRAINT "PK_9f03ae64b87f40a286ef80ffd1b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "board_meetings_starts_at_idx" ON "board_meetings" ("starts_at") `);
    await queryRunner.query(`CREATE TABLE "board_agenda_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "position" integer NOT NULL, "title_fr" character varying(300) NOT NULL, "title_en" character varying(300) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1867e5100556424a87e7e7cb312" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "board_agenda_items_meeting_position_key" ON "board_agenda_items" ("meeting_id", "position") `);
    await queryRunner.query(`CREATE TABLE "board_documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agenda_item_id" uuid NOT NULL, "file_name" character varying(255) NOT NULL, "media_type" character varying(120) NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "content" bytea NOT NULL, "uploaded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "board_documents_size_check" CHECK ("size_bytes" > 0 AND "size_bytes" <= 20971520), CONSTRAINT "PK_d774f9aef09f3f145caae8f81a5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "board_documents_item_idx" ON "board_documents" ("agenda_item_id") `);
    await queryRunner.query(`CREATE TABLE "board_attendance" ("meeting_id" uuid NOT NULL, "person_id" uuid NOT NULL, "status" character varying(10) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "board_attendance_status_check" CHECK ("status" IN ('present', 'absent', 'excused')), CONSTRAINT "PK_8a5092c47786b1b5c465a186076" PRIMARY KEY ("meeting_id", "person_id"))`);
    await queryRunner.query(`CREATE TABLE "board_conflicts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agenda_item_id" uuid NOT NULL, "person_id" uuid NOT NULL, "note" character varying(1000), "declared_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_38ff5fbbf930a751a1620331e17" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "board_conflicts_item_person_key" ON "board_conflicts" ("agenda_item_id", "person_id") `);
    await queryRunner.query(`CREATE TABLE "board_resolutions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "agenda_item_id" uuid, "text_fr" text NOT NULL, "text_en" text NOT NULL, "mover_id" uuid NOT NULL, "seconder_id" uuid NOT NULL, "decision_mode" character varying(10) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'proposed', "year" integer, "number" integer, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "board_resolutions_number_check" CHECK (("status" = 'adopted') = ("number" IS NOT NULL AND "year" IS NOT NULL)), CONSTRAINT "board_resolutions_mode_check" CHECK ("decision_mode" IN ('vote', 'consensus')), CONSTRAINT "board_resolutions_status_check" CHECK ("status" IN ('proposed', 'adopted', 'rejected')), CONSTRAINT "PK_2c3ef47a625b30c42aad98372f3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "board_resolutions_meeting_idx" ON "board_resolutions" ("meeting_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "board_resolutions_year_number_key" ON "board_resolutions" ("year", "number") `);
    await queryRunner.query(`CREATE TABLE "board_resolution_votes" ("resolution_id" uuid NOT NULL, "person_id" uuid NOT NULL, "choice" character varying(10) NOT NULL, CONSTRAINT "board_resolution_votes_choice_check" CHECK ("choice" IN ('for', 'against', 'abstain')), CONSTRAINT "PK_f1faa15ab6380df9b0565f6ab48" PRIMARY KEY ("resolution_id", "person_id"))`);
    await queryRunner.query(`CREATE TABLE "board_resolution_counters" ("year" integer NOT NULL, "last_number" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_88b15f964b4ef6358b7d03300c2" PRIMARY KEY ("year"))`);
    await queryRunner.query(`CREATE TABLE "board_action_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "description" character varying(1000) NOT NULL, "owner_id" uuid NOT NULL, "due_on" date, "status" character varying(10) NOT NULL DEFAULT 'open', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "board_action_items_status_check" CHECK ("status" IN ('open', 'done', 'cancelled')), CONSTRAINT "PK_2950ad148cd70ad81f16f77a327" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "board_action_items_meeting_idx" ON "board_action_items" ("meeting_id") `);
    await queryRunner.query(`CREATE INDEX "board_action_items_owner_idx" ON "board_action_items" ("owner_id") `);
    await queryRunner.query(`CREATE TABLE "minutes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(10) NOT NULL DEFAULT 'minutes', "meeting_id" uuid NOT NULL, "corrects_id" uuid, "status" character varying(10) NOT NULL DEFAULT 'draft', "body_fr" text NOT NULL DEFAULT '', "body_en" text NOT NULL DEFAULT '', "record" jsonb, "submitted_at" TIMESTAMP WITH TIME ZONE, "adopted_by_resolution_id" uuid, "adopted_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "published_by" uuid, "content_sha256" character(64), "audit_heads" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "minutes_erratum_check" CHECK (("kind" = 'erratum') = ("corrects_id" IS NOT NULL)), CONSTRAINT "minutes_status_check" CHECK ("status" IN ('draft', 'submitted', 'adopted', 'published')), CONSTRAINT "minutes_kind_check" CHECK ("kind" IN ('minutes', 'erratum')), CONSTRAINT "PK_6430e69788e26236b493d6fcc7e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "minutes_corrects_idx" ON "minutes" ("corrects_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "minutes_adopted_by_key" ON "minutes" ("adopted_by_resolution_id") WHERE "adopted_by_resolution_id" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "minutes_one_per_meeting" ON "minutes" ("meeting_id") WHERE "kind" = 'minutes'`);
    await queryRunner.query(`CREATE TABLE "minutes_signatures" ("minutes_id" uuid NOT NULL, "role" character varying(10) NOT NULL, "person_id" uuid NOT NULL, "signer_name" character varying(200) NOT NULL, "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "minutes_signatures_role_check" CHECK ("role" IN ('president', 'secretary')), CONSTRAINT "PK_94763a17d7e032ac7a9f4362be1" PRIMARY KEY ("minutes_id", "role"))`);
    await queryRunner.query(`CREATE TABLE "minutes_files" ("minutes_id" uuid NOT NULL, "language" character varying(2) NOT NULL, "sha256" character(64) NOT NULL, "size_bytes" integer NOT NULL, "content" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "minutes_files_language_check" CHECK ("language" IN ('fr', 'en')), CONSTRAINT "PK_d87778e47abc3a8da9f7215ba00" PRIMARY KEY ("minutes_id", "language"))`);
    await queryRunner.query(`ALTER TABLE "board_seats" ADD CONSTRAINT "board_seats_college_fk" FOREIGN KEY ("college_id") REFERENCES "colleges"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "board_terms" ADD CONSTRAINT "board_terms_seat_fk" FOREIGN KEY ("seat_id") REFERENCES "board_seats"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "board_terms" ADD CONSTRAINT "board_terms_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "board_officers" ADD CONSTRAINT "board_officers_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "board_agenda_items" ADD CONSTRAINT "board_agenda_items_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "board_meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "board_documents" ADD CONSTRAINT "board_documents_item_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "board_agenda_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "board_attendance" ADD CONSTRAINT "board_attendance_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "board_meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "board_attendance" ADD CONSTRAINT "board_attendance_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "board_conflicts" ADD CONSTRAINT "board_conflicts_item_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "board_agenda_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "board_conflicts" ADD CONSTRAINT "board_conflicts_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "board_resolutions" ADD CONSTRAINT "board_resolutions_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "board_meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "board_resolutions" ADD CONSTRAINT "board_resolutions_item_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "board_agenda_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "board_resolutions" ADD CONSTRAINT "board_resolutions_mover_fk" FOREIGN KEY ("mover_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "board_resolutions" ADD CONSTRAINT "board_resolutions_seconder_fk" FOREIGN KEY ("seconder_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "board_resolution_votes" ADD CONSTRAINT "board_resolution_votes_resolution_fk" FOREIGN KEY ("resolution_id") REFERENCES "board_resolutions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "board_resolution_votes" ADD CONSTRAINT "board_resolution_votes_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "board_action_items" ADD CONSTRAINT "board_action_items_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "board_meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "board_action_items" ADD CONSTRAINT "board_action_items_owner_fk" FOREIGN KEY ("owner_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "minutes" ADD CONSTRAINT "minutes_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "board_meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "minutes" ADD CONSTRAINT "minutes_corrects_fk" FOREIGN KEY ("corrects_id") REFERENCES "minutes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "minutes" ADD CONSTRAINT "minutes_adopted_by_fk" FOREIGN KEY ("adopted_by_resolution_id") REFERENCES "board_resolutions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "minutes_signatures" ADD CONSTRAINT "minutes_signatures_minutes_fk" FOREIGN KEY ("minutes_id") REFERENCES "minutes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "minutes_signatures" ADD CONSTRAINT "minutes_signatures_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "minutes_files" ADD CONSTRAINT "minutes_files_minutes_fk" FOREIGN KEY ("minutes_id") REFERENCES "minutes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // Published minutes never change: the database refuses it, whoever asks (as for the audit log).
    await queryRunner.query(`CREATE FUNCTION minutes_published_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'published' THEN
          RAISE EXCEPTION 'minutes %: published minutes never change (% refused)', OLD.id, TG_OP;
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER minutes_published_immutable BEFORE UPDATE OR DELETE ON "minutes" FOR EACH ROW EXECUTE FUNCTION minutes_published_immutable()`);
    // Signatures and rendered files are written once: never updated or deleted, and no new ones once published.
    await queryRunner.query(`CREATE FUNCTION minutes_parts_write_once() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          RAISE EXCEPTION '%: written once (% refused)', TG_TABLE_NAME, TG_OP;
        END IF;
        IF EXISTS (SELECT 1 FROM minutes m WHERE m.id = NEW.minutes_id AND m.status = 'published') THEN
          RAISE EXCEPTION '%: minutes % are published (INSERT refused)', TG_TABLE_NAME, NEW.minutes_id;
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER minutes_signatures_write_once BEFORE INSERT OR UPDATE OR DELETE ON "minutes_signatures" FOR EACH ROW EXECUTE FUNCTION minutes_parts_write_once()`);
    await queryRunner.query(`CREATE TRIGGER minutes_files_write_once BEFORE INSERT OR UPDATE OR DELETE ON "minutes_files" FOR EACH ROW EXECUTE FUNCTION minutes_parts_write_once()`);
    // A decided board resolution (adopted, with its number, or rejected) never changes.
    await queryRunner.query(`CREATE FUNCTION board_resolution_decided_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status <> 'proposed' THEN
          RAISE EXCEPTION 'board resolution %: decided resolutions never change (% refused)', OLD.id, TG_OP;
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER board_resolution_decided_immutable BEFORE UPDATE OR DELETE ON "board_resolutions" FOR EACH ROW EXECUTE FUNCTION board_resolution_decided_immutable()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER board_resolution_decided_immutable ON "board_resolutions"`);
    await queryRunner.query(`DROP FUNCTION board_resolution_decided_immutable()`);
    await queryRunner.query(`DROP TRIGGER minutes_files_write_once ON "minutes_files"`);
    await queryRunner.query(`DROP TRIGGER minutes_signatures_write_once ON "minutes_signatures"`);
    await queryRunner.query(`DROP FUNCTION minutes_parts_write_once()`);
    await queryRunner.query(`DROP TRIGGER minutes_published_immutable ON "minutes"`);
    await queryRunner.query(`DROP FUNCTION minutes_published_immutable()`);
    await queryRunner.query(`ALTER TABLE "minutes_files" DROP CONSTRAINT "minutes_files_minutes_fk"`);
    await queryRunner.query(`ALTER TABLE "minutes_signatures" DROP CONSTRAINT "minutes_signatures_person_fk"`);
    await queryRunner.query(`ALTER TABLE "minutes_signatures" DROP CONSTRAINT "minutes_signatures_minutes_fk"`);
    await queryRunner.query(`ALTER TABLE "minutes" DROP CONSTRAINT "minutes_adopted_by_fk"`);
    await queryRunner.query(`ALTER TABLE "minutes" DROP CONSTRAINT "minutes_corrects_fk"`);
    await queryRunner.query(`ALTER TABLE "minutes" DROP CONSTRAINT "minutes_meeting_fk"`);
    await queryRunner.query(`ALTER TABLE "board_action_items" DROP CONSTRAINT "board_action_items_owner_fk"`);
    await queryRunner.query(`ALTER TABLE "board_action_items" DROP CONSTRAINT "board_action_items_meeting_fk"`);
    await queryRunner.query(`ALTER TABLE "board_resolution_votes" DROP CONSTRAINT "board_resolution_votes_person_fk"`);
    await queryRunner.query(`ALTER TABLE "board_resolution_votes" DROP CONSTRAINT "board_resolution_votes_resolution_fk"`);
    await queryRunner.query(`ALTER TABLE "board_resolutions" DROP CONSTRAINT "board_resolutions_seconder_fk"`);
    await queryRunner.query(`ALTER TABLE "board_resolutions" DROP CONSTRAINT "board_resolutions_mover_fk"`);
    await queryRunner.query(`ALTER TABLE "board_resolutions" DROP CONSTRAINT "board_resolutions_item_fk"`);
    await queryRunner.query(`ALTER TABLE "board_resolutions" DROP CONSTRAINT "board_resolutions_meeting_fk"`);
    await queryRunner.query(`ALTER TABLE "board_conflicts" DROP CONSTRAINT "board_conflicts_person_fk"`);
    await queryRunner.query(`ALTER TABLE "board_conflicts" DROP CONSTRAINT "board_conflicts_item_fk"`);
    await queryRunner.query(`ALTER TABLE "board_attendance" DROP CONSTRAINT "board_attendance_person_fk"`);
    await queryRunner.query(`ALTER TABLE "board_attendance" DROP CONSTRAINT "board_attendance_meeting_fk"`);
    await queryRunner.query(`ALTER TABLE "board_documents" DROP CONSTRAINT "board_documents_item_fk"`);
    await queryRunner.query(`ALTER TABLE "board_agenda_items" DROP CONSTRAINT "board_agenda_items_meeting_fk"`);
    await queryRunner.query(`ALTER TABLE "board_officers" DROP CONSTRAINT "board_officers_person_fk"`);
    await queryRunner.query(`ALTER TABLE "board_terms" DROP CONSTRAINT "board_terms_person_fk"`);
    await queryRunner.query(`ALTER TABLE "board_terms" DROP CONSTRAINT "board_terms_seat_fk"`);
    await queryRunner.query(`ALTER TABLE "board_seats" DROP CONSTRAINT "board_seats_college_fk"`);
    await queryRunner.query(`DROP TABLE "minutes_files"`);
    await queryRunner.query(`DROP TABLE "minutes_signatures"`);
    await queryRunner.query(`DROP INDEX "public"."minutes_one_per_meeting"`);
    await queryRunner.query(`DROP INDEX "public"."minutes_adopted_by_key"`);
    await queryRunner.query(`DROP INDEX "public"."minutes_corrects_idx"`);
    await queryRunner.query(`DROP TABLE "minutes"`);
    await queryRunner.query(`DROP INDEX "public"."board_action_items_owner_idx"`);
    await queryRunner.query(`DROP INDEX "public"."board_action_items_meeting_idx"`);
    await queryRunner.query(`DROP TABLE "board_action_items"`);
    await queryRunner.query(`DROP TABLE "board_resolution_counters"`);
    await queryRunner.query(`DROP TABLE "board_resolution_votes"`);
    await queryRunner.query(`DROP INDEX "public"."board_resolutions_year_number_key"`);
    await queryRunner.query(`DROP INDEX "public"."board_resolutions_meeting_idx"`);
    await queryRunner.query(`DROP TABLE "board_resolutions"`);
    await queryRunner.query(`DROP INDEX "public"."board_conflicts_item_person_key"`);
    await queryRunner.query(`DROP TABLE "board_conflicts"`);
    await queryRunner.query(`DROP TABLE "board_attendance"`);
    await queryRunner.query(`DROP INDEX "public"."board_documents_item_idx"`);
    await queryRunner.query(`DROP TABLE "board_documents"`);
    await queryRunner.query(`DROP INDEX "public"."board_agenda_items_meeting_position_key"`);
    await queryRunner.query(`DROP TABLE "board_agenda_items"`);
    await queryRunner.query(`DROP INDEX "public"."board_meetings_starts_at_idx"`);
    await queryRunner.query(`DROP TABLE "board_meetings"`);
    await queryRunner.query(`DROP INDEX "public"."board_officers_one_current_per_office"`);
    await queryRunner.query(`DROP INDEX "public"."board_officers_person_idx"`);
    await queryRunner.query(`DROP TABLE "board_officers"`);
    await queryRunner.query(`DROP INDEX "public"."board_terms_person_idx"`);
    await queryRunner.query(`DROP TABLE "board_terms"`);
    await queryRunner.query(`DROP INDEX "public"."board_seats_college_number_key"`);
    await queryRunner.query(`DROP TABLE "board_seats"`);
  }
}
