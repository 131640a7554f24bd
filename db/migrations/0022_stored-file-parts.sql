-- The open-data files' gzip in parts of a few megabytes (lib/open-data/stored-files.ts): at a million organisations
-- the HSDS file's gzip (about 300 MB) could not be sent as one value (a Node string holds 512 MB at most, bytea is
-- sent as hex), and its text is over 2 GB (bytes becomes bigint).
CREATE TABLE "open_data_file_parts" (
	"name" text NOT NULL,
	"build" text NOT NULL,
	"part" integer NOT NULL,
	"gzip" "bytea" NOT NULL,
	CONSTRAINT "open_data_file_parts_name_build_part_pk" PRIMARY KEY("name","build","part")
);
--> statement-breakpoint
ALTER TABLE "open_data_files" ALTER COLUMN "bytes" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "open_data_files" ADD COLUMN "build" text DEFAULT '' NOT NULL;
