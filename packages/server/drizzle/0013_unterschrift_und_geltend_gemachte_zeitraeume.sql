-- Issue 14: Der Träger entscheidet, ob seine Schreiben Raum für eine Unterschrift haben oder den
-- Hinweis „Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.“ tragen
-- (§ 33 Abs. 5 SGB X). Die Administration des Trägers pflegt die Einstellung mit den Stammdaten;
-- bestehende Träger unterschreiben wie bisher.
ALTER TABLE "traeger" ADD COLUMN "ohne_unterschrift" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
-- Welche Leistungszeiträume die Anmeldung geltend gemacht hat (§ 111 SGB X): Die Sachbearbeitung
-- wählt sie vor dem Brief; die nicht gewählten tragen die Markierung. Bezifferung und Erinnerung
-- nennen nur die geltend gemachten. Bestehende und eingelesene Ansprüche: alle Zeiträume geltend
-- gemacht (so lasen frühere Versionen jede Anmeldung).
ALTER TABLE "leistungszeitraum" ADD COLUMN "nicht_geltend_gemacht" boolean DEFAULT false NOT NULL;
