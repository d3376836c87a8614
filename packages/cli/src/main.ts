// Argumente der Kommandozeile `egh` (commander), deutsche Hilfetexte.
import { Command, CommanderError } from 'commander';
import { engineVersion } from '@egh/recht';
import { type Ausgabe, artenHilfe, pruefeBefehl } from './pruefe-befehl.ts';
import type { BenutzerOptionen, ServeOptionen } from './betrieb-befehle.ts';
import type { ExportOptionen, FristenOptionen, ImportOptionen, SicherungOptionen } from './austausch-befehle.ts';
import { exitCodeHilfe } from './exit-codes.ts';

// Die Betriebsbefehle laden den Server (Fastify, Datenbank) erst, wenn sie gebraucht werden:
// `egh pruefe` bleibt schnell.
const betrieb = () => import('./betrieb-befehle.ts');
const austausch = () => import('./austausch-befehle.ts');

export const cliVersion = '0.1.0';

const uebersetzungen: [RegExp, string][] = [
  [/^error: unknown command '(.*)'/m, 'Fehler: unbekannter Befehl „$1“.'],
  [/^error: unknown option '(.*)'/m, 'Fehler: unbekannte Option „$1“.'],
  [/^error: missing required argument '(.*)'/m, 'Fehler: Pflichtargument „$1“ fehlt.'],
  [/^error: too many arguments.*$/m, 'Fehler: zu viele Argumente.'],
  [/^error: required option '(.*)' not specified/m, 'Fehler: Pflichtoption „$1“ fehlt.'],
  [/^error: option '(.*)' argument missing/m, 'Fehler: Option „$1“ braucht einen Wert.'],
];

function aufDeutsch(text: string): string {
  for (const [muster, ersatz] of uebersetzungen) if (muster.test(text)) return text.replace(muster, ersatz);
  return text;
}

export async function main(argv: string[], io: Ausgabe): Promise<number> {
  let exitCode = 0;
  const programm = new Command('egh')
    .description('EGH-Clearing – Kommandozeile für Prüfungen und Betrieb')
    .version(`egh ${cliVersion} (Regelwerk ${engineVersion})`, '-V, --version', 'Version anzeigen')
    .helpOption('-h, --help', 'Hilfe anzeigen')
    .helpCommand('help [befehl]', 'Hilfe zu einem Befehl anzeigen')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, schreibe) => schreibe(aufDeutsch(text)) })
    .showHelpAfterError('(Hilfe: egh --help)')
    .exitOverride();

  programm
    .command('pruefe')
    .description('Eine Prüfung offline ausführen: JSON-Eingabe aus DATEI oder von der Standardeingabe (-); Ergebnis-JSON auf stdout')
    .argument('<datei>', 'Pfad zur JSON-Datei oder - für die Standardeingabe')
    .helpOption('-h, --help', 'Hilfe anzeigen')
    .addHelpText('after', artenHilfe())
    .action(async (datei: string) => {
      exitCode = await pruefeBefehl(datei, io);
    });

  programm
    .command('serve')
    .description('Server mit API (und Web-Oberfläche) starten; Datenbank: PGlite in ./data (EGH_DATA_DIR) oder DATABASE_URL')
    .option('-p, --port <port>', 'Port (Standard: PORT oder 3000)')
    .option('--host <host>', 'Adresse (Standard: HOST oder 127.0.0.1)')
    .option('--daten <verzeichnis>', 'Datenverzeichnis für PGlite (Standard: EGH_DATA_DIR oder ./data)')
    .option('--demo', 'Demo-Daten in eine leere Datenbank laden (wie EGH_DEMO=1; Demo-Passwort „demo“, nie für echte Daten)')
    .helpOption('-h, --help', 'Hilfe anzeigen')
    .action(async (o: { port?: string; host?: string; daten?: string; demo?: boolean }) => {
      const opt: ServeOptionen = {
        demo: Boolean(o.demo),
        ...(o.port ? { port: o.port } : {}),
        ...(o.host ? { host: o.host } : {}),
        ...(o.daten ? { daten: o.daten } : {}),
      };
      exitCode = await (await betrieb()).serve(opt, io);
    });

  const db = programm.command('db').description('Datenbank verwalten').helpOption('-h, --help', 'Hilfe anzeigen');
  db.command('migrate')
    .description('Migrationen ausführen und Stammdaten laden (ohne Server)')
    .option('--daten <verzeichnis>', 'Datenverzeichnis für PGlite')
    .helpOption('-h, --help', 'Hilfe anzeigen')
    .action(async (o: { daten?: string }) => {
      exitCode = await (await betrieb()).dbMigrate(o, io);
    });

  const benutzer = programm.command('benutzer').description('Benutzer verwalten').helpOption('-h, --help', 'Hilfe anzeigen');
  benutzer
    .command('anlegen')
    .description(
      'Benutzer anlegen, z. B. den ersten Administrator (ohne Demo-Daten gibt es kein Standardpasswort). Passwortregeln: mindestens 12 Zeichen, nicht in der Liste häufiger Passwörter, ohne den Benutzernamen; das Erstpasswort ist bei der ersten Anmeldung zu ändern',
    )
    .argument('<benutzername>', 'Anmeldename (Kleinbuchstaben, Ziffern, . _ -)')
    .requiredOption('--name <name>', 'Vor- und Nachname, Funktion')
    .option('--traeger <id>', 'Kennung des Trägers (z. B. 12070 oder bezirk-schwaben); entfällt für plattformbetrieb')
    .option(
      '--rolle <rolle>',
      `Rolle (mehrfach möglich): sachbearbeitung, kostenerstattung, leitung, administration, plattformbetrieb, datenschutz`,
      (w: string, alt: string[]) => [...alt, w],
      [] as string[],
    )
    .option('--passwort-stdin', 'Passwort von der Standardeingabe lesen (sonst wird ein Erstpasswort erzeugt und einmal angezeigt)')
    .option('--daten <verzeichnis>', 'Datenverzeichnis für PGlite')
    .helpOption('-h, --help', 'Hilfe anzeigen')
    .action(async (name: string, o: BenutzerOptionen) => {
      exitCode = await (
        await betrieb()
      ).benutzerAnlegen(name, o, io, async () => {
        const teile: Buffer[] = [];
        for await (const t of io.stdin) teile.push(typeof t === 'string' ? Buffer.from(t) : t);
        return Buffer.concat(teile).toString('utf8');
      });
    });

  benutzer
    .command('zuruecksetzen')
    .description('Zweiten Faktor und/oder Passwort eines Benutzers zurücksetzen (z. B. Telefon verloren); seine Sitzungen enden')
    .argument('<benutzername>', 'Anmeldename')
    .option('--zweiter-faktor', 'zweiten Faktor löschen (bei Pflicht neu einzurichten bei der nächsten Anmeldung)')
    .option('--passwort', 'neues Erstpasswort erzeugen und einmal anzeigen')
    .option('--daten <verzeichnis>', 'Datenverzeichnis für PGlite')
    .helpOption('-h, --help', 'Hilfe anzeigen')
    .action(async (name: string, o: { zweiterFaktor?: boolean; passwort?: boolean; daten?: string }) => {
      exitCode = await (await betrieb()).benutzerZuruecksetzen(name, o, io);
    });

  programm
    .command('zweiter-faktor')
    .description('Zweiter Faktor (TOTP)')
    .helpOption('-h, --help', 'Hilfe anzeigen')
    .command('code')
    .description('Den aktuellen sechsstelligen Code zu einem Geheimnis ausgeben (wie eine Authenticator-App; für die Demo)')
    .argument('<geheimnis>', 'Base32-Geheimnis, z. B. das der Demo-Konten aus der README')
    .helpOption('-h, --help', 'Hilfe anzeigen')
    .action(async (geheimnis: string) => {
      exitCode = (await betrieb()).zweiterFaktorCode(geheimnis, io);
    });

  const daten = '--daten <verzeichnis>';
  const datenHilfe = 'Datenverzeichnis für PGlite (Standard: EGH_DATA_DIR oder ./data; mit DATABASE_URL PostgreSQL)';
  programm
    .command('import')
    .description('Erstattungsansprüche (oder Fälle) aus CSV/XLSX importieren – alles oder nichts, Bericht je Zeile und Spalte')
    .argument('<datei>', 'CSV- oder XLSX-Datei (Spalten: docs/AUSTAUSCH.md)')
    .requiredOption('--traeger <id>', 'Träger, für den importiert wird (Anspruchsteller), z. B. bezirk-schwaben')
    .option('--art <art>', 'erstattungsansprueche oder faelle', 'erstattungsansprueche')
    .option(
      '--verarbeitung <weg>',
      'automatisch (ab 200 Ansprüchen masse), einzeln (Anwendungsfall je Anspruch) oder masse (COPY)',
      'automatisch',
    )
    .option('--benutzer <name>', 'im Protokoll unter diesem Benutzer des Trägers (sonst „egh (Kommandozeile)“)')
    .option('--stichtag <datum>', 'Stichtag für § 111/§ 113 (Standard: heute)')
    .option('--json', 'Bericht als JSON auf stdout')
    .option(daten, datenHilfe)
    .helpOption('-h, --help', 'Hilfe anzeigen')
    .action(async (datei: string, o: ImportOptionen) => {
      exitCode = await (await austausch()).importBefehl(datei, o, io);
    });

  programm
    .command('export')
    .description('Erstattungsbuch (oder Fälle) als CSV/XLSX exportieren; dieselben Filter wie die API')
    .argument('<datei>', 'Zieldatei; das Format folgt der Endung (.xlsx, sonst CSV)')
    .option('--format <format>', 'csv oder xlsx')
    .option('--traeger <id>', 'aus Sicht dieses Trägers (ohne: alle Ansprüche der Plattform)')
    .option('--art <art>', 'erstattungsansprueche oder faelle (Fälle nur mit --traeger)', 'erstattungsansprueche')
    .option('--richtung <richtung>', 'ausgehend oder eingehend (mit --traeger)')
    .option('--status <status>', 'z. B. Entwurf, Angemeldet, Beziffert, Anerkannt, TeilweiseAnerkannt, Abgelehnt, Klage, Bezahlt, Erledigt')
    .option('--suche <text>', 'Aktenzeichen, Stelle oder Bemerkung enthält den Text')
    .option('--sortierung <feld>', 'aktenzeichen, -aktenzeichen, forderung, -forderung, geaendert, -geaendert, status')
    .option('--json', 'Ergebnis als JSON auf stdout')
    .option(daten, datenHilfe)
    .helpOption('-h, --help', 'Hilfe anzeigen')
    .action(async (datei: string, o: ExportOptionen) => {
      exitCode = await (await austausch()).exportBefehl(datei, o, io);
    });

  programm
    .command('fristen')
    .description('Offene Fristen (§ 111, § 113 SGB X, § 14 SGB IX …) bis zu einem Tag, als Tabelle oder JSON')
    .requiredOption('--faellig-bis <datum>', 'TT.MM.JJJJ, JJJJ-MM-TT, heute oder +N (Tage ab heute)')
    .option('--traeger <id>', 'nur die Fristen dieses Trägers')
    .option('--json', 'als JSON auf stdout (für Maschinen)')
    .option(daten, datenHilfe)
    .helpOption('-h, --help', 'Hilfe anzeigen')
    .action(async (o: FristenOptionen) => {
      exitCode = await (await austausch()).fristenBefehl(o, io);
    });

  programm
    .command('backup')
    .description(
      'Logische Sicherung aller Tabellen (JSON Lines; .gz wird komprimiert), für PGlite und PostgreSQL. Die Datei hat die Rechte 0600; ohne Sitzungen und Idempotenz-Antworten. Verschlüsselt (age) mit der Passphrase aus EGH_SICHERUNG_PASSPHRASE und/oder an --empfaenger',
    )
    .argument('<datei>', 'Zieldatei, z. B. sicherung.jsonl.gz (verschlüsselt: sicherung.jsonl.gz.age)')
    .option(
      '--empfaenger <age1…>',
      'an diesen age-Empfänger verschlüsseln (öffentlicher Schlüssel; mehrfach möglich)',
      (w: string, v: string[] = []) => [...v, w],
    )
    .option('--json', 'Ergebnis als JSON auf stdout')
    .option(daten, datenHilfe)
    .helpOption('-h, --help', 'Hilfe anzeigen')
    .action(async (datei: string, o: SicherungOptionen) => {
      exitCode = await (await austausch()).backupBefehl(datei, o, io);
    });

  programm
    .command('restore')
    .description('Sicherung in eine leere Datenbank wiederherstellen (verweigert, wenn die Datenbank Daten enthält)')
    .argument('<datei>', 'Sicherung von „egh backup“')
    .option(
      '--identitaet <datei>',
      'Datei mit dem age-Schlüssel (AGE-SECRET-KEY-1…) einer verschlüsselten Sicherung; sonst Passphrase aus EGH_SICHERUNG_PASSPHRASE',
    )
    .option('--json', 'Ergebnis als JSON auf stdout')
    .option(daten, datenHilfe)
    .helpOption('-h, --help', 'Hilfe anzeigen')
    .action(async (datei: string, o: SicherungOptionen) => {
      exitCode = await (await austausch()).restoreBefehl(datei, o, io);
    });

  programm.addHelpText('after', exitCodeHilfe);

  try {
    await programm.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help und --version enden mit Code 0; Bedienfehler mit 2.
      return e.exitCode === 0 ? 0 : 2;
    }
    throw e;
  }
  return exitCode;
}
