-- Kalenderabonnement (Issue 17): Je Benutzer höchstens eine geheime Adresse, unter der Kalenderprogramme
-- die offenen Fristen seines Trägers ohne Sitzung abrufen (RFC 5545). Gespeichert ist nur der
-- SHA-256 des Tokens; Widerruf setzt "widerrufen_am". Nur der Eigentümer liest und schreibt die
-- Tabelle (wie "sitzung"): Der Abruf kennt keine Sitzung, also auch keinen Mandanten.
CREATE TABLE "kalender_abonnement" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"benutzer_id" uuid NOT NULL REFERENCES "benutzer"("id") ON DELETE cascade,
	"token_hash" text NOT NULL,
	"angelegt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"zuletzt_abgerufen_am" timestamp with time zone,
	"widerrufen_am" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "kalender_abonnement_token_idx" ON "kalender_abonnement" ("token_hash");
--> statement-breakpoint
CREATE UNIQUE INDEX "kalender_abonnement_aktiv_idx" ON "kalender_abonnement" ("benutzer_id") WHERE "widerrufen_am" IS NULL;
