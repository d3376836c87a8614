// Austausch und Betrieb: Import/Export (CSV, XLSX), Sicherung/Wiederherstellung, Fristenliste.
export { type Importbericht, type Importoptionen, type Verarbeitung, importiereAnsprueche, masseAb } from './erstattung-import.ts';
export { type Exportfilter, exportiereAnsprueche } from './erstattung-export.ts';
export { type Fallbericht, exportiereFaelle, importiereFaelle } from './faelle-austausch.ts';
export { type Format, erkenneFormat } from './dateien.ts';
export { type Zeilenfehler } from './erstattung-lesen.ts';
export { Sicherungsfehler, type Sicherungskopf, nichtLeereTabellen, sichere, stelleWiederHer } from './sicherung.ts';
export { Betriebsfehler, type FaelligeFrist, betriebskontext, faelligeFristen, kommandozeilenBenutzer } from './betrieb.ts';
