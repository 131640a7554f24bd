-- Needs and offers carry their own themes. Until now every write path stored the organisation's first theme only,
-- so an item's themes said little: an item holding nothing but one of its organisation's themes (or none) now holds
-- all of them, the default the forms and the CSV import now use. The trigger on needs_offers recomputes each touched
-- organisation's open_resources (what the matching reads). The map's summary does not depend on an item's themes,
-- and the directory's version moves once below instead of once per row.
ALTER TABLE "organisations" DISABLE TRIGGER "organisations_map_positions_update";--> statement-breakpoint
ALTER TABLE "organisations" DISABLE TRIGGER "organisations_directory_version";--> statement-breakpoint
ALTER TABLE "needs_offers" DISABLE TRIGGER "needs_offers_directory_version";--> statement-breakpoint
UPDATE "needs_offers" n SET themes = o.themes
FROM "organisations" o
WHERE o.id = n.organisation_id AND cardinality(n.themes) <= 1 AND n.themes <@ o.themes AND cardinality(o.themes) > cardinality(n.themes);--> statement-breakpoint
ALTER TABLE "needs_offers" ENABLE TRIGGER "needs_offers_directory_version";--> statement-breakpoint
ALTER TABLE "organisations" ENABLE TRIGGER "organisations_map_positions_update";--> statement-breakpoint
ALTER TABLE "organisations" ENABLE TRIGGER "organisations_directory_version";--> statement-breakpoint
SELECT nextval('directory_version');
