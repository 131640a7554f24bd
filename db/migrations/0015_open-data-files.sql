CREATE TABLE "open_data_files" (
	"name" text PRIMARY KEY NOT NULL,
	"version" text DEFAULT '' NOT NULL,
	"etag" text DEFAULT '' NOT NULL,
	"bytes" integer DEFAULT 0 NOT NULL,
	"gzip" "bytea",
	"built_at" timestamp with time zone,
	"building_since" timestamp with time zone
);
