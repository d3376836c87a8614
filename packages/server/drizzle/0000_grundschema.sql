CREATE TABLE "amtshilfeersuchen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ersuchender_id" text NOT NULL,
	"ersuchter_id" text NOT NULL,
	"fall_id" uuid,
	"person_pseudonym" text,
	"aktenzeichen" text NOT NULL,
	"aufgabe" text NOT NULL,
	"fragen" text DEFAULT '' NOT NULL,
	"gewuenscht_bis" date,
	"daten" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'Entwurf' NOT NULL,
	"gesendet_am" date,
	"beantwortet_am" date,
	"ablehnungsgrund" text,
	"ablehnung_begruendung" text,
	"durchgefuehrt_am" date,
	"bericht" jsonb,
	"abrechnung" jsonb,
	"bezahlt_am" date,
	"version" integer DEFAULT 1 NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"geaendert_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "anmeldeversuch" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"benutzername" text NOT NULL,
	"adresse" text NOT NULL,
	"zeit" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "beitritt" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"traeger_id" text NOT NULL,
	"vereinbarung_id" text NOT NULL,
	"erklaert_am" date NOT NULL,
	"wirksam_ab" date NOT NULL,
	"ausgetreten_am" date,
	"version" integer DEFAULT 1 NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"geaendert_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "benutzer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"benutzername" text NOT NULL,
	"name" text NOT NULL,
	"passwort_hash" text NOT NULL,
	"traeger_id" text,
	"rollen" text[] NOT NULL,
	"aktiv" boolean DEFAULT true NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"geaendert_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dokument" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"parteien" text[] NOT NULL,
	"bezug_art" text NOT NULL,
	"bezug_id" uuid NOT NULL,
	"vorlage" text NOT NULL,
	"dateiname" text NOT NULL,
	"mime_type" text NOT NULL,
	"inhalt" text NOT NULL,
	"erstellt_von" uuid,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entscheidung" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"parteien" text[] NOT NULL,
	"bezug_art" text NOT NULL,
	"bezug_id" uuid NOT NULL,
	"pruefung" text NOT NULL,
	"eingabe" jsonb NOT NULL,
	"ergebnis" jsonb NOT NULL,
	"begruendung" jsonb NOT NULL,
	"hinweise" jsonb NOT NULL,
	"regelwerk_version" text NOT NULL,
	"erstellt_von" uuid,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "erstattungsanspruch" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"anspruchsteller_id" text NOT NULL,
	"verpflichteter_id" text,
	"verpflichteter_extern" text,
	"land_verpflichteter" text NOT NULL,
	"fall_id" uuid,
	"person_pseudonym" text,
	"aktenzeichen" text NOT NULL,
	"status" text DEFAULT 'Entwurf' NOT NULL,
	"rechtsgrundlage_eingabe" jsonb NOT NULL,
	"anspruchsgrundlage" text,
	"forderung_cent" bigint DEFAULT 0 NOT NULL,
	"anerkannt_cent" bigint,
	"kenntnis_entscheidung" date,
	"geltendmachung" date,
	"bezifferung_am" date,
	"eingang_leistungsantrag" date,
	"zinsantrag" boolean DEFAULT false NOT NULL,
	"hemmungen" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"neubeginn" date,
	"vorschlag" jsonb,
	"bemerkung" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"geaendert_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fall" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"traeger_id" text NOT NULL,
	"aktenzeichen" text NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text DEFAULT 'offen' NOT NULL,
	"aufenthalte" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"leistungen" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"antraege" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"unterbrechungen" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"zustaendigkeitsklaerung" jsonb,
	"bemerkung" text,
	"version" integer DEFAULT 1 NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"geaendert_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "frist" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"traeger_id" text NOT NULL,
	"bezug_art" text NOT NULL,
	"bezug_id" uuid NOT NULL,
	"art" text NOT NULL,
	"norm" text NOT NULL,
	"bezeichnung" text NOT NULL,
	"faellig" date NOT NULL,
	"betrag_cent" bigint,
	"erledigt" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotenz" (
	"benutzer_id" uuid NOT NULL,
	"schluessel" text NOT NULL,
	"anfrage" text NOT NULL,
	"status" integer NOT NULL,
	"antwort" jsonb NOT NULL,
	"kopfzeilen" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotenz_benutzer_id_schluessel_pk" PRIMARY KEY("benutzer_id","schluessel")
);
--> statement-breakpoint
CREATE TABLE "leistungszeitraum" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"anspruch_id" uuid NOT NULL,
	"von" date NOT NULL,
	"bis" date NOT NULL,
	"betrag_cent" bigint NOT NULL,
	"rechnung" text,
	"frist_ende" date,
	"gewahrt" boolean
);
--> statement-breakpoint
CREATE TABLE "mehrkostenvergleich" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"traeger_id" text NOT NULL,
	"fall_id" uuid,
	"bezeichnung" text NOT NULL,
	"eingabe" jsonb NOT NULL,
	"ergebnis" jsonb NOT NULL,
	"status" text DEFAULT 'Offen' NOT NULL,
	"entscheidung" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"geaendert_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"traeger_id" text NOT NULL,
	"pseudonym" text NOT NULL,
	"nachname" text NOT NULL,
	"vorname" text NOT NULL,
	"geburtsdatum" date,
	"anschrift" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"geaendert_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "protokoll" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"zeit" timestamp with time zone DEFAULT now() NOT NULL,
	"traeger_id" text,
	"benutzer_id" uuid,
	"benutzername" text,
	"aktion" text NOT NULL,
	"objekt_art" text NOT NULL,
	"objekt_id" text,
	"person_id" uuid,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sitzung" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"benutzer_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"laeuft_ab_am" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "traeger" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kurzname" text NOT NULL,
	"art" text NOT NULL,
	"land" text NOT NULL,
	"gebiet_ags" text[] DEFAULT '{}'::text[] NOT NULL,
	"anschrift" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"kontakt" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"leitweg_id" text,
	"iban" text,
	"rechtstraeger" text NOT NULL,
	"aufsichtsbehoerde" text,
	"quelle" text,
	"version" integer DEFAULT 1 NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"geaendert_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vereinbarung" (
	"id" text PRIMARY KEY NOT NULL,
	"bezeichnung" text NOT NULL,
	"gueltig_ab" date NOT NULL,
	"pauschalen" jsonb NOT NULL,
	"reisekosten_enthalten" boolean,
	"quelle" text NOT NULL,
	"beispiel" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"geaendert_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zahlung" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"anspruch_id" uuid NOT NULL,
	"datum" date NOT NULL,
	"betrag_cent" bigint NOT NULL,
	"verwendungszweck" text,
	"erfasst_von" uuid,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "amtshilfeersuchen" ADD CONSTRAINT "amtshilfeersuchen_ersuchender_id_traeger_id_fk" FOREIGN KEY ("ersuchender_id") REFERENCES "public"."traeger"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "amtshilfeersuchen" ADD CONSTRAINT "amtshilfeersuchen_ersuchter_id_traeger_id_fk" FOREIGN KEY ("ersuchter_id") REFERENCES "public"."traeger"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "amtshilfeersuchen" ADD CONSTRAINT "amtshilfeersuchen_fall_id_fall_id_fk" FOREIGN KEY ("fall_id") REFERENCES "public"."fall"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beitritt" ADD CONSTRAINT "beitritt_traeger_id_traeger_id_fk" FOREIGN KEY ("traeger_id") REFERENCES "public"."traeger"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beitritt" ADD CONSTRAINT "beitritt_vereinbarung_id_vereinbarung_id_fk" FOREIGN KEY ("vereinbarung_id") REFERENCES "public"."vereinbarung"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benutzer" ADD CONSTRAINT "benutzer_traeger_id_traeger_id_fk" FOREIGN KEY ("traeger_id") REFERENCES "public"."traeger"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erstattungsanspruch" ADD CONSTRAINT "erstattungsanspruch_anspruchsteller_id_traeger_id_fk" FOREIGN KEY ("anspruchsteller_id") REFERENCES "public"."traeger"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erstattungsanspruch" ADD CONSTRAINT "erstattungsanspruch_verpflichteter_id_traeger_id_fk" FOREIGN KEY ("verpflichteter_id") REFERENCES "public"."traeger"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erstattungsanspruch" ADD CONSTRAINT "erstattungsanspruch_fall_id_fall_id_fk" FOREIGN KEY ("fall_id") REFERENCES "public"."fall"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fall" ADD CONSTRAINT "fall_traeger_id_traeger_id_fk" FOREIGN KEY ("traeger_id") REFERENCES "public"."traeger"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fall" ADD CONSTRAINT "fall_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frist" ADD CONSTRAINT "frist_traeger_id_traeger_id_fk" FOREIGN KEY ("traeger_id") REFERENCES "public"."traeger"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leistungszeitraum" ADD CONSTRAINT "leistungszeitraum_anspruch_id_erstattungsanspruch_id_fk" FOREIGN KEY ("anspruch_id") REFERENCES "public"."erstattungsanspruch"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mehrkostenvergleich" ADD CONSTRAINT "mehrkostenvergleich_traeger_id_traeger_id_fk" FOREIGN KEY ("traeger_id") REFERENCES "public"."traeger"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mehrkostenvergleich" ADD CONSTRAINT "mehrkostenvergleich_fall_id_fall_id_fk" FOREIGN KEY ("fall_id") REFERENCES "public"."fall"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_traeger_id_traeger_id_fk" FOREIGN KEY ("traeger_id") REFERENCES "public"."traeger"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sitzung" ADD CONSTRAINT "sitzung_benutzer_id_benutzer_id_fk" FOREIGN KEY ("benutzer_id") REFERENCES "public"."benutzer"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zahlung" ADD CONSTRAINT "zahlung_anspruch_id_erstattungsanspruch_id_fk" FOREIGN KEY ("anspruch_id") REFERENCES "public"."erstattungsanspruch"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "amtshilfe_ersuchender_idx" ON "amtshilfeersuchen" USING btree ("ersuchender_id");--> statement-breakpoint
CREATE INDEX "amtshilfe_ersuchter_idx" ON "amtshilfeersuchen" USING btree ("ersuchter_id");--> statement-breakpoint
CREATE INDEX "anmeldeversuch_name_zeit_idx" ON "anmeldeversuch" USING btree ("benutzername","zeit");--> statement-breakpoint
CREATE INDEX "anmeldeversuch_adresse_zeit_idx" ON "anmeldeversuch" USING btree ("adresse","zeit");--> statement-breakpoint
CREATE INDEX "beitritt_traeger_idx" ON "beitritt" USING btree ("traeger_id");--> statement-breakpoint
CREATE UNIQUE INDEX "benutzer_benutzername_idx" ON "benutzer" USING btree ("benutzername");--> statement-breakpoint
CREATE INDEX "dokument_bezug_idx" ON "dokument" USING btree ("bezug_id");--> statement-breakpoint
CREATE INDEX "entscheidung_bezug_idx" ON "entscheidung" USING btree ("bezug_id","erstellt_am");--> statement-breakpoint
CREATE INDEX "erstattung_anspruchsteller_idx" ON "erstattungsanspruch" USING btree ("anspruchsteller_id");--> statement-breakpoint
CREATE INDEX "erstattung_verpflichteter_idx" ON "erstattungsanspruch" USING btree ("verpflichteter_id");--> statement-breakpoint
CREATE INDEX "fall_traeger_idx" ON "fall" USING btree ("traeger_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fall_aktenzeichen_idx" ON "fall" USING btree ("traeger_id","aktenzeichen");--> statement-breakpoint
CREATE INDEX "frist_traeger_faellig_idx" ON "frist" USING btree ("traeger_id","faellig");--> statement-breakpoint
CREATE INDEX "frist_bezug_idx" ON "frist" USING btree ("bezug_id");--> statement-breakpoint
CREATE INDEX "leistungszeitraum_anspruch_idx" ON "leistungszeitraum" USING btree ("anspruch_id","von");--> statement-breakpoint
CREATE INDEX "mehrkosten_traeger_idx" ON "mehrkostenvergleich" USING btree ("traeger_id");--> statement-breakpoint
CREATE INDEX "person_traeger_idx" ON "person" USING btree ("traeger_id");--> statement-breakpoint
CREATE UNIQUE INDEX "person_pseudonym_idx" ON "person" USING btree ("pseudonym");--> statement-breakpoint
CREATE INDEX "protokoll_traeger_zeit_idx" ON "protokoll" USING btree ("traeger_id","zeit");