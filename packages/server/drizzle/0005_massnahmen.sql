-- § 111 SGB X je Leistungsfall (BSG, Urteil vom 04.04.2019 – B 8 SO 11/17 R): Zeiträume gehören zu
-- Maßnahmen, der Anspruch kennt das Leistungsrecht des Verpflichteten und das Ende seiner Maßnahmen.
ALTER TABLE "leistungszeitraum" ADD COLUMN "massnahme" text;--> statement-breakpoint
ALTER TABLE "erstattungsanspruch" ADD COLUMN "leistungsrecht" text DEFAULT 'eingliederungshilfe' NOT NULL;--> statement-breakpoint
ALTER TABLE "erstattungsanspruch" ADD COLUMN "massnahmen" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
-- Die gespeicherten Fristen (frist, leistungszeitraum.frist_ende/gewahrt) und Entscheidungen
-- bestehender Ansprüche rechnet das Regelwerk neu; SQL kennt dessen Regeln (Feiertage, Leistungsfälle)
-- nicht. Die Aufgabe arbeitet der Start ab (anwendungsfaelle/nachberechnung.ts) und löscht die Zeile;
-- eine leere Datenbank bekommt keine (sie bleibt leer, z. B. als Ziel einer Wiederherstellung).
CREATE TABLE "nachberechnung" (
	"aufgabe" text PRIMARY KEY NOT NULL,
	"angelegt_am" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
INSERT INTO "nachberechnung" ("aufgabe") SELECT 'S111_LEISTUNGSFALL' WHERE EXISTS (SELECT 1 FROM "erstattungsanspruch");
