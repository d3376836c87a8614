-- Import in Schritten (Issue 15): Auf PGlite (eine Verbindung) schreibt ein großer Import in vielen
-- kurzen Transaktionen, damit andere Anfragen dazwischen bedient werden. Bis zur Freigabe tragen
-- seine Zeilen den Lauf in "import_lauf" und sind für niemanden sichtbar (Zeilensicherheit), solange
-- es den Lauf gibt; die Freigabe ist eine kurze Transaktion, die den Lauf löscht und die
-- Protokollzeilen aus "import_protokoll" überträgt (das Protokoll ist nur anfügbar: unveröffentlichte Einträge liegen
-- deshalb daneben). Ein abgebrochener Lauf (Fehler, kill -9) wird gelöscht, beim nächsten Start
-- spätestens. Zeiträume und Zahlungen folgen der Sichtbarkeit ihres Anspruchs.
CREATE TABLE "import_lauf" (
	"id" uuid PRIMARY KEY NOT NULL,
	"traeger_id" text NOT NULL REFERENCES "traeger"("id"),
	"begonnen" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "import_protokoll" (
	"nr" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
	"import_lauf" uuid NOT NULL REFERENCES "import_lauf"("id") ON DELETE cascade,
	"traeger_id" text,
	"benutzer_id" uuid,
	"benutzername" text,
	"aktion" text NOT NULL,
	"objekt_art" text NOT NULL,
	"objekt_id" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE INDEX "import_protokoll_lauf_idx" ON "import_protokoll" ("import_lauf");
--> statement-breakpoint
ALTER TABLE "erstattungsanspruch" ADD COLUMN "import_lauf" uuid;
--> statement-breakpoint
ALTER TABLE "frist" ADD COLUMN "import_lauf" uuid;
--> statement-breakpoint
ALTER TABLE "entscheidung" ADD COLUMN "import_lauf" uuid;
--> statement-breakpoint
CREATE INDEX "erstattungsanspruch_import_lauf_idx" ON "erstattungsanspruch" ("import_lauf") WHERE "import_lauf" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "frist_import_lauf_idx" ON "frist" ("import_lauf") WHERE "import_lauf" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "entscheidung_import_lauf_idx" ON "entscheidung" ("import_lauf") WHERE "import_lauf" IS NOT NULL;
--> statement-breakpoint
-- Unveröffentlichte Zeilen sieht niemand, auch nicht der importierende Träger: Sie tragen einen
-- Lauf, den es noch gibt. Die Freigabe löscht den Lauf (eine Zeile, gleich wie groß der Import);
-- danach setzt der Import die Markierungen in kurzen Schritten zurück (ohne Eile: sichtbar sind
-- die Zeilen schon). egh_app darf die Läufe lesen (nur für diese Prüfung; sie enthalten keine Daten).
GRANT SELECT ON import_lauf TO egh_app;
--> statement-breakpoint
ALTER POLICY erstattung_parteien ON erstattungsanspruch
  USING ((anspruchsteller_id = (SELECT egh_traeger()) OR (verpflichteter_id = (SELECT egh_traeger()) AND status <> 'Entwurf'))
    AND (erstattungsanspruch.import_lauf IS NULL OR NOT EXISTS (SELECT 1 FROM import_lauf l WHERE l.id = erstattungsanspruch.import_lauf)));
--> statement-breakpoint
ALTER POLICY frist_eigener_traeger ON frist
  USING (traeger_id = (SELECT egh_traeger()) AND (frist.import_lauf IS NULL OR NOT EXISTS (SELECT 1 FROM import_lauf l WHERE l.id = frist.import_lauf)));
--> statement-breakpoint
ALTER POLICY entscheidung_parteien ON entscheidung
  USING ((SELECT egh_traeger()) = ANY (parteien) AND (entscheidung.import_lauf IS NULL OR NOT EXISTS (SELECT 1 FROM import_lauf l WHERE l.id = entscheidung.import_lauf)));
