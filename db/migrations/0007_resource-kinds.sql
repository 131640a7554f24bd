-- Facets of the map's summary: themes, and the kinds of resources an organisation offers or needs, which
-- organisations now carry as arrays kept by a trigger on needs_offers. The summary is rebuilt from scratch.
TRUNCATE "map_positions";--> statement-breakpoint
ALTER TABLE "map_positions" DROP CONSTRAINT "map_positions_lon_lat_commune_code_kind_theme_pk";--> statement-breakpoint
ALTER TABLE "map_positions" DROP COLUMN "theme";--> statement-breakpoint
ALTER TABLE "map_positions" ADD COLUMN "facet" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "map_positions" ADD CONSTRAINT "map_positions_lon_lat_commune_code_kind_facet_pk" PRIMARY KEY("lon","lat","commune_code","kind","facet");--> statement-breakpoint
CREATE INDEX "map_positions_facet_idx" ON "map_positions" USING btree ("facet");--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "offer_kinds" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "need_kinds" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
-- The summary is rebuilt below: its trigger need not follow this one-off fill.
ALTER TABLE "organisations" DISABLE TRIGGER "organisations_map_positions_update";--> statement-breakpoint
UPDATE "organisations" o SET offer_kinds = k.offers, need_kinds = k.needs
FROM (SELECT organisation_id,
             coalesce(array_agg(DISTINCT resource_kind ORDER BY resource_kind) FILTER (WHERE direction = 'offer'), '{}') AS offers,
             coalesce(array_agg(DISTINCT resource_kind ORDER BY resource_kind) FILTER (WHERE direction = 'need'), '{}') AS needs
      FROM needs_offers WHERE status = 'open' GROUP BY organisation_id) k
WHERE o.id = k.organisation_id;--> statement-breakpoint
ALTER TABLE "organisations" ENABLE TRIGGER "organisations_map_positions_update";--> statement-breakpoint
-- An organisation's offer_kinds / need_kinds: the distinct kinds of its open offers / needs, recomputed for the
-- organisations a statement on needs_offers touched (only written when they change).
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
  UPDATE organisations o SET offer_kinds = k.offers, need_kinds = k.needs
  FROM (SELECT i.id,
               coalesce((SELECT array_agg(DISTINCT n.resource_kind ORDER BY n.resource_kind) FROM needs_offers n
                         WHERE n.organisation_id = i.id AND n.status = 'open' AND n.direction = 'offer'), '{}') AS offers,
               coalesce((SELECT array_agg(DISTINCT n.resource_kind ORDER BY n.resource_kind) FROM needs_offers n
                         WHERE n.organisation_id = i.id AND n.status = 'open' AND n.direction = 'need'), '{}') AS needs
        FROM unnest(ids) AS i(id) ORDER BY i.id) k
  WHERE o.id = k.id AND (o.offer_kinds, o.need_kinds) IS DISTINCT FROM (k.offers, k.needs);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER needs_offers_resource_kinds_insert AFTER INSERT ON needs_offers
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION f_resource_kinds_sync();--> statement-breakpoint
CREATE TRIGGER needs_offers_resource_kinds_update AFTER UPDATE ON needs_offers
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION f_resource_kinds_sync();--> statement-breakpoint
CREATE TRIGGER needs_offers_resource_kinds_delete AFTER DELETE ON needs_offers
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION f_resource_kinds_sync();--> statement-breakpoint
CREATE OR REPLACE FUNCTION f_map_positions_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO map_positions AS m (lon, lat, commune_code, kind, facet, count)
    SELECT d.lon, d.lat, d.commune_code, d.kind, d.facet, sum(d.delta)::int
    FROM (SELECT n.lon, n.lat, n.commune_code, n.kind, t.facet, 1 AS delta
          FROM new_rows n CROSS JOIN LATERAL (SELECT '' AS facet UNION SELECT 'theme:' || unnest(n.themes) UNION SELECT 'offer:' || unnest(n.offer_kinds) UNION SELECT 'need:' || unnest(n.need_kinds)) t
          WHERE n.status = 'published') d
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (lon, lat, commune_code, kind, facet) DO UPDATE SET count = m.count + EXCLUDED.count;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO map_positions AS m (lon, lat, commune_code, kind, facet, count)
    SELECT d.lon, d.lat, d.commune_code, d.kind, d.facet, sum(d.delta)::int
    FROM (SELECT o.lon, o.lat, o.commune_code, o.kind, t.facet, -1 AS delta
          FROM old_rows o CROSS JOIN LATERAL (SELECT '' AS facet UNION SELECT 'theme:' || unnest(o.themes) UNION SELECT 'offer:' || unnest(o.offer_kinds) UNION SELECT 'need:' || unnest(o.need_kinds)) t
          WHERE o.status = 'published') d
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (lon, lat, commune_code, kind, facet) DO UPDATE SET count = m.count + EXCLUDED.count;
  ELSE
    INSERT INTO map_positions AS m (lon, lat, commune_code, kind, facet, count)
    SELECT d.lon, d.lat, d.commune_code, d.kind, d.facet, sum(d.delta)::int
    FROM (SELECT n.lon, n.lat, n.commune_code, n.kind, t.facet, 1 AS delta
          FROM new_rows n CROSS JOIN LATERAL (SELECT '' AS facet UNION SELECT 'theme:' || unnest(n.themes) UNION SELECT 'offer:' || unnest(n.offer_kinds) UNION SELECT 'need:' || unnest(n.need_kinds)) t
          WHERE n.status = 'published'
          UNION ALL
          SELECT o.lon, o.lat, o.commune_code, o.kind, t.facet, -1 AS delta
          FROM old_rows o CROSS JOIN LATERAL (SELECT '' AS facet UNION SELECT 'theme:' || unnest(o.themes) UNION SELECT 'offer:' || unnest(o.offer_kinds) UNION SELECT 'need:' || unnest(o.need_kinds)) t
          WHERE o.status = 'published') d
    GROUP BY 1, 2, 3, 4, 5 HAVING sum(d.delta) <> 0 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (lon, lat, commune_code, kind, facet) DO UPDATE SET count = m.count + EXCLUDED.count;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
INSERT INTO map_positions (lon, lat, commune_code, kind, facet, count)
SELECT o.lon, o.lat, o.commune_code, o.kind, t.facet, count(*)::int
FROM organisations o CROSS JOIN LATERAL (SELECT '' AS facet UNION SELECT 'theme:' || unnest(o.themes) UNION SELECT 'offer:' || unnest(o.offer_kinds) UNION SELECT 'need:' || unnest(o.need_kinds)) t
WHERE o.status = 'published'
GROUP BY 1, 2, 3, 4, 5;
