// Schemata von Import und Export (CSV, XLSX).
import { Type } from '@sinclair/typebox';
import { Nullbar, datei } from './gemeinsam.schema.ts';

const Zeilenfehler = Type.Object({ zeile: Type.Integer(), spalte: Type.String(), meldung: Type.String() });
const Format = Type.Union([Type.Literal('csv'), Type.Literal('xlsx')]);

export const AnspruchImportbericht = Type.Object({
  ok: Type.Boolean(),
  format: Format,
  zeilen: Type.Integer({ description: 'Gelesene Datenzeilen' }),
  ansprueche: Type.Integer(),
  zeitraeume: Type.Integer(),
  verarbeitung: Nullbar(Type.Union([Type.Literal('einzeln'), Type.Literal('masse')])),
  regelwerksaufrufe: Type.Integer(),
  fehlerAnzahl: Type.Integer(),
  fehler: Type.Array(Zeilenfehler),
});

export const FallImportbericht = Type.Object({
  ok: Type.Boolean(),
  format: Format,
  zeilen: Type.Integer({ description: 'Gelesene Datenzeilen' }),
  faelle: Type.Integer(),
  fehlerAnzahl: Type.Integer(),
  fehler: Type.Array(Zeilenfehler),
});

export const Tabellendatei = datei(
  'CSV (UTF-8, Semikolon) oder XLSX',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
);
