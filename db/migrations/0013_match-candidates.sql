-- Partner proposals read their 250 nearest candidates from one covering index: organisations carry their open
-- needs and offers as the matching reads them (open_resources, kept by the trigger that keeps offer_kinds and
-- need_kinds), and a partial GiST index on the published ones includes every column the matching reads, so the
-- K-nearest scan answers from index pages (neighbours share them) without visiting the table or needs_offers.
ALTER TABLE "organisations" ADD COLUMN "open_resources" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
-- A resource list is not a facet of the map's summary: its trigger need not follow this one-off fill. The directory's
-- version moves once below instead of once per row (a deferred trigger per row would also keep ALTER TABLE waiting).
ALTER TABLE "organisations" DISABLE TRIGGER "organisations_map_positions_update";--> statement-breakpoint
ALTER TABLE "organisations" DISABLE TRIGGER "organisations_directory_version";--> statement-breakpoint
UPDATE "organisations" o SET open_resources = r.resources
FROM (SELECT d.organisation_id, jsonb_agg(jsonb_build_array(d.direction, d.resource_kind, d.themes) ORDER BY d.first_at, d.first_id) AS resources
      FROM (SELECT organisation_id, direction, resource_kind, themes, min(created_at) AS first_at, min(id::text) AS first_id
            FROM needs_offers WHERE status = 'open' GROUP BY organisation_id, direction, resource_kind, themes) d
      GROUP BY d.organisation_id) r
WHERE o.id = r.organisation_id;--> statement-breakpoint
ALTER TABLE "organisations" ENABLE TRIGGER "organisations_map_positions_update";--> statement-breakpoint
ALTER TABLE "organisations" ENABLE TRIGGER "organisations_directory_version";--> statement-breakpoint
SELECT nextval('directory_version');--> statement-breakpoint
-- An organisation's offer_kinds / need_kinds (the distinct kinds of its open offers / needs) and open_resources,
-- recomputed for the organisations a statement on needs_offers touched (only written when they change).
CREATE OR REPLACE FUNCTION f_resource_kinds_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT organisation_id) INTO ids FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT organisation_id) INTO ids FROM old_rows;
  ELSE
    SELECT array_agg(DISTINCT organisation_id) INTO ids
    FROM (SELECT organisation_id FROM new_rows UNION SELECT organisation_id FROM old_rows) touched;
  END IF;
  IF ids IS NULL THEN
    RETURN NULL;
  END IF;
  UPDATE organisations o SET offer_kinds = k.offers, need_kinds = k.needs, open_resources = k.resources
  FROM (SELECT i.id,
               coalesce((SELECT array_agg(DISTINCT n.resource_kind ORDER BY n.resource_kind) FROM needs_offers n
                         WHERE n.organisation_id = i.id AND n.status = 'open' AND n.direction = 'offer'), '{}') AS offers,
               coalesce((SELECT array_agg(DISTINCT n.resource_kind ORDER BY n.resource_kind) FROM needs_offers n
                         WHERE n.organisation_id = i.id AND n.status = 'open' AND n.direction = 'need'), '{}') AS needs,
               coalesce((SELECT jsonb_agg(jsonb_build_array(d.direction, d.resource_kind, d.themes) ORDER BY d.first_at, d.first_id)
                         FROM (SELECT n.direction, n.resource_kind, n.themes, min(n.created_at) AS first_at, min(n.id::text) AS first_id
                               FROM needs_offers n WHERE n.organisation_id = i.id AND n.status = 'open'
                               GROUP BY n.direction, n.resource_kind, n.themes) d), '[]'::jsonb) AS resources
        FROM unnest(ids) AS i(id) ORDER BY i.id) k
  WHERE o.id = k.id AND (o.offer_kinds, o.need_kinds, o.open_resources) IS DISTINCT FROM (k.offers, k.needs, k.resources);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE INDEX "organisations_match_idx" ON "organisations" USING gist ("geo")
  INCLUDE ("id", "slug", "name", "kind", "themes", "odd", "objectives", "lat", "lon", "commune_code", "updated_at", "offer_kinds", "need_kinds", "open_resources")
  WHERE status = 'published';
