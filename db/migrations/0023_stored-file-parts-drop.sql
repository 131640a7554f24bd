-- The files stored whole are dropped: each is built again in parts at the next tick of the background job (downloads
-- stream from the database meanwhile, as before a first build).
ALTER TABLE "open_data_files" DROP COLUMN "gzip";--> statement-breakpoint
UPDATE "open_data_files" SET "version" = '', "etag" = '', "bytes" = 0, "built_at" = NULL, "building_since" = NULL;
