-- Partner matching retrieves by fit (ADR 004): one row per published organisation, open need or offer and theme,
-- keyed by what it meets, in a grid cell of 0.2 planar degrees (about 22 km), so that "every organisation within
-- 30 km offering premises for culture" reads one index range per cell, however many organisations share a commune's
-- point. The encoding is lib/matching/keys.ts's (a db test compares both for every kind and theme): a new resource
-- kind or theme is appended to these arrays by a migration.
CREATE TABLE "match_keys" (
	"organisation_id" uuid NOT NULL,
	"key" smallint NOT NULL,
	"cell" integer NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL
);
--> statement-breakpoint
ALTER TABLE "match_keys" ADD CONSTRAINT "match_keys_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "match_keys_key_cell_idx" ON "match_keys" USING btree ("key","cell","organisation_id") INCLUDE ("lat","lon");--> statement-breakpoint
CREATE INDEX "match_keys_organisation_idx" ON "match_keys" USING btree ("organisation_id"); --> statement-breakpoint
CREATE OR REPLACE FUNCTION f_match_key(direction text, kind text, theme text) RETURNS smallint
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT ((CASE direction WHEN 'need' THEN 0 WHEN 'offer' THEN 1 END) * 1024
                + array_position(ARRAY['funding', 'skills', 'volunteering', 'expertise', 'premises', 'equipment', 'network', 'purchasing', 'employment', 'training', 'data_research', 'field_access', 'project_engineering']::text[], kind) * 32
                + array_position(ARRAY['employment_inclusion', 'youth', 'education', 'health', 'disability', 'social_ties', 'poverty', 'ecological_transition', 'food_agriculture', 'mobility', 'housing', 'culture_heritage', 'sport', 'digital_inclusion', 'local_economy', 'citizenship', 'ageing', 'equality_diversity', 'rural_revitalisation']::text[], theme))::smallint $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION f_match_cell(lat double precision, lon double precision) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT (floor(lon * 0.688354575693754 / 0.2)::int + 2000) * 4000 + (floor(lat / 0.2)::int + 2000) $$;--> statement-breakpoint
-- The keys of an organisation: each open need or offer ([direction, resource kind, themes] in open_resources) under
-- each of its themes, or its organisation's themes when it names none.
CREATE OR REPLACE FUNCTION f_match_keys_of(themes text[], resources jsonb) RETURNS SETOF smallint
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT DISTINCT k.key
        FROM jsonb_array_elements(resources) r
        CROSS JOIN LATERAL unnest(CASE WHEN jsonb_array_length(r->2) > 0 THEN ARRAY(SELECT jsonb_array_elements_text(r->2)) ELSE themes END) AS t(theme)
        CROSS JOIN LATERAL (SELECT f_match_key(r->>0, r->>1, t.theme) AS key) k
        WHERE k.key IS NOT NULL $$;--> statement-breakpoint
-- Kept for the organisations a statement inserted, or whose publication, place, themes or open needs and offers it
-- changed (open_resources is itself kept by the trigger on needs_offers); deletions cascade.
CREATE OR REPLACE FUNCTION f_match_keys_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    -- One statement: the DELETE and the INSERT see the same snapshot, so the new keys are not deleted.
    WITH changed AS (
      SELECT n.id, n.status, n.lat, n.lon, n.themes, n.open_resources AS resources, o.status = 'published' AS was_published
      FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n.status, n.lat, n.lon, n.themes, n.open_resources) IS DISTINCT FROM (o.status, o.lat, o.lon, o.themes, o.open_resources)
        AND (n.status = 'published' OR o.status = 'published')
    ), gone AS (
      DELETE FROM match_keys k USING changed c WHERE c.was_published AND k.organisation_id = c.id
    )
    INSERT INTO match_keys (organisation_id, key, cell, lat, lon)
    SELECT c.id, k.key, f_match_cell(c.lat, c.lon), c.lat, c.lon
    FROM changed c CROSS JOIN LATERAL f_match_keys_of(c.themes, c.resources) AS k(key)
    WHERE c.status = 'published';
  ELSE
    INSERT INTO match_keys (organisation_id, key, cell, lat, lon)
    SELECT n.id, k.key, f_match_cell(n.lat, n.lon), n.lat, n.lon
    FROM new_rows n CROSS JOIN LATERAL f_match_keys_of(n.themes, n.open_resources) AS k(key)
    WHERE n.status = 'published';
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER organisations_match_keys_insert AFTER INSERT ON organisations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION f_match_keys_sync();--> statement-breakpoint
CREATE TRIGGER organisations_match_keys_update AFTER UPDATE ON organisations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION f_match_keys_sync();--> statement-breakpoint
INSERT INTO match_keys (organisation_id, key, cell, lat, lon)
SELECT o.id, k.key, f_match_cell(o.lat, o.lon), o.lat, o.lon
FROM organisations o CROSS JOIN LATERAL f_match_keys_of(o.themes, o.open_resources) AS k(key)
WHERE o.status = 'published';
