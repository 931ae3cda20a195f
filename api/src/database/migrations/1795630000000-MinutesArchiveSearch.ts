import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The public archive of minutes and adopted resolutions, searched with full-text search in
 * French and English, accents ignored (« proces verbal » finds « procès-verbal »):
 * - `unaccent` (a trusted extension) wrapped in an IMMUTABLE function so an index may use it;
 * - `concerto_archive_document(fr, en)`: French stems of the French text and English stems of
 *   the English one, both unaccented, stored in `search` by a trigger on insert (GIN index);
 * - `concerto_archive_query(q)`: the words asked, unaccented, as a French OR an English query;
 * - archive rows are written once, at publication: the API's role may not rewrite them.
 */
export class MinutesArchiveSearch1795630000000 implements MigrationInterface {
  name = 'MinutesArchiveSearch1795630000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public`);
    await queryRunner.query(`CREATE FUNCTION concerto_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);
    await queryRunner.query(`CREATE FUNCTION concerto_archive_document(fr text, en text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT to_tsvector('pg_catalog.french'::regconfig, public.concerto_unaccent(coalesce(fr, ''))) || to_tsvector('pg_catalog.english'::regconfig, public.concerto_unaccent(coalesce(en, ''))) $$`);
    await queryRunner.query(`CREATE FUNCTION concerto_archive_query(q text) RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT websearch_to_tsquery('pg_catalog.french'::regconfig, public.concerto_unaccent(q)) || websearch_to_tsquery('pg_catalog.english'::regconfig, public.concerto_unaccent(q)) $$`);
    await queryRunner.query(`CREATE TABLE "archive_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(10) NOT NULL, "minutes_id" uuid NOT NULL, "resolution_id" uuid, "meeting_starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "year" integer NOT NULL, "number" integer, "label" character varying(20), "text_fr" text NOT NULL, "text_en" text NOT NULL, "search" tsvector NOT NULL, CONSTRAINT "archive_entries_resolution_check" CHECK (("kind" = 'resolution') = ("resolution_id" IS NOT NULL)), CONSTRAINT "archive_entries_kind_check" CHECK ("kind" IN ('minutes', 'resolution')), CONSTRAINT "archive_entries_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "archive_entries_minutes_idx" ON "archive_entries" ("minutes_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "archive_entries_resolution_key" ON "archive_entries" ("resolution_id") WHERE "resolution_id" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "archive_entries_year_number_idx" ON "archive_entries" ("year", "number") `);
    await queryRunner.query(`CREATE INDEX "archive_entries_starts_at_idx" ON "archive_entries" ("meeting_starts_at") `);
    // The document is computed once, on insert: a search rechecking a phrase ("procès-verbal") reads it, never re-parses the text.
    await queryRunner.query(`CREATE FUNCTION archive_entries_search() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search := public.concerto_archive_document(NEW.text_fr, NEW.text_en);
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER archive_entries_search BEFORE INSERT ON "archive_entries" FOR EACH ROW EXECUTE FUNCTION archive_entries_search()`);
    await queryRunner.query(`CREATE INDEX "archive_entries_search_idx" ON "archive_entries" USING gin ("search")`);
    await queryRunner.query(`ALTER TABLE "archive_entries" ADD CONSTRAINT "archive_entries_minutes_fk" FOREIGN KEY ("minutes_id") REFERENCES "minutes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "archive_entries" ADD CONSTRAINT "archive_entries_resolution_fk" FOREIGN KEY ("resolution_id") REFERENCES "board_resolutions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // Written once, at publication, like the minutes they index.
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "archive_entries" FROM concerto_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "archive_entries" DROP CONSTRAINT "archive_entries_resolution_fk"`);
    await queryRunner.query(`ALTER TABLE "archive_entries" DROP CONSTRAINT "archive_entries_minutes_fk"`);
    await queryRunner.query(`DROP TABLE "archive_entries"`);
    await queryRunner.query(`DROP FUNCTION archive_entries_search()`);
    await queryRunner.query(`DROP FUNCTION concerto_archive_query(text)`);
    await queryRunner.query(`DROP FUNCTION concerto_archive_document(text, text)`);
    await queryRunner.query(`DROP FUNCTION concerto_unaccent(text)`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
  }
}
