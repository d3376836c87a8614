export { baueApp } from './app.ts';
export { starteServer, bereiteDatenbankVor, optionenAusUmgebung, type Startoptionen } from './server.ts';
export { oeffneDatenbank, alsMandant, alsSystem, Datenbankfehler, type Datenbank, type Db } from './db/verbindung.ts';
export { erzeugeErstpasswort, legeBenutzerAn, setzeErstpasswort, setzeZweitenFaktorZurueck } from './anwendungsfaelle/benutzer.ts';
export { codeFuer } from './http/zweiter-faktor.ts';
export { demoTotpGeheimnis } from './demo.ts';
export { rollen, type Rolle } from './http/rollen.ts';
export { version } from './version.ts';
export * from './austausch/index.ts';
