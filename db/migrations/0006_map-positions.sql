CREATE TABLE "map_positions" (
	"lon" double precision NOT NULL,
	"lat" double precision NOT NULL,
	"geo" "point" GENERATED ALWAYS AS (point(lon * 0.688354575693754, lat)) STORED,
	"commune_code" varchar(5) NOT NULL,
	"kind" text NOT NULL,
	"theme" text DEFAULT '' NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "map_positions_lon_lat_commune_code_kind_theme_pk" PRIMARY KEY("lon","lat","commune_code","kind","theme")
);
--> statement-breakpoint
CREATE INDEX "map_positions_geo_idx" ON "map_positions" USING gist ("geo");--> statement-breakpoint
-- Kept up to date by statement-level triggers on organisations: each statement's rows are grouped and applied in one
-- upsert (+1 for a published row that appears, -1 for one that goes), ordered by key so concurrent writers take
-- row locks in the same order. Rows reaching 0 stay (readers skip them): no delete can race an increment.
CREATE OR REPLACE FUNCTION f_map_positions_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO map_positions AS m (lon, lat, commune_code, kind, theme, count)
    SELECT d.lon, d.lat, d.commune_code, d.kind, d.theme, sum(d.delta)::int
    FROM (SELECT n.lon, n.lat, n.commune_code, n.kind, t.theme, 1 AS delta
          FROM new_rows n CROSS JOIN LATERAL (SELECT '' AS theme UNION SELECT unnest(n.themes)) t
          WHERE n.status = 'published') d
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (lon, lat, commune_code, kind, theme) DO UPDATE SET count = m.count + EXCLUDED.count;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO map_positions AS m (lon, lat, commune_code, kind, theme, count)
    SELECT d.lon, d.lat, d.commune_code, d.kind, d.theme, sum(d.delta)::int
    FROM (SELECT o.lon, o.lat, o.commune_code, o.kind, t.theme, -1 AS delta
          FROM old_rows o CROSS JOIN LATERAL (SELECT '' AS theme UNION SELECT unnest(o.themes)) t
          WHERE o.status = 'published') d
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (lon, lat, commune_code, kind, theme) DO UPDATE SET count = m.count + EXCLUDED.count;
  ELSE
    INSERT INTO map_positions AS m (lon, lat, commune_code, kind, theme, count)
    SELECT d.lon, d.lat, d.commune_code, d.kind, d.theme, sum(d.delta)::int
    FROM (SELECT n.lon, n.lat, n.commune_code, n.kind, t.theme, 1 AS delta
          FROM new_rows n CROSS JOIN LATERAL (SELECT '' AS theme UNION SELECT unnest(n.themes)) t
          WHERE n.status = 'published'
          UNION ALL
          SELECT o.lon, o.lat, o.commune_code, o.kind, t.theme, -1 AS delta
          FROM old_rows o CROSS JOIN LATERAL (SELECT '' AS theme UNION SELECT unnest(o.themes)) t
          WHERE o.status = 'published') d
    GROUP BY 1, 2, 3, 4, 5 HAVING sum(d.delta) <> 0 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (lon, lat, commune_code, kind, theme) DO UPDATE SET count = m.count + EXCLUDED.count;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER organisations_map_positions_insert AFTER INSERT ON organisations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION f_map_positions_sync();
--> statement-breakpoint
CREATE TRIGGER organisations_map_positions_update AFTER UPDATE ON organisations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION f_map_positions_sync();
--> statement-breakpoint
CREATE TRIGGER organisations_map_positions_delete AFTER DELETE ON organisations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION f_map_positions_sync();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION f_map_positions_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE map_positions;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER organisations_map_positions_truncate AFTER TRUNCATE ON organisations
  FOR EACH STATEMENT EXECUTE FUNCTION f_map_positions_truncate();
--> statement-breakpoint
INSERT INTO map_positions (lon, lat, commune_code, kind, theme, count)
SELECT o.lon, o.lat, o.commune_code, o.kind, t.theme, count(*)::int
FROM organisations o CROSS JOIN LATERAL (SELECT '' AS theme UNION SELECT unnest(o.themes)) t
WHERE o.status = 'published'
GROUP BY 1, 2, 3, 4, 5;
