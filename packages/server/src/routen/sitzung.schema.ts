// Schemata der Anmeldung, der Sitzung und des eigenen Kontos.
import { Type } from '@sinclair/typebox';
import { Nullbar } from './gemeinsam.schema.ts';

/** Die angemeldete Sitzung: Benutzer, Träger, Rollen und das CSRF-Token für x-csrf-token. */
export const SitzungSchema = Type.Object({
  benutzer: Type.Object({ id: Type.String(), benutzername: Type.String(), name: Type.String() }),
  traeger: Nullbar(Type.Object({ id: Type.String(), name: Type.String(), kurzname: Type.String() })),
  rollen: Type.Array(Type.String()),
  rollennamen: Type.Array(Type.String()),
  csrfToken: Type.String(),
});

const Schritt = Type.Union([Type.Literal('zweiterFaktor'), Type.Literal('passwortAendern'), Type.Literal('zweiterFaktorEinrichten')]);

/** 202: Die Anmeldung braucht noch einen Schritt; die Sitzung entsteht erst danach. */
export const OffenerSchritt = Type.Object({ schritt: Schritt, benutzername: Type.String(), hinweis: Type.String() });

export const SchrittStand = Type.Object({ schritt: Schritt, benutzername: Type.String() });

export const FaktorStand = Type.Object({ eingerichtet: Type.Boolean(), pflicht: Type.Boolean() });
