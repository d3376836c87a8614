-- Anmeldung (Issue 15, Punkte 4 und 5).
-- Drosselung mit atomaren Zählern: jede Anmeldung zählt ihren Versuch mit einem INSERT … ON
-- CONFLICT DO UPDATE … RETURNING, bevor das Passwort geprüft wird – parallele Versuche (auch über
-- mehrere Instanzen an einer PostgreSQL) sehen einander, statt alle denselben alten Stand zu lesen.
-- Schlüssel: Benutzer und Adresse, Adresse, Benutzer (langsamere Grenze über alle Adressen).
CREATE TABLE "anmeldezaehler" (
	"schluessel" text PRIMARY KEY NOT NULL,
	"versuche" integer NOT NULL,
	"fenster_beginn" timestamp with time zone DEFAULT now() NOT NULL,
	"fenster_sekunden" integer NOT NULL
);
--> statement-breakpoint
DROP TABLE "anmeldeversuch";
--> statement-breakpoint
-- Erstpasswörter (von der Administration oder der Kommandozeile gesetzt) müssen bei der ersten
-- Anmeldung geändert werden.
ALTER TABLE "benutzer" ADD COLUMN "passwort_aendern" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
-- Zweiter Faktor (TOTP, RFC 6238): ein Geheimnis je Benutzer, bestätigt erst mit dem ersten
-- richtigen Code; letzter_schritt verhindert, dass ein Code zweimal gilt (RFC 6238 Abschnitt 5.2).
-- Wie Sitzungen nur für den Eigentümer: egh_app erhält kein Recht auf diese Tabellen.
CREATE TABLE "zweiter_faktor" (
	"benutzer_id" uuid PRIMARY KEY NOT NULL REFERENCES "benutzer"("id") ON DELETE cascade,
	"geheimnis" text NOT NULL,
	"bestaetigt" boolean DEFAULT false NOT NULL,
	"letzter_schritt" bigint,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- Eine Anmeldung, deren Passwort stimmt, der aber noch ein Schritt fehlt (Code des zweiten
-- Faktors, Erstpasswort ändern, zweiten Faktor einrichten). Erst danach entsteht eine Sitzung.
CREATE TABLE "anmeldevorgang" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"benutzer_id" uuid NOT NULL REFERENCES "benutzer"("id") ON DELETE cascade,
	"faktor_geprueft" boolean DEFAULT false NOT NULL,
	"fehlversuche" integer DEFAULT 0 NOT NULL,
	"laeuft_ab_am" timestamp with time zone NOT NULL
);
