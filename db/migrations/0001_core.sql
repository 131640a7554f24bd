CREATE TABLE "accounts" (
	"user_id" text NOT NULL,
	"type" text NOT NULL,
	"provider" text NOT NULL,
	"provider_account_id" text NOT NULL,
	"refresh_token" text,
	"access_token" text,
	"expires_at" integer,
	"token_type" text,
	"scope" text,
	"id_token" text,
	"session_state" text,
	CONSTRAINT "accounts_provider_provider_account_id_pk" PRIMARY KEY("provider","provider_account_id")
);
--> statement-breakpoint
CREATE TABLE "app_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"actor_user_id" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"changes" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalyst_coverage" (
	"catalyst_id" uuid NOT NULL,
	"territory_kind" text NOT NULL,
	"territory_code" varchar(9) NOT NULL,
	CONSTRAINT "catalyst_coverage_catalyst_id_territory_kind_territory_code_pk" PRIMARY KEY("catalyst_id","territory_kind","territory_code")
);
--> statement-breakpoint
CREATE TABLE "catalyst_staff" (
	"user_id" text NOT NULL,
	"catalyst_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalyst_staff_user_id_catalyst_id_pk" PRIMARY KEY("user_id","catalyst_id")
);
--> statement-breakpoint
CREATE TABLE "catalysts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"search_name" text GENERATED ALWAYS AS (f_search_normalize(name)) STORED NOT NULL,
	"host_name" text NOT NULL,
	"host_kind" text NOT NULL,
	"trades" text[] DEFAULT '{}' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"website" text,
	"contact_name" text,
	"contact_email" text,
	"contact_phone" text,
	"contact_public" boolean DEFAULT false NOT NULL,
	"charter_signed_on" date,
	"commune_code" varchar(5) NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"geo" "point" GENERATED ALWAYS AS (point(lon * 0.688354575693754, lat)) STORED,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "communes" (
	"code" varchar(5) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"search_name" text GENERATED ALWAYS AS (f_search_normalize(name)) STORED NOT NULL,
	"postcodes" text[] NOT NULL,
	"population" integer,
	"siren" varchar(9),
	"departement_code" varchar(3) NOT NULL,
	"region_code" varchar(3) NOT NULL,
	"epci_code" varchar(9),
	"ept_code" varchar(9),
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"precision" text NOT NULL,
	"geo" "point" GENERATED ALWAYS AS (point(lon * 0.688354575693754, lat)) STORED
);
--> statement-breakpoint
CREATE TABLE "departements" (
	"code" varchar(3) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"search_name" text GENERATED ALWAYS AS (f_search_normalize(name)) STORED,
	"region_code" varchar(3) NOT NULL,
	"chef_lieu_code" varchar(5)
);
--> statement-breakpoint
CREATE TABLE "intercommunalities" (
	"code" varchar(9) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"search_name" text GENERATED ALWAYS AS (f_search_normalize(name)) STORED,
	"kind" text NOT NULL,
	"population" integer
);
--> statement-breakpoint
CREATE TABLE "introduction_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "introduction_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"introduction_id" uuid NOT NULL,
	"actor_user_id" text,
	"from_status" text,
	"to_status" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "introductions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"requester_organisation_id" uuid NOT NULL,
	"target_organisation_id" uuid NOT NULL,
	"catalyst_id" uuid,
	"requested_by_user_id" text,
	"need_offer_id" uuid,
	"objective" text,
	"hoped_partnership_type" text,
	"message" text DEFAULT '' NOT NULL,
	"catalyst_note" text,
	"decision_reason" text,
	"status" text DEFAULT 'submitted' NOT NULL,
	"outcome_partnership_type" text,
	"reminders_sent" smallint DEFAULT 0 NOT NULL,
	"expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "mail_outbox_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"html_body" text,
	"template" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"user_id" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_user_id_organisation_id_pk" PRIMARY KEY("user_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "needs_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"direction" text NOT NULL,
	"resource_kind" text NOT NULL,
	"themes" text[] DEFAULT '{}' NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"horizon" text DEFAULT 'months_18' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"search_name" text GENERATED ALWAYS AS (f_search_normalize(name)) STORED NOT NULL,
	"kind" text NOT NULL,
	"collectivite_level" text,
	"company_size" text,
	"is_ess" boolean DEFAULT false NOT NULL,
	"is_siae" boolean DEFAULT false NOT NULL,
	"is_mission_company" boolean DEFAULT false NOT NULL,
	"siren" varchar(9),
	"siret" varchar(14),
	"rna" varchar(10),
	"commune_code" varchar(5) NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"geo" "point" GENERATED ALWAYS AS (point(lon * 0.688354575693754, lat)) STORED,
	"themes" text[] DEFAULT '{}' NOT NULL,
	"odd" smallint[] DEFAULT '{}' NOT NULL,
	"objectives" text[] DEFAULT '{}' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"website" text,
	"contact_name" text,
	"contact_role" text,
	"contact_email" text,
	"contact_phone" text,
	"contact_consent_at" timestamp with time zone,
	"charter_signed_at" timestamp with time zone,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('fr_unaccent', name), 'A') || setweight(to_tsvector('fr_unaccent', description), 'B')) STORED,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" varchar(3) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"chef_lieu_code" varchar(5)
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"session_token" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"expires" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text,
	"email" text NOT NULL,
	"email_verified" timestamp with time zone,
	"image" text,
	"is_admin" boolean DEFAULT false NOT NULL,
	"locale" varchar(2) DEFAULT 'fr' NOT NULL,
	"disabled_at" timestamp with time zone,
	"last_seen_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "verification_tokens" (
	"identifier" text NOT NULL,
	"token" text NOT NULL,
	"expires" timestamp with time zone NOT NULL,
	CONSTRAINT "verification_tokens_identifier_token_pk" PRIMARY KEY("identifier","token")
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalyst_coverage" ADD CONSTRAINT "catalyst_coverage_catalyst_id_catalysts_id_fk" FOREIGN KEY ("catalyst_id") REFERENCES "public"."catalysts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalyst_staff" ADD CONSTRAINT "catalyst_staff_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalyst_staff" ADD CONSTRAINT "catalyst_staff_catalyst_id_catalysts_id_fk" FOREIGN KEY ("catalyst_id") REFERENCES "public"."catalysts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalysts" ADD CONSTRAINT "catalysts_commune_code_communes_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communes" ADD CONSTRAINT "communes_departement_code_departements_code_fk" FOREIGN KEY ("departement_code") REFERENCES "public"."departements"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communes" ADD CONSTRAINT "communes_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communes" ADD CONSTRAINT "communes_epci_code_intercommunalities_code_fk" FOREIGN KEY ("epci_code") REFERENCES "public"."intercommunalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communes" ADD CONSTRAINT "communes_ept_code_intercommunalities_code_fk" FOREIGN KEY ("ept_code") REFERENCES "public"."intercommunalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "departements" ADD CONSTRAINT "departements_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introduction_events" ADD CONSTRAINT "introduction_events_introduction_id_introductions_id_fk" FOREIGN KEY ("introduction_id") REFERENCES "public"."introductions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introduction_events" ADD CONSTRAINT "introduction_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_requester_organisation_id_organisations_id_fk" FOREIGN KEY ("requester_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_target_organisation_id_organisations_id_fk" FOREIGN KEY ("target_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_catalyst_id_catalysts_id_fk" FOREIGN KEY ("catalyst_id") REFERENCES "public"."catalysts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_requested_by_user_id_users_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_need_offer_id_needs_offers_id_fk" FOREIGN KEY ("need_offer_id") REFERENCES "public"."needs_offers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_offers" ADD CONSTRAINT "needs_offers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_commune_code_communes_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accounts_user_idx" ON "accounts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_created_idx" ON "audit_log" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "catalyst_coverage_territory_idx" ON "catalyst_coverage" USING btree ("territory_kind","territory_code");--> statement-breakpoint
CREATE INDEX "catalyst_staff_catalyst_idx" ON "catalyst_staff" USING btree ("catalyst_id");--> statement-breakpoint
CREATE UNIQUE INDEX "catalysts_slug_idx" ON "catalysts" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "catalysts_geo_idx" ON "catalysts" USING gist ("geo");--> statement-breakpoint
CREATE INDEX "catalysts_search_idx" ON "catalysts" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "communes_geo_idx" ON "communes" USING gist ("geo");--> statement-breakpoint
CREATE INDEX "communes_search_idx" ON "communes" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "communes_postcodes_idx" ON "communes" USING gin ("postcodes");--> statement-breakpoint
CREATE INDEX "communes_departement_idx" ON "communes" USING btree ("departement_code");--> statement-breakpoint
CREATE INDEX "communes_epci_idx" ON "communes" USING btree ("epci_code");--> statement-breakpoint
CREATE INDEX "communes_ept_idx" ON "communes" USING btree ("ept_code");--> statement-breakpoint
CREATE INDEX "departements_region_idx" ON "departements" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "intercommunalities_search_idx" ON "intercommunalities" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "introduction_events_introduction_idx" ON "introduction_events" USING btree ("introduction_id");--> statement-breakpoint
CREATE INDEX "introductions_requester_idx" ON "introductions" USING btree ("requester_organisation_id","status");--> statement-breakpoint
CREATE INDEX "introductions_target_idx" ON "introductions" USING btree ("target_organisation_id","status");--> statement-breakpoint
CREATE INDEX "introductions_catalyst_idx" ON "introductions" USING btree ("catalyst_id","status");--> statement-breakpoint
CREATE INDEX "mail_outbox_due_idx" ON "mail_outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "memberships_organisation_idx" ON "memberships" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "needs_offers_organisation_idx" ON "needs_offers" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "needs_offers_kind_idx" ON "needs_offers" USING btree ("direction","resource_kind","status");--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_slug_idx" ON "organisations" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "organisations_geo_idx" ON "organisations" USING gist ("geo");--> statement-breakpoint
CREATE INDEX "organisations_search_idx" ON "organisations" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "organisations_fts_idx" ON "organisations" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "organisations_commune_idx" ON "organisations" USING btree ("commune_code");--> statement-breakpoint
CREATE INDEX "organisations_status_kind_idx" ON "organisations" USING btree ("status","kind");--> statement-breakpoint
CREATE INDEX "organisations_siren_idx" ON "organisations" USING btree ("siren");--> statement-breakpoint
CREATE INDEX "organisations_rna_idx" ON "organisations" USING btree ("rna");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");