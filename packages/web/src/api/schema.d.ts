// Erzeugt mit `npm run api:generieren` aus GET /api/openapi.json (openapi-typescript) – nicht von Hand ändern.
export interface paths {
  '/api/v1/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Zustand des Dienstes und der Datenbank */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'ok';
              /** @enum {string} */
              datenbank: 'pglite' | 'postgresql';
              version: string;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sitzung': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Aktuelle Sitzung */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              benutzer: {
                id: string;
                benutzername: string;
                name: string;
              };
              traeger: {
                id: string;
                name: string;
                kurzname: string;
              } | null;
              rollen: string[];
              rollennamen: string[];
              csrfToken: string;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Anmelden
     * @description Setzt das Sitzungs-Cookie (HttpOnly, SameSite=Strict) und liefert das CSRF-Token für x-csrf-token. Fehlt noch ein Schritt (Code des zweiten Faktors, Erstpasswort ändern, zweiten Faktor einrichten), antwortet der Server mit 202 und dem Schritt; die Sitzung entsteht erst danach. Gedrosselt je Benutzer und Adresse (5 Versuche in 15 Minuten), je Benutzer (20 in einer Stunde) und je Adresse (30 in 15 Minuten): 429 mit Retry-After.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            benutzername: string;
            passwort: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              benutzer: {
                id: string;
                benutzername: string;
                name: string;
              };
              traeger: {
                id: string;
                name: string;
                kurzname: string;
              } | null;
              rollen: string[];
              rollennamen: string[];
              csrfToken: string;
            };
          };
        };
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              schritt: 'zweiterFaktor' | 'passwortAendern' | 'zweiterFaktorEinrichten';
              benutzername: string;
              hinweis: string;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    /** Abmelden */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Kein Inhalt */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sitzung/anmeldung': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Offener Schritt der laufenden Anmeldung */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              schritt: 'zweiterFaktor' | 'passwortAendern' | 'zweiterFaktorEinrichten';
              benutzername: string;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sitzung/anmeldung/code': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Code des zweiten Faktors (Anmeldung oder Abschluss der Einrichtung) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description sechsstelliger Code der Authenticator-App */
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              benutzer: {
                id: string;
                benutzername: string;
                name: string;
              };
              traeger: {
                id: string;
                name: string;
                kurzname: string;
              } | null;
              rollen: string[];
              rollennamen: string[];
              csrfToken: string;
            };
          };
        };
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              schritt: 'zweiterFaktor' | 'passwortAendern' | 'zweiterFaktorEinrichten';
              benutzername: string;
              hinweis: string;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sitzung/anmeldung/zweiter-faktor': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Zweiten Faktor während der Anmeldung einrichten: Geheimnis, otpauth://-Adresse, QR-Code */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              geheimnis: string;
              uri: string;
              qrSvg: string;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sitzung/anmeldung/passwort': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Erstpasswort durch ein eigenes ersetzen */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            neuesPasswort: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              benutzer: {
                id: string;
                benutzername: string;
                name: string;
              };
              traeger: {
                id: string;
                name: string;
                kurzname: string;
              } | null;
              rollen: string[];
              rollennamen: string[];
              csrfToken: string;
            };
          };
        };
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              schritt: 'zweiterFaktor' | 'passwortAendern' | 'zweiterFaktorEinrichten';
              benutzername: string;
              hinweis: string;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sitzung/passwort': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Eigenes Passwort ändern
     * @description Prüft das bisherige Passwort (gedrosselt wie die Anmeldung) und die Passwortregeln; alle anderen Sitzungen des Kontos enden.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            altesPasswort: string;
            neuesPasswort: string;
          };
        };
      };
      responses: {
        /** @description Kein Inhalt */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sitzung/zweiter-faktor': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Stand des eigenen zweiten Faktors */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              eingerichtet: boolean;
              pflicht: boolean;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    /** Einrichtung des zweiten Faktors mit einem Code bestätigen */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description sechsstelliger Code der Authenticator-App */
            code: string;
          };
        };
      };
      responses: {
        /** @description Kein Inhalt */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    /** Zweiten Faktor einrichten: Geheimnis, otpauth://-Adresse, QR-Code (danach mit PUT bestätigen) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              geheimnis: string;
              uri: string;
              qrSvg: string;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/benutzer/{benutzername}/zweiter-faktor': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Zweiten Faktor eines Benutzers zurücksetzen (z. B. Telefon verloren); seine Sitzungen enden */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          benutzername: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Kein Inhalt */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/benutzer/{benutzername}/erstpasswort': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Neues Erstpasswort vergeben (einmal angezeigt, bei der nächsten Anmeldung zu ändern); Sitzungen enden */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          benutzername: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              erstpasswort: string;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pruefungen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Eine Prüfung ausführen
     * @description Arten: frist, bekanntgabe, zustaendigkeitsklaerung, erstattungsfristen, erstattungsanspruch, zinsen, amtshilfe, mehrkosten, datenuebermittlung, oertlicheZustaendigkeit. Die Eingabe wird vom Regelwerk selbst geprüft (Problem-JSON bei Fehlern).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json':
            | components['schemas']['def-0']
            | components['schemas']['def-1']
            | components['schemas']['def-2']
            | components['schemas']['def-3']
            | components['schemas']['def-4']
            | components['schemas']['def-5']
            | components['schemas']['def-6']
            | components['schemas']['def-7']
            | components['schemas']['def-8']
            | components['schemas']['def-9'];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              art: string;
              /** @description Ergebnis der Prüfung (je Prüfungsart) */
              ergebnis: {
                [key: string]: unknown;
              };
              begruendung: {
                [key: string]: unknown;
              }[];
              hinweise: {
                [key: string]: unknown;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pruefungen/arten': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Die Prüfungsarten mit Schema und Beispiel */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              art: string;
              titel: string;
              /** @description Die Normen der Prüfung, z. B. „§ 26 SGB X, §§ 187–193 BGB“ */
              normen: string;
              /** @description JSON-Schema der Eingabe */
              schema: {
                [key: string]: unknown;
              };
              /** @description Beispieleingabe */
              beispiel: unknown;
            }[];
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/traeger': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Trägerregister durchsuchen */
    get: {
      parameters: {
        query?: {
          suche?: string;
          land?: 'BW' | 'BY' | 'BE' | 'BB' | 'HB' | 'HH' | 'HE' | 'MV' | 'NI' | 'NW' | 'RP' | 'SL' | 'SN' | 'ST' | 'SH' | 'TH';
          art?: 'oertlich' | 'ueberoertlich' | 'sonstig';
          /** @description nur Träger mit dieser Rolle am Stichtag */
          rolle?: 'eingliederungshilfe' | 'sozialhilfe' | 'jugendhilfe' | 'herangezogen';
          /** @description Stichtag der Rolle (Standard: heute) */
          stichtag?: string;
          sortierung?: 'name' | '-name' | 'land' | '-land' | 'id';
          /** @description Seite (ab 1) */
          seite?: number;
          /** @description Einträge je Seite */
          proSeite?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              eintraege: {
                id: string;
                name: string;
                kurzname: string;
                art: 'oertlich' | 'ueberoertlich' | 'sonstig';
                land: string;
                gebietAgs: string[];
                anschrift: {
                  strasse?: string;
                  plz?: string;
                  ort?: string;
                };
                kontakt: {
                  telefon?: string;
                  email?: string;
                  ansprechpartner?: string;
                };
                leitwegId: string | null;
                iban: string | null;
                ohneUnterschrift: boolean;
                rechtstraeger: string;
                aufsichtsbehoerde: string | null;
                quelle: string | null;
                rollen: {
                  [key: string]: unknown;
                }[];
                version: number;
                /** Format: date-time */
                erstelltAm: string;
                /** Format: date-time */
                geaendertAm: string;
              }[];
              gesamt: number;
              seite: number;
              proSeite: number;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Träger anlegen (Plattformbetrieb) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            art: 'oertlich' | 'ueberoertlich' | 'sonstig';
            /** @enum {string} */
            land: 'BW' | 'BY' | 'BE' | 'BB' | 'HB' | 'HH' | 'HE' | 'MV' | 'NI' | 'NW' | 'RP' | 'SL' | 'SN' | 'ST' | 'SH' | 'TH';
            rechtstraeger: string;
            name: string;
            kurzname: string;
            anschrift?: {
              strasse?: string;
              plz?: string;
              ort?: string;
            };
            kontakt?: {
              telefon?: string;
              email?: string;
              ansprechpartner?: string;
            };
            /** @description Leitweg-ID (ISO 7064 Mod 97-10 geprüft) */
            leitwegId?: string | null;
            iban?: string | null;
            aufsichtsbehoerde?: string | null;
            /** @description Schreiben des Trägers maschinell erstellt und ohne Unterschrift gültig (§ 33 Abs. 5 SGB X): der Hinweis statt Raum für die Unterschrift, in jedem Brief */
            ohneUnterschrift?: boolean;
            rollen?: {
              /**
               * Rolle
               * @enum {string}
               */
              rolle: 'eingliederungshilfe' | 'sozialhilfe' | 'jugendhilfe' | 'herangezogen';
              /**
               * Ebene
               * @enum {string}
               */
              ebene: 'oertlich' | 'ueberoertlich';
              /**
               * Personenkreis
               * @enum {string}
               */
              personen: 'alle' | 'kinderUndSchule' | 'erwachsene';
              ausgenommen?: (
                'tagUndNacht' | 'pflegefamilie' | 'heilpaedagogischeTagesstaette' | 'kita' | 'kindertagespflege' | 'fruehfoerderung'
              )[];
              nur?: (
                'tagUndNacht' | 'pflegefamilie' | 'heilpaedagogischeTagesstaette' | 'kita' | 'kindertagespflege' | 'fruehfoerderung'
              )[];
              /** für den Träger */
              fuer?: string;
              /**
               * gültig ab
               * Format: date
               */
              gueltigAb: string;
              /**
               * gültig bis
               * Format: date
               */
              gueltigBis?: string;
              /** Rechtsgrundlage */
              grundlage: string;
              /** Fundstelle */
              fundstelle: string;
              /** geprüft */
              geprueft: boolean;
            }[];
            quelle?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              name: string;
              kurzname: string;
              art: 'oertlich' | 'ueberoertlich' | 'sonstig';
              land: string;
              gebietAgs: string[];
              anschrift: {
                strasse?: string;
                plz?: string;
                ort?: string;
              };
              kontakt: {
                telefon?: string;
                email?: string;
                ansprechpartner?: string;
              };
              leitwegId: string | null;
              iban: string | null;
              ohneUnterschrift: boolean;
              rechtstraeger: string;
              aufsichtsbehoerde: string | null;
              quelle: string | null;
              rollen: {
                [key: string]: unknown;
              }[];
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              /** @description Die Rollen als Sätze für Menschen */
              rollenInWorten: string[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/traeger/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ein Träger */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              name: string;
              kurzname: string;
              art: 'oertlich' | 'ueberoertlich' | 'sonstig';
              land: string;
              gebietAgs: string[];
              anschrift: {
                strasse?: string;
                plz?: string;
                ort?: string;
              };
              kontakt: {
                telefon?: string;
                email?: string;
                ansprechpartner?: string;
              };
              leitwegId: string | null;
              iban: string | null;
              ohneUnterschrift: boolean;
              rechtstraeger: string;
              aufsichtsbehoerde: string | null;
              quelle: string | null;
              rollen: {
                [key: string]: unknown;
              }[];
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              /** @description Die Rollen als Sätze für Menschen */
              rollenInWorten: string[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Stammdaten ändern (Administration des eigenen Trägers, Plattformbetrieb) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            kurzname?: string;
            anschrift?: {
              strasse?: string;
              plz?: string;
              ort?: string;
            };
            kontakt?: {
              telefon?: string;
              email?: string;
              ansprechpartner?: string;
            };
            /** @description Leitweg-ID (ISO 7064 Mod 97-10 geprüft) */
            leitwegId?: string | null;
            iban?: string | null;
            aufsichtsbehoerde?: string | null;
            /** @description Schreiben des Trägers maschinell erstellt und ohne Unterschrift gültig (§ 33 Abs. 5 SGB X): der Hinweis statt Raum für die Unterschrift, in jedem Brief */
            ohneUnterschrift?: boolean;
            rollen?: {
              /**
               * Rolle
               * @enum {string}
               */
              rolle: 'eingliederungshilfe' | 'sozialhilfe' | 'jugendhilfe' | 'herangezogen';
              /**
               * Ebene
               * @enum {string}
               */
              ebene: 'oertlich' | 'ueberoertlich';
              /**
               * Personenkreis
               * @enum {string}
               */
              personen: 'alle' | 'kinderUndSchule' | 'erwachsene';
              ausgenommen?: (
                'tagUndNacht' | 'pflegefamilie' | 'heilpaedagogischeTagesstaette' | 'kita' | 'kindertagespflege' | 'fruehfoerderung'
              )[];
              nur?: (
                'tagUndNacht' | 'pflegefamilie' | 'heilpaedagogischeTagesstaette' | 'kita' | 'kindertagespflege' | 'fruehfoerderung'
              )[];
              /** für den Träger */
              fuer?: string;
              /**
               * gültig ab
               * Format: date
               */
              gueltigAb: string;
              /**
               * gültig bis
               * Format: date
               */
              gueltigBis?: string;
              /** Rechtsgrundlage */
              grundlage: string;
              /** Fundstelle */
              fundstelle: string;
              /** geprüft */
              geprueft: boolean;
            }[];
            quelle?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              name: string;
              kurzname: string;
              art: 'oertlich' | 'ueberoertlich' | 'sonstig';
              land: string;
              gebietAgs: string[];
              anschrift: {
                strasse?: string;
                plz?: string;
                ort?: string;
              };
              kontakt: {
                telefon?: string;
                email?: string;
                ansprechpartner?: string;
              };
              leitwegId: string | null;
              iban: string | null;
              ohneUnterschrift: boolean;
              rechtstraeger: string;
              aufsichtsbehoerde: string | null;
              quelle: string | null;
              rollen: {
                [key: string]: unknown;
              }[];
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              /** @description Die Rollen als Sätze für Menschen */
              rollenInWorten: string[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/vereinbarungen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Vereinbarungsfassungen */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              bezeichnung: string;
              /** Format: date */
              gueltigAb: string;
              /** @description Pauschale je Aufgabe in Cent */
              pauschalen: {
                [key: string]: number;
              };
              reisekostenEnthalten: boolean | null;
              quelle: string;
              beispiel: boolean;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
            }[];
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Vereinbarungsfassung anlegen (Plattformbetrieb) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            id: string;
            bezeichnung: string;
            /** Format: date */
            gueltigAb: string;
            /** @description Pauschale je Aufgabe in Cent */
            pauschalen: {
              [key: string]: number;
            };
            reisekostenEnthalten?: boolean | null;
            quelle: string;
            /** @description Beispielbetrag (nicht die Vereinbarung selbst) */
            beispiel?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              bezeichnung: string;
              /** Format: date */
              gueltigAb: string;
              /** @description Pauschale je Aufgabe in Cent */
              pauschalen: {
                [key: string]: number;
              };
              reisekostenEnthalten: boolean | null;
              quelle: string;
              beispiel: boolean;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/vereinbarungen/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Eine Vereinbarungsfassung mit Mitgliedern */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              bezeichnung: string;
              /** Format: date */
              gueltigAb: string;
              /** @description Pauschale je Aufgabe in Cent */
              pauschalen: {
                [key: string]: number;
              };
              reisekostenEnthalten: boolean | null;
              quelle: string;
              beispiel: boolean;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              mitglieder: {
                /** Format: uuid */
                id: string;
                traegerId: string;
                vereinbarungId: string;
                /** Format: date */
                erklaertAm: string;
                /** Format: date */
                wirksamAb: string;
                ausgetretenAm: string | null;
                version: number;
                /** Format: date-time */
                erstelltAm: string;
                /** Format: date-time */
                geaendertAm: string;
                traeger: {
                  id: string;
                  name: string;
                  land: string;
                };
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Vereinbarungsfassung ändern (Plattformbetrieb) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            bezeichnung?: string;
            /** Format: date */
            gueltigAb?: string;
            /** @description Pauschale je Aufgabe in Cent */
            pauschalen?: {
              [key: string]: number;
            };
            reisekostenEnthalten?: boolean | null;
            quelle?: string;
            /** @description Beispielbetrag (nicht die Vereinbarung selbst) */
            beispiel?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              bezeichnung: string;
              /** Format: date */
              gueltigAb: string;
              /** @description Pauschale je Aufgabe in Cent */
              pauschalen: {
                [key: string]: number;
              };
              reisekostenEnthalten: boolean | null;
              quelle: string;
              beispiel: boolean;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/beitritte': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Beitritte (öffentliche Mitgliederliste) */
    get: {
      parameters: {
        query?: {
          traeger?: string;
          vereinbarung?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              traegerId: string;
              vereinbarungId: string;
              /** Format: date */
              erklaertAm: string;
              /** Format: date */
              wirksamAb: string;
              ausgetretenAm: string | null;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
            }[];
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Beitritt erklären (Administration des eigenen Trägers, Plattformbetrieb) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            traegerId?: string;
            vereinbarungId: string;
            /** Format: date */
            erklaertAm: string;
            /** Format: date */
            wirksamAb: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              traegerId: string;
              vereinbarungId: string;
              /** Format: date */
              erklaertAm: string;
              /** Format: date */
              wirksamAb: string;
              ausgetretenAm: string | null;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/beitritte/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Austritt erklären */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            ausgetretenAm: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              traegerId: string;
              vereinbarungId: string;
              /** Format: date */
              erklaertAm: string;
              /** Format: date */
              wirksamAb: string;
              ausgetretenAm: string | null;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/faelle': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Fälle des eigenen Trägers suchen */
    get: {
      parameters: {
        query?: {
          suche?: string;
          status?: 'offen' | 'abgeschlossen';
          sortierung?: 'aktenzeichen' | '-aktenzeichen' | 'geaendert' | '-geaendert' | 'name';
          /** @description Seite (ab 1) */
          seite?: number;
          /** @description Einträge je Seite */
          proSeite?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              eintraege: {
                /** Format: uuid */
                id: string;
                aktenzeichen: string;
                status: 'offen' | 'abgeschlossen';
                version: number;
                /** Format: date-time */
                geaendertAm: string;
                person: {
                  id: string;
                  nachname: string;
                  vorname: string;
                  pseudonym: string;
                };
              }[];
              gesamt: number;
              seite: number;
              proSeite: number;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Fall anlegen; das Regelwerk bestimmt die Zuständigkeit */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            aktenzeichen: string;
            person: {
              nachname: string;
              vorname: string;
              /** Format: date */
              geburtsdatum?: string | null;
              anschrift?: {
                strasse?: string;
                plz?: string;
                ort?: string;
              };
            };
            /** @description Aufenthalte der leistungsberechtigten Person */
            aufenthalte?: {
              /**
               * Format: date
               * @description Beginn des Aufenthalts (JJJJ-MM-TT)
               */
              von: string;
              /**
               * Format: date
               * @description Ende des Aufenthalts (fehlt: dauert an; ein offener gewöhnlicher Aufenthalt endet mit dem Beginn des nächsten) (JJJJ-MM-TT)
               */
              bis?: string;
              /** @description Gebiet, benannt nach dem dafür zuständigen Träger */
              gebiet: string;
              /**
               * @description gewoehnlich (gewöhnlicher Aufenthalt), voruebergehend, stationaer (Krankenhaus, Klinik, Einrichtung – nie gewöhnlicher Aufenthalt), haft
               * @enum {string}
               */
              art: 'gewoehnlich' | 'voruebergehend' | 'stationaer' | 'haft';
            }[];
            /** @description Leistungen der Eingliederungshilfe; es zählen nur Leistungen, die bis zum Stichtag begonnen haben */
            leistungen?: {
              /**
               * Format: date
               * @description Beginn der Leistung (JJJJ-MM-TT)
               */
              von: string;
              /**
               * Format: date
               * @description Ende der Leistung (fehlt: dauert an) (JJJJ-MM-TT)
               */
              bis?: string;
              /**
               * @description ambulant, tagUndNacht (Betreuung über Tag und Nacht / besondere Wohnform), betreutesWohnen (ambulant betreutes Wohnen), stationaer
               * @enum {string}
               */
              form: 'ambulant' | 'tagUndNacht' | 'betreutesWohnen' | 'stationaer';
              /** @description Träger, der die Leistung erbracht hat (optional) */
              traeger?: string;
              bezeichnung?: string;
            }[];
            /** @description Anträge; maßgeblich ist der erste Antrag des laufenden Leistungsfalls (§ 108 Abs. 1 SGB IX) */
            antraege?: {
              /**
               * Format: date
               * @description Tag der Antragstellung (JJJJ-MM-TT)
               */
              datum: string;
              /** @description Träger, bei dem der Antrag gestellt wurde (optional) */
              traeger?: string;
            }[];
            /** @description Unterbrechungen des Leistungsbezugs (§ 98 Abs. 1 Satz 5 SGB IX) */
            unterbrechungen?: {
              /**
               * Format: date
               * @description Beginn der Unterbrechung (JJJJ-MM-TT)
               */
              von: string;
              /**
               * Format: date
               * @description Ende der Unterbrechung (JJJJ-MM-TT)
               */
              bis: string;
              /**
               * @description krankenhaus, reha (medizinische Rehabilitation) oder sonstig
               * @enum {string}
               */
              grund: 'krankenhaus' | 'reha' | 'sonstig';
            }[];
            /** @description Weitere Angaben zu § 98 SGB IX / § 98 SGB XII */
            zustaendigkeitsangaben?: {
              /**
               * Format: date
               * @description Beginn des Gesamtplanverfahrens, wenn kein Antrag nötig war (§ 98 Abs. 1 Satz 2, § 108 Abs. 2 SGB IX; optional) (JJJJ-MM-TT)
               */
              gesamtplanBeginn?: string;
              /** @description Geburt des Kindes (§ 98 Abs. 3 SGB IX; § 98 Abs. 2 Satz 4 SGB XII) */
              geburt?: {
                /**
                 * Format: date
                 * @description Tag der Geburt (JJJJ-MM-TT)
                 */
                datum: string;
                /** @description Gebiet des gewöhnlichen Aufenthalts der Mutter */
                gebietMutter: string;
              };
              /** @description Betreuungsminuten je Tag für den BSG-Test zum betreuten Wohnen (§ 98 Abs. 5 SGB XII; optional) */
              betreuungsanteile?: {
                /** @description Teilhabe am Leben in der Gemeinschaft (Minuten je Tag) */
                teilhabe: number;
                /** @description Pflege (Minuten je Tag) */
                pflege: number;
                /** @description Sonstige Hilfe (Minuten je Tag) */
                sonstige: number;
                /** @description Stundensatz der Assistenz (optional; für die Kosten der Anteile) (ganze Cent) */
                stundensatzCent?: number;
                /** @description Tage je Monat für die Monatskosten (Standard 30) */
                tageProMonat?: number;
              };
              /** @description Der gewöhnliche Aufenthalt ist am Stichtag ungeklärt (§ 98 Abs. 2 Satz 1 SGB IX) */
              gewoehnlicherAufenthaltUngeklaert?: boolean;
              /**
               * Format: date
               * @description Tag, an dem der gewöhnliche Aufenthalt festgestellt wurde (§ 98 Abs. 2 Satz 2 SGB IX; optional); vorher gilt er als ungeklärt (JJJJ-MM-TT)
               */
              gewoehnlicherAufenthaltFestgestelltAm?: string;
              /** @description Eilfall: der Träger des tatsächlichen Aufenthalts leistet vorläufig */
              eilfall?: boolean;
              /** @description Gebiet des tatsächlichen Aufenthalts (§ 98 Abs. 2 SGB IX) */
              tatsaechlicherAufenthalt?: string;
              /** @description Optional: zusätzlich die sachliche Zuständigkeit prüfen */
              sachlich?: {
                /**
                 * @description Land, dessen Ausführungsrecht gilt
                 * @enum {string}
                 */
                land: 'BW' | 'BY' | 'BE' | 'BB' | 'HB' | 'HH' | 'HE' | 'MV' | 'NI' | 'NW' | 'RP' | 'SL' | 'SN' | 'ST' | 'SH' | 'TH';
                /** @description Gleichzeitig wird Hilfe zur Pflege geleistet (Gesamtfall, § 97 Abs. 4 SGB XII, Art. 82 Abs. 2 AGSG) */
                hilfeZurPflege?: boolean;
                /** @description Kreisschlüssel (fünf Ziffern) des Kreises oder der kreisfreien Stadt des gewöhnlichen Aufenthalts (optional) */
                kreis?: string;
                /**
                 * @description Kind oder Jugendlicher bis zum Ende der Schulzeit, oder erwachsen – wo das Land danach unterscheidet (Hessen, Niedersachsen, Nordrhein-Westfalen, Rheinland-Pfalz, Sachsen)
                 * @enum {string}
                 */
                lebensabschnitt?: 'kindOderSchule' | 'erwachsen';
                /**
                 * @description Leistungsbereich, an dem in Nordrhein-Westfalen die Zuständigkeit für Kinder hängt (optional)
                 * @enum {string}
                 */
                leistungsbereich?:
                  'tagUndNacht' | 'pflegefamilie' | 'heilpaedagogischeTagesstaette' | 'kita' | 'kindertagespflege' | 'fruehfoerderung';
              };
            };
            /** @description § 14-Verfahren (Eingabe der Prüfung zustaendigkeitsklaerung) */
            zustaendigkeitsklaerung?: {
              /**
               * Format: date
               * @description Stichtag des anzuwendenden Rechts; überschreibt die Wahl aus den Daten (optional) (JJJJ-MM-TT)
               */
              rechtsstand?: string;
              /**
               * Format: date
               * @description Eingang des Antrags beim ersten Träger; wählt das Recht (ab 01.01.2018 §§ 14 ff. SGB IX n.F.) (JJJJ-MM-TT)
               */
              antragseingang: string;
              /**
               * @description Land des erstangegangenen Trägers
               * @enum {string}
               */
              landErsterTraeger:
                'BW' | 'BY' | 'BE' | 'BB' | 'HB' | 'HH' | 'HE' | 'MV' | 'NI' | 'NW' | 'RP' | 'SL' | 'SN' | 'ST' | 'SH' | 'TH';
              /** @description Der erste Träger ist für mindestens eine beantragte Leistung zuständig (Standard false) */
              ersterTraegerZustaendig?: boolean;
              /** @description Weiterleitung an den zweiten Träger (§ 14 Abs. 1 Satz 2 SGB IX) */
              weiterleitung?: {
                /**
                 * Format: date
                 * @description Weiterleitung durch den ersten Träger (JJJJ-MM-TT)
                 */
                am: string;
                /**
                 * Format: date
                 * @description Eingang beim zweiten Träger (JJJJ-MM-TT)
                 */
                eingang: string;
                /**
                 * @description Land des zweiten Trägers
                 * @enum {string}
                 */
                land: 'BW' | 'BY' | 'BE' | 'BB' | 'HB' | 'HH' | 'HE' | 'MV' | 'NI' | 'NW' | 'RP' | 'SL' | 'SN' | 'ST' | 'SH' | 'TH';
              };
              /** @description Der zweite Träger versucht, den Antrag zurückzugeben */
              rueckgabe?: {
                /**
                 * Format: date
                 * @description Versuch der Rückgabe (JJJJ-MM-TT)
                 */
                am: string;
              };
              /** @description Weiterleitung durch den zweiten Träger (§ 14 Abs. 3 SGB IX, nur Recht ab 2018) */
              turboklaerung?: {
                /**
                 * Format: date
                 * @description Zweite Weiterleitung (JJJJ-MM-TT)
                 */
                am: string;
                /**
                 * Format: date
                 * @description Eingang beim dritten Träger (JJJJ-MM-TT)
                 */
                eingang: string;
                /**
                 * @description Land des dritten Trägers
                 * @enum {string}
                 */
                land: 'BW' | 'BY' | 'BE' | 'BB' | 'HB' | 'HH' | 'HE' | 'MV' | 'NI' | 'NW' | 'RP' | 'SL' | 'SN' | 'ST' | 'SH' | 'TH';
                /** @description Einvernehmen des dritten Trägers */
                einvernehmen: boolean;
              };
              /** @description Gutachten (§ 17 SGB IX) */
              gutachten?: {
                /**
                 * Format: date
                 * @description Beauftragung des Sachverständigen (JJJJ-MM-TT)
                 */
                beauftragt: string;
                /**
                 * Format: date
                 * @description Gutachten liegt vor (JJJJ-MM-TT)
                 */
                vorliegend?: string;
              };
              /**
               * @description Beteiligung weiterer Träger (§ 15 Abs. 4 SGB IX): keine (Standard), traeger (6 Wochen), teilhabeplankonferenz (2 Monate)
               * @enum {string}
               */
              beteiligung?: 'keine' | 'traeger' | 'teilhabeplankonferenz';
            } | null;
            bemerkung?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              traegerId: string;
              aktenzeichen: string;
              /** Format: uuid */
              personId: string;
              status: 'offen' | 'abgeschlossen';
              aufenthalte: unknown;
              leistungen: unknown;
              antraege: unknown;
              unterbrechungen: unknown;
              zustaendigkeitsangaben: unknown;
              zustaendigkeitsklaerung: unknown | null;
              bemerkung: string | null;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              person: {
                /** Format: uuid */
                id: string;
                traegerId: string;
                pseudonym: string;
                nachname: string;
                vorname: string;
                geburtsdatum: string | null;
                anschrift: {
                  strasse?: string;
                  plz?: string;
                  ort?: string;
                };
                version: number;
                /** Format: date-time */
                erstelltAm: string;
                /** Format: date-time */
                geaendertAm: string;
              };
              zustaendigkeit: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              klaerung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              entscheidungen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              fristen: {
                /** Format: uuid */
                id: string;
                traegerId: string;
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch';
                /** Format: uuid */
                bezugId: string;
                art: string;
                norm: string;
                bezeichnung: string;
                /** Format: date */
                faellig: string;
                betragCent: number | null;
                erledigt: boolean;
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/faelle/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ein Fall mit Zuständigkeit, Begründung und Fristen */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              traegerId: string;
              aktenzeichen: string;
              /** Format: uuid */
              personId: string;
              status: 'offen' | 'abgeschlossen';
              aufenthalte: unknown;
              leistungen: unknown;
              antraege: unknown;
              unterbrechungen: unknown;
              zustaendigkeitsangaben: unknown;
              zustaendigkeitsklaerung: unknown | null;
              bemerkung: string | null;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              person: {
                /** Format: uuid */
                id: string;
                traegerId: string;
                pseudonym: string;
                nachname: string;
                vorname: string;
                geburtsdatum: string | null;
                anschrift: {
                  strasse?: string;
                  plz?: string;
                  ort?: string;
                };
                version: number;
                /** Format: date-time */
                erstelltAm: string;
                /** Format: date-time */
                geaendertAm: string;
              };
              zustaendigkeit: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              klaerung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              entscheidungen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              fristen: {
                /** Format: uuid */
                id: string;
                traegerId: string;
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch';
                /** Format: uuid */
                bezugId: string;
                art: string;
                norm: string;
                bezeichnung: string;
                /** Format: date */
                faellig: string;
                betragCent: number | null;
                erledigt: boolean;
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Fall ändern (If-Match); Zuständigkeit und Fristen werden neu berechnet */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            aktenzeichen?: string;
            /** @enum {string} */
            status?: 'offen' | 'abgeschlossen';
            person?: {
              nachname?: string;
              vorname?: string;
              /** Format: date */
              geburtsdatum?: string | null;
              anschrift?: {
                strasse?: string;
                plz?: string;
                ort?: string;
              };
            };
            /** @description Aufenthalte der leistungsberechtigten Person */
            aufenthalte?: {
              /**
               * Format: date
               * @description Beginn des Aufenthalts (JJJJ-MM-TT)
               */
              von: string;
              /**
               * Format: date
               * @description Ende des Aufenthalts (fehlt: dauert an; ein offener gewöhnlicher Aufenthalt endet mit dem Beginn des nächsten) (JJJJ-MM-TT)
               */
              bis?: string;
              /** @description Gebiet, benannt nach dem dafür zuständigen Träger */
              gebiet: string;
              /**
               * @description gewoehnlich (gewöhnlicher Aufenthalt), voruebergehend, stationaer (Krankenhaus, Klinik, Einrichtung – nie gewöhnlicher Aufenthalt), haft
               * @enum {string}
               */
              art: 'gewoehnlich' | 'voruebergehend' | 'stationaer' | 'haft';
            }[];
            /** @description Leistungen der Eingliederungshilfe; es zählen nur Leistungen, die bis zum Stichtag begonnen haben */
            leistungen?: {
              /**
               * Format: date
               * @description Beginn der Leistung (JJJJ-MM-TT)
               */
              von: string;
              /**
               * Format: date
               * @description Ende der Leistung (fehlt: dauert an) (JJJJ-MM-TT)
               */
              bis?: string;
              /**
               * @description ambulant, tagUndNacht (Betreuung über Tag und Nacht / besondere Wohnform), betreutesWohnen (ambulant betreutes Wohnen), stationaer
               * @enum {string}
               */
              form: 'ambulant' | 'tagUndNacht' | 'betreutesWohnen' | 'stationaer';
              /** @description Träger, der die Leistung erbracht hat (optional) */
              traeger?: string;
              bezeichnung?: string;
            }[];
            /** @description Anträge; maßgeblich ist der erste Antrag des laufenden Leistungsfalls (§ 108 Abs. 1 SGB IX) */
            antraege?: {
              /**
               * Format: date
               * @description Tag der Antragstellung (JJJJ-MM-TT)
               */
              datum: string;
              /** @description Träger, bei dem der Antrag gestellt wurde (optional) */
              traeger?: string;
            }[];
            /** @description Unterbrechungen des Leistungsbezugs (§ 98 Abs. 1 Satz 5 SGB IX) */
            unterbrechungen?: {
              /**
               * Format: date
               * @description Beginn der Unterbrechung (JJJJ-MM-TT)
               */
              von: string;
              /**
               * Format: date
               * @description Ende der Unterbrechung (JJJJ-MM-TT)
               */
              bis: string;
              /**
               * @description krankenhaus, reha (medizinische Rehabilitation) oder sonstig
               * @enum {string}
               */
              grund: 'krankenhaus' | 'reha' | 'sonstig';
            }[];
            /** @description Weitere Angaben zu § 98 SGB IX / § 98 SGB XII */
            zustaendigkeitsangaben?: {
              /**
               * Format: date
               * @description Beginn des Gesamtplanverfahrens, wenn kein Antrag nötig war (§ 98 Abs. 1 Satz 2, § 108 Abs. 2 SGB IX; optional) (JJJJ-MM-TT)
               */
              gesamtplanBeginn?: string;
              /** @description Geburt des Kindes (§ 98 Abs. 3 SGB IX; § 98 Abs. 2 Satz 4 SGB XII) */
              geburt?: {
                /**
                 * Format: date
                 * @description Tag der Geburt (JJJJ-MM-TT)
                 */
                datum: string;
                /** @description Gebiet des gewöhnlichen Aufenthalts der Mutter */
                gebietMutter: string;
              };
              /** @description Betreuungsminuten je Tag für den BSG-Test zum betreuten Wohnen (§ 98 Abs. 5 SGB XII; optional) */
              betreuungsanteile?: {
                /** @description Teilhabe am Leben in der Gemeinschaft (Minuten je Tag) */
                teilhabe: number;
                /** @description Pflege (Minuten je Tag) */
                pflege: number;
                /** @description Sonstige Hilfe (Minuten je Tag) */
                sonstige: number;
                /** @description Stundensatz der Assistenz (optional; für die Kosten der Anteile) (ganze Cent) */
                stundensatzCent?: number;
                /** @description Tage je Monat für die Monatskosten (Standard 30) */
                tageProMonat?: number;
              };
              /** @description Der gewöhnliche Aufenthalt ist am Stichtag ungeklärt (§ 98 Abs. 2 Satz 1 SGB IX) */
              gewoehnlicherAufenthaltUngeklaert?: boolean;
              /**
               * Format: date
               * @description Tag, an dem der gewöhnliche Aufenthalt festgestellt wurde (§ 98 Abs. 2 Satz 2 SGB IX; optional); vorher gilt er als ungeklärt (JJJJ-MM-TT)
               */
              gewoehnlicherAufenthaltFestgestelltAm?: string;
              /** @description Eilfall: der Träger des tatsächlichen Aufenthalts leistet vorläufig */
              eilfall?: boolean;
              /** @description Gebiet des tatsächlichen Aufenthalts (§ 98 Abs. 2 SGB IX) */
              tatsaechlicherAufenthalt?: string;
              /** @description Optional: zusätzlich die sachliche Zuständigkeit prüfen */
              sachlich?: {
                /**
                 * @description Land, dessen Ausführungsrecht gilt
                 * @enum {string}
                 */
                land: 'BW' | 'BY' | 'BE' | 'BB' | 'HB' | 'HH' | 'HE' | 'MV' | 'NI' | 'NW' | 'RP' | 'SL' | 'SN' | 'ST' | 'SH' | 'TH';
                /** @description Gleichzeitig wird Hilfe zur Pflege geleistet (Gesamtfall, § 97 Abs. 4 SGB XII, Art. 82 Abs. 2 AGSG) */
                hilfeZurPflege?: boolean;
                /** @description Kreisschlüssel (fünf Ziffern) des Kreises oder der kreisfreien Stadt des gewöhnlichen Aufenthalts (optional) */
                kreis?: string;
                /**
                 * @description Kind oder Jugendlicher bis zum Ende der Schulzeit, oder erwachsen – wo das Land danach unterscheidet (Hessen, Niedersachsen, Nordrhein-Westfalen, Rheinland-Pfalz, Sachsen)
                 * @enum {string}
                 */
                lebensabschnitt?: 'kindOderSchule' | 'erwachsen';
                /**
                 * @description Leistungsbereich, an dem in Nordrhein-Westfalen die Zuständigkeit für Kinder hängt (optional)
                 * @enum {string}
                 */
                leistungsbereich?:
                  'tagUndNacht' | 'pflegefamilie' | 'heilpaedagogischeTagesstaette' | 'kita' | 'kindertagespflege' | 'fruehfoerderung';
              };
            };
            /** @description § 14-Verfahren (Eingabe der Prüfung zustaendigkeitsklaerung) */
            zustaendigkeitsklaerung?: {
              /**
               * Format: date
               * @description Stichtag des anzuwendenden Rechts; überschreibt die Wahl aus den Daten (optional) (JJJJ-MM-TT)
               */
              rechtsstand?: string;
              /**
               * Format: date
               * @description Eingang des Antrags beim ersten Träger; wählt das Recht (ab 01.01.2018 §§ 14 ff. SGB IX n.F.) (JJJJ-MM-TT)
               */
              antragseingang: string;
              /**
               * @description Land des erstangegangenen Trägers
               * @enum {string}
               */
              landErsterTraeger:
                'BW' | 'BY' | 'BE' | 'BB' | 'HB' | 'HH' | 'HE' | 'MV' | 'NI' | 'NW' | 'RP' | 'SL' | 'SN' | 'ST' | 'SH' | 'TH';
              /** @description Der erste Träger ist für mindestens eine beantragte Leistung zuständig (Standard false) */
              ersterTraegerZustaendig?: boolean;
              /** @description Weiterleitung an den zweiten Träger (§ 14 Abs. 1 Satz 2 SGB IX) */
              weiterleitung?: {
                /**
                 * Format: date
                 * @description Weiterleitung durch den ersten Träger (JJJJ-MM-TT)
                 */
                am: string;
                /**
                 * Format: date
                 * @description Eingang beim zweiten Träger (JJJJ-MM-TT)
                 */
                eingang: string;
                /**
                 * @description Land des zweiten Trägers
                 * @enum {string}
                 */
                land: 'BW' | 'BY' | 'BE' | 'BB' | 'HB' | 'HH' | 'HE' | 'MV' | 'NI' | 'NW' | 'RP' | 'SL' | 'SN' | 'ST' | 'SH' | 'TH';
              };
              /** @description Der zweite Träger versucht, den Antrag zurückzugeben */
              rueckgabe?: {
                /**
                 * Format: date
                 * @description Versuch der Rückgabe (JJJJ-MM-TT)
                 */
                am: string;
              };
              /** @description Weiterleitung durch den zweiten Träger (§ 14 Abs. 3 SGB IX, nur Recht ab 2018) */
              turboklaerung?: {
                /**
                 * Format: date
                 * @description Zweite Weiterleitung (JJJJ-MM-TT)
                 */
                am: string;
                /**
                 * Format: date
                 * @description Eingang beim dritten Träger (JJJJ-MM-TT)
                 */
                eingang: string;
                /**
                 * @description Land des dritten Trägers
                 * @enum {string}
                 */
                land: 'BW' | 'BY' | 'BE' | 'BB' | 'HB' | 'HH' | 'HE' | 'MV' | 'NI' | 'NW' | 'RP' | 'SL' | 'SN' | 'ST' | 'SH' | 'TH';
                /** @description Einvernehmen des dritten Trägers */
                einvernehmen: boolean;
              };
              /** @description Gutachten (§ 17 SGB IX) */
              gutachten?: {
                /**
                 * Format: date
                 * @description Beauftragung des Sachverständigen (JJJJ-MM-TT)
                 */
                beauftragt: string;
                /**
                 * Format: date
                 * @description Gutachten liegt vor (JJJJ-MM-TT)
                 */
                vorliegend?: string;
              };
              /**
               * @description Beteiligung weiterer Träger (§ 15 Abs. 4 SGB IX): keine (Standard), traeger (6 Wochen), teilhabeplankonferenz (2 Monate)
               * @enum {string}
               */
              beteiligung?: 'keine' | 'traeger' | 'teilhabeplankonferenz';
            } | null;
            bemerkung?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              traegerId: string;
              aktenzeichen: string;
              /** Format: uuid */
              personId: string;
              status: 'offen' | 'abgeschlossen';
              aufenthalte: unknown;
              leistungen: unknown;
              antraege: unknown;
              unterbrechungen: unknown;
              zustaendigkeitsangaben: unknown;
              zustaendigkeitsklaerung: unknown | null;
              bemerkung: string | null;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              person: {
                /** Format: uuid */
                id: string;
                traegerId: string;
                pseudonym: string;
                nachname: string;
                vorname: string;
                geburtsdatum: string | null;
                anschrift: {
                  strasse?: string;
                  plz?: string;
                  ort?: string;
                };
                version: number;
                /** Format: date-time */
                erstelltAm: string;
                /** Format: date-time */
                geaendertAm: string;
              };
              zustaendigkeit: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              klaerung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              entscheidungen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              fristen: {
                /** Format: uuid */
                id: string;
                traegerId: string;
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch';
                /** Format: uuid */
                bezugId: string;
                art: string;
                norm: string;
                bezeichnung: string;
                /** Format: date */
                faellig: string;
                betragCent: number | null;
                erledigt: boolean;
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/faelle/{id}/zustaendigkeit-pruefen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Zuständigkeit zu einem Stichtag neu entscheiden lassen */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            stichtag: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              traegerId: string;
              aktenzeichen: string;
              /** Format: uuid */
              personId: string;
              status: 'offen' | 'abgeschlossen';
              aufenthalte: unknown;
              leistungen: unknown;
              antraege: unknown;
              unterbrechungen: unknown;
              zustaendigkeitsangaben: unknown;
              zustaendigkeitsklaerung: unknown | null;
              bemerkung: string | null;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              person: {
                /** Format: uuid */
                id: string;
                traegerId: string;
                pseudonym: string;
                nachname: string;
                vorname: string;
                geburtsdatum: string | null;
                anschrift: {
                  strasse?: string;
                  plz?: string;
                  ort?: string;
                };
                version: number;
                /** Format: date-time */
                erstelltAm: string;
                /** Format: date-time */
                geaendertAm: string;
              };
              zustaendigkeit: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              klaerung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              entscheidungen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              fristen: {
                /** Format: uuid */
                id: string;
                traegerId: string;
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch';
                /** Format: uuid */
                bezugId: string;
                art: string;
                norm: string;
                bezeichnung: string;
                /** Format: date */
                faellig: string;
                betragCent: number | null;
                erledigt: boolean;
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/erstattungsansprueche': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Erstattungsbuch: ausgehende und eingehende Ansprüche */
    get: {
      parameters: {
        query?: {
          richtung?: 'ausgehend' | 'eingehend';
          status?:
            'Entwurf' | 'Angemeldet' | 'Beziffert' | 'Anerkannt' | 'TeilweiseAnerkannt' | 'Abgelehnt' | 'Klage' | 'Bezahlt' | 'Erledigt';
          suche?: string;
          sortierung?: 'aktenzeichen' | '-aktenzeichen' | 'forderung' | '-forderung' | 'geaendert' | '-geaendert' | 'status';
          /** @description Seite (ab 1) */
          seite?: number;
          /** @description Einträge je Seite */
          proSeite?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              eintraege: {
                /** Format: uuid */
                id: string;
                aktenzeichen: string;
                status:
                  | 'Entwurf'
                  | 'Angemeldet'
                  | 'Beziffert'
                  | 'Anerkannt'
                  | 'TeilweiseAnerkannt'
                  | 'Abgelehnt'
                  | 'Klage'
                  | 'Bezahlt'
                  | 'Erledigt';
                anspruchstellerId: string;
                verpflichteterId: string | null;
                verpflichteterExtern: string | null;
                anspruchsgrundlage: string | null;
                forderungCent: number;
                anerkanntCent: number | null;
                geltendmachung: string | null;
                version: number;
                /** Format: date-time */
                geaendertAm: string;
                naechsteFrist: string | null;
                vierAugenOffen: boolean;
              }[];
              gesamt: number;
              seite: number;
              proSeite: number;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Erstattungsanspruch anlegen (Entwurf); Rechtsgrundlage, Betrag und Fristen vom Regelwerk
     * @description Eingabefehler meldet 400 auf einmal: Schemafehler und Widersprüche zwischen Feldern (z. B. Ende vor Beginn) zusammen.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            aktenzeichen: string;
            /** @enum {string} */
            landVerpflichteter?:
              'BW' | 'BY' | 'BE' | 'BB' | 'HB' | 'HH' | 'HE' | 'MV' | 'NI' | 'NW' | 'RP' | 'SL' | 'SN' | 'ST' | 'SH' | 'TH';
            /** @description Eingabe der Prüfung erstattungsanspruch ohne art und leistungen (die kommen aus den Zeiträumen) */
            rechtsgrundlage: {
              /**
               * Format: date
               * @description Beginn der Leistung; wählt das Recht (vor 01.01.2018 § 14 SGB IX a.F., vor 01.01.2020 SGB XII für § 98) (JJJJ-MM-TT)
               */
              leistungsbeginn: string;
              /** @description Das Verfahren nach § 14 SGB IX aus Sicht des zahlenden Trägers */
              verfahren: {
                /**
                 * @description Rolle des zahlenden Trägers: erster, zweiter (nach Weiterleitung), dritter (Turboklärung), vorlaeufig98 (§ 98 Abs. 2 Satz 1 SGB IX), sonstiger
                 * @enum {string}
                 */
                zahlenderTraeger: 'erster' | 'zweiter' | 'dritter' | 'vorlaeufig98' | 'sonstiger';
                /** @description Der erste Träger hat den Antrag weitergeleitet (Standard false) */
                weitergeleitet?: boolean;
                /** @description Die Weiterleitung war rechtzeitig (Standard false) */
                weiterleitungRechtzeitig?: boolean;
                /** @description Der zweite Träger hat versucht, den Antrag zurückzugeben (Standard false) */
                rueckgabeVersucht?: boolean;
                /** @description Der erste Träger war faktisch zur Vorleistung gezwungen (nur altes Recht, Standard false) */
                faktischerZwang?: boolean;
                /** @description Die Rehabilitationsträger haben Abweichendes vereinbart (§ 16 Abs. 4 Satz 1 SGB IX, Standard false) */
                abweichendeVereinbarung?: boolean;
                /** @description Keine Weiterleitung wegen Anhaltspunkten zur Ursache der Behinderung (§ 16 Abs. 4 Satz 2 SGB IX, Standard false) */
                ursacheDerBehinderung?: boolean;
              };
              zahlender: {
                /**
                 * @description Art des zahlenden (erstattungsberechtigten) Trägers
                 * @enum {string}
                 */
                art:
                  | 'egh'
                  | 'sozialhilfe'
                  | 'jugendhilfe'
                  | 'sozialeEntschaedigung'
                  | 'kriegsopferfuersorge'
                  | 'krankenkasse'
                  | 'pflegekasse'
                  | 'rentenversicherung'
                  | 'unfallversicherung'
                  | 'bundesagentur';
              };
              verpflichteter: {
                /**
                 * @description Art des erstattungspflichtigen Trägers
                 * @enum {string}
                 */
                art:
                  | 'egh'
                  | 'sozialhilfe'
                  | 'jugendhilfe'
                  | 'sozialeEntschaedigung'
                  | 'kriegsopferfuersorge'
                  | 'krankenkasse'
                  | 'pflegekasse'
                  | 'rentenversicherung'
                  | 'unfallversicherung'
                  | 'bundesagentur';
                /** @description Für die erbrachten Leistungen insgesamt zuständig (§ 16 Abs. 1 SGB IX); ohne Angabe angenommen */
                insgesamtZustaendig?: boolean;
                /**
                 * Format: date
                 * @description Tag, ab dem der Verpflichtete wusste, dass die Voraussetzungen seiner Leistungspflicht vorlagen (§ 103 Abs. 3, § 105 Abs. 3 SGB X) (JJJJ-MM-TT)
                 */
                kenntnisVoraussetzungen?: string;
                /** @description Was der Verpflichtete selbst geleistet hat, bevor er von der Leistung des anderen Kenntnis erlangte (§§ 103–105 SGB X) (ganze Cent) */
                selbstGeleistetCent?: number;
              };
              /**
               * @description Vorgabe der Grundlage nach SGB X: vorlaeufigGesetzlich (§ 102), nachtraeglichEntfallen (§ 103), nachrang (§ 104), unzustaendig (§ 105)
               * @enum {string}
               */
              grundlage?: 'vorlaeufigGesetzlich' | 'nachtraeglichEntfallen' | 'nachrang' | 'unzustaendig';
              /** @description Angeforderte Auslagen (§ 109 Satz 2 SGB X) (ganze Cent) */
              auslagenCent?: number;
              /** @description Geltend gemachte Verwaltungskosten (werden nie erstattet, § 109 Satz 1 SGB X) (ganze Cent) */
              verwaltungskostenCent?: number;
              /** @description Vereinbarte höhere Bagatellgrenze (§ 110 Satz 3 SGB X); gesetzlich 5000 (ganze Cent) */
              bagatellgrenzeCent?: number;
            };
            leistungszeitraeume: {
              /** Format: date */
              von: string;
              /** Format: date */
              bis: string;
              betragCent: number;
              rechnung?: string | null;
              /** @description Fortlaufende Maßnahme, zu der der Zeitraum gehört (Eingliederungshilfe: ein Leistungsfall nach § 111 SGB X) */
              massnahme?: string | null;
            }[];
            /**
             * @description Leistungsrecht des Verpflichteten; Eingliederungshilfe (Standard): § 111 SGB X je Maßnahme, sonst je Zeitraum
             * @enum {string}
             */
            leistungsrecht?: 'eingliederungshilfe' | 'sozialhilfe' | 'jugendhilfe' | 'krankenversicherung' | 'sonstiges';
            /** @description Ende der Maßnahmen (beendet) oder dass sie noch laufen (laeuft); ohne Angabe endet eine Maßnahme mit ihrem letzten Zeitraum */
            massnahmen?: {
              massnahme: string;
              /** Format: date */
              beendet?: string;
              laeuft?: boolean;
            }[];
            /** Format: date */
            kenntnisEntscheidung?: string | null;
            /** Format: date */
            eingangLeistungsantrag?: string | null;
            zinsantrag?: boolean;
            bemerkung?: string;
            fallId?: string | null;
            verpflichteterId?: string | null;
            verpflichteterExtern?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              anspruchstellerId: string;
              verpflichteterId: string | null;
              verpflichteterExtern: string | null;
              landVerpflichteter: string;
              fallId: string | null;
              personPseudonym: string | null;
              aktenzeichen: string;
              status:
                | 'Entwurf'
                | 'Angemeldet'
                | 'Beziffert'
                | 'Anerkannt'
                | 'TeilweiseAnerkannt'
                | 'Abgelehnt'
                | 'Klage'
                | 'Bezahlt'
                | 'Erledigt';
              /** @description Eingabe der Prüfung erstattungsanspruch ohne Leistungen */
              rechtsgrundlageEingabe: {
                [key: string]: unknown;
              };
              anspruchsgrundlage: string | null;
              forderungCent: number;
              anerkanntCent: number | null;
              kenntnisEntscheidung: string | null;
              geltendmachung: string | null;
              bezifferungAm: string | null;
              eingangLeistungsantrag: string | null;
              zinsantrag: boolean;
              hemmungen: ({
                art: string;
                /** Format: date */
                von?: string;
                /** Format: date */
                bis?: string;
                /** Format: date */
                rechtskraft?: string;
              } & {
                [key: string]: unknown;
              })[];
              leistungsrecht: 'eingliederungshilfe' | 'sozialhilfe' | 'jugendhilfe' | 'krankenversicherung' | 'sonstiges';
              massnahmen: {
                massnahme: string;
                /** Format: date */
                beendet?: string;
                laeuft?: boolean;
              }[];
              neubeginn: string | null;
              vorschlag: {
                entscheidung: 'Anerkannt' | 'TeilweiseAnerkannt' | 'Abgelehnt';
                betragCent?: number;
                begruendung: string;
                vonBenutzerId: string;
                vonName: string;
                /** Format: date */
                am: string;
                forderungCent?: number;
                anspruchVersion?: number;
              } | null;
              bemerkung: string;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              anspruchsteller: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
              };
              verpflichteter: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
              } | null;
              seite: 'anspruchsteller' | 'verpflichteter';
              leistungszeitraeume: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                anspruchId: string;
                /** Format: date */
                von: string;
                /** Format: date */
                bis: string;
                betragCent: number;
                rechnung: string | null;
                massnahme: string | null;
                fristEnde: string | null;
                gewahrt: boolean | null;
                nichtGeltendGemacht: boolean;
              }[];
              zahlungen: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                anspruchId: string;
                /** Format: date */
                datum: string;
                betragCent: number;
                verwendungszweck: string | null;
                erfasstVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              /** @description Summe der erfassten Zahlungen */
              bezahltCent: number;
              /** @description anerkannter Betrag, vor der Anerkennung der geforderte */
              sollCent: number;
              /** @description noch zu zahlen: Soll minus bezahlt, nicht unter 0 */
              offenCent: number;
              /** @description zu viel bezahlt, nach § 112 SGB X zurückzuerstatten */
              ueberzahlungCent: number;
              rechtsgrundlage: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              fristenpruefung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              zinsen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              entscheidungen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              fristen: {
                /** Format: uuid */
                id: string;
                traegerId: string;
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch';
                /** Format: uuid */
                bezugId: string;
                art: string;
                norm: string;
                bezeichnung: string;
                /** Format: date */
                faellig: string;
                betragCent: number | null;
                erledigt: boolean;
              }[];
              /** @description Die Aktionen, die der Benutzer jetzt ausführen kann */
              moeglicheAktionen: string[];
              /** @description Jede Aktion des Arbeitsablaufs: erlaubt oder mit Grund */
              aktionen: {
                /** @description Name der Aktion (Pfad …/:id/<aktion>, vorschlagVerwerfen: vorschlag-verwerfen, zahlung: zahlungen) */
                aktion: string;
                erlaubt: boolean;
                /** @description Warum die Aktion nicht möglich ist (für Menschen) */
                grund?: string;
                /** @description Woran die Aktion scheitert: Sache der anderen Seite, fehlende Rolle, Status oder eine Bedingung der Aktion */
                hindernis?: 'seite' | 'rolle' | 'status' | 'bedingung';
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/erstattungsansprueche/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ein Anspruch mit Zeiträumen, Fristen, Zinsen, Zahlungen und Entscheidungen */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              anspruchstellerId: string;
              verpflichteterId: string | null;
              verpflichteterExtern: string | null;
              landVerpflichteter: string;
              fallId: string | null;
              personPseudonym: string | null;
              aktenzeichen: string;
              status:
                | 'Entwurf'
                | 'Angemeldet'
                | 'Beziffert'
                | 'Anerkannt'
                | 'TeilweiseAnerkannt'
                | 'Abgelehnt'
                | 'Klage'
                | 'Bezahlt'
                | 'Erledigt';
              /** @description Eingabe der Prüfung erstattungsanspruch ohne Leistungen */
              rechtsgrundlageEingabe: {
                [key: string]: unknown;
              };
              anspruchsgrundlage: string | null;
              forderungCent: number;
              anerkanntCent: number | null;
              kenntnisEntscheidung: string | null;
              geltendmachung: string | null;
              bezifferungAm: string | null;
              eingangLeistungsantrag: string | null;
              zinsantrag: boolean;
              hemmungen: ({
                art: string;
                /** Format: date */
                von?: string;
                /** Format: date */
                bis?: string;
                /** Format: date */
                rechtskraft?: string;
              } & {
                [key: string]: unknown;
              })[];
              leistungsrecht: 'eingliederungshilfe' | 'sozialhilfe' | 'jugendhilfe' | 'krankenversicherung' | 'sonstiges';
              massnahmen: {
                massnahme: string;
                /** Format: date */
                beendet?: string;
                laeuft?: boolean;
              }[];
              neubeginn: string | null;
              vorschlag: {
                entscheidung: 'Anerkannt' | 'TeilweiseAnerkannt' | 'Abgelehnt';
                betragCent?: number;
                begruendung: string;
                vonBenutzerId: string;
                vonName: string;
                /** Format: date */
                am: string;
                forderungCent?: number;
                anspruchVersion?: number;
              } | null;
              bemerkung: string;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              anspruchsteller: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
              };
              verpflichteter: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
              } | null;
              seite: 'anspruchsteller' | 'verpflichteter';
              leistungszeitraeume: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                anspruchId: string;
                /** Format: date */
                von: string;
                /** Format: date */
                bis: string;
                betragCent: number;
                rechnung: string | null;
                massnahme: string | null;
                fristEnde: string | null;
                gewahrt: boolean | null;
                nichtGeltendGemacht: boolean;
              }[];
              zahlungen: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                anspruchId: string;
                /** Format: date */
                datum: string;
                betragCent: number;
                verwendungszweck: string | null;
                erfasstVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              /** @description Summe der erfassten Zahlungen */
              bezahltCent: number;
              /** @description anerkannter Betrag, vor der Anerkennung der geforderte */
              sollCent: number;
              /** @description noch zu zahlen: Soll minus bezahlt, nicht unter 0 */
              offenCent: number;
              /** @description zu viel bezahlt, nach § 112 SGB X zurückzuerstatten */
              ueberzahlungCent: number;
              rechtsgrundlage: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              fristenpruefung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              zinsen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              entscheidungen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              fristen: {
                /** Format: uuid */
                id: string;
                traegerId: string;
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch';
                /** Format: uuid */
                bezugId: string;
                art: string;
                norm: string;
                bezeichnung: string;
                /** Format: date */
                faellig: string;
                betragCent: number | null;
                erledigt: boolean;
              }[];
              /** @description Die Aktionen, die der Benutzer jetzt ausführen kann */
              moeglicheAktionen: string[];
              /** @description Jede Aktion des Arbeitsablaufs: erlaubt oder mit Grund */
              aktionen: {
                /** @description Name der Aktion (Pfad …/:id/<aktion>, vorschlagVerwerfen: vorschlag-verwerfen, zahlung: zahlungen) */
                aktion: string;
                erlaubt: boolean;
                /** @description Warum die Aktion nicht möglich ist (für Menschen) */
                grund?: string;
                /** @description Woran die Aktion scheitert: Sache der anderen Seite, fehlende Rolle, Status oder eine Bedingung der Aktion */
                hindernis?: 'seite' | 'rolle' | 'status' | 'bedingung';
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Anspruch ändern (If-Match); die Bemerkung dürfen beide Parteien ändern */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            aktenzeichen?: string;
            /** @enum {string} */
            landVerpflichteter?:
              'BW' | 'BY' | 'BE' | 'BB' | 'HB' | 'HH' | 'HE' | 'MV' | 'NI' | 'NW' | 'RP' | 'SL' | 'SN' | 'ST' | 'SH' | 'TH';
            /** @description Eingabe der Prüfung erstattungsanspruch ohne art und leistungen (die kommen aus den Zeiträumen) */
            rechtsgrundlage?: {
              /**
               * Format: date
               * @description Beginn der Leistung; wählt das Recht (vor 01.01.2018 § 14 SGB IX a.F., vor 01.01.2020 SGB XII für § 98) (JJJJ-MM-TT)
               */
              leistungsbeginn: string;
              /** @description Das Verfahren nach § 14 SGB IX aus Sicht des zahlenden Trägers */
              verfahren: {
                /**
                 * @description Rolle des zahlenden Trägers: erster, zweiter (nach Weiterleitung), dritter (Turboklärung), vorlaeufig98 (§ 98 Abs. 2 Satz 1 SGB IX), sonstiger
                 * @enum {string}
                 */
                zahlenderTraeger: 'erster' | 'zweiter' | 'dritter' | 'vorlaeufig98' | 'sonstiger';
                /** @description Der erste Träger hat den Antrag weitergeleitet (Standard false) */
                weitergeleitet?: boolean;
                /** @description Die Weiterleitung war rechtzeitig (Standard false) */
                weiterleitungRechtzeitig?: boolean;
                /** @description Der zweite Träger hat versucht, den Antrag zurückzugeben (Standard false) */
                rueckgabeVersucht?: boolean;
                /** @description Der erste Träger war faktisch zur Vorleistung gezwungen (nur altes Recht, Standard false) */
                faktischerZwang?: boolean;
                /** @description Die Rehabilitationsträger haben Abweichendes vereinbart (§ 16 Abs. 4 Satz 1 SGB IX, Standard false) */
                abweichendeVereinbarung?: boolean;
                /** @description Keine Weiterleitung wegen Anhaltspunkten zur Ursache der Behinderung (§ 16 Abs. 4 Satz 2 SGB IX, Standard false) */
                ursacheDerBehinderung?: boolean;
              };
              zahlender: {
                /**
                 * @description Art des zahlenden (erstattungsberechtigten) Trägers
                 * @enum {string}
                 */
                art:
                  | 'egh'
                  | 'sozialhilfe'
                  | 'jugendhilfe'
                  | 'sozialeEntschaedigung'
                  | 'kriegsopferfuersorge'
                  | 'krankenkasse'
                  | 'pflegekasse'
                  | 'rentenversicherung'
                  | 'unfallversicherung'
                  | 'bundesagentur';
              };
              verpflichteter: {
                /**
                 * @description Art des erstattungspflichtigen Trägers
                 * @enum {string}
                 */
                art:
                  | 'egh'
                  | 'sozialhilfe'
                  | 'jugendhilfe'
                  | 'sozialeEntschaedigung'
                  | 'kriegsopferfuersorge'
                  | 'krankenkasse'
                  | 'pflegekasse'
                  | 'rentenversicherung'
                  | 'unfallversicherung'
                  | 'bundesagentur';
                /** @description Für die erbrachten Leistungen insgesamt zuständig (§ 16 Abs. 1 SGB IX); ohne Angabe angenommen */
                insgesamtZustaendig?: boolean;
                /**
                 * Format: date
                 * @description Tag, ab dem der Verpflichtete wusste, dass die Voraussetzungen seiner Leistungspflicht vorlagen (§ 103 Abs. 3, § 105 Abs. 3 SGB X) (JJJJ-MM-TT)
                 */
                kenntnisVoraussetzungen?: string;
                /** @description Was der Verpflichtete selbst geleistet hat, bevor er von der Leistung des anderen Kenntnis erlangte (§§ 103–105 SGB X) (ganze Cent) */
                selbstGeleistetCent?: number;
              };
              /**
               * @description Vorgabe der Grundlage nach SGB X: vorlaeufigGesetzlich (§ 102), nachtraeglichEntfallen (§ 103), nachrang (§ 104), unzustaendig (§ 105)
               * @enum {string}
               */
              grundlage?: 'vorlaeufigGesetzlich' | 'nachtraeglichEntfallen' | 'nachrang' | 'unzustaendig';
              /** @description Angeforderte Auslagen (§ 109 Satz 2 SGB X) (ganze Cent) */
              auslagenCent?: number;
              /** @description Geltend gemachte Verwaltungskosten (werden nie erstattet, § 109 Satz 1 SGB X) (ganze Cent) */
              verwaltungskostenCent?: number;
              /** @description Vereinbarte höhere Bagatellgrenze (§ 110 Satz 3 SGB X); gesetzlich 5000 (ganze Cent) */
              bagatellgrenzeCent?: number;
            };
            leistungszeitraeume?: {
              /** Format: date */
              von: string;
              /** Format: date */
              bis: string;
              betragCent: number;
              rechnung?: string | null;
              /** @description Fortlaufende Maßnahme, zu der der Zeitraum gehört (Eingliederungshilfe: ein Leistungsfall nach § 111 SGB X) */
              massnahme?: string | null;
            }[];
            /**
             * @description Leistungsrecht des Verpflichteten; Eingliederungshilfe (Standard): § 111 SGB X je Maßnahme, sonst je Zeitraum
             * @enum {string}
             */
            leistungsrecht?: 'eingliederungshilfe' | 'sozialhilfe' | 'jugendhilfe' | 'krankenversicherung' | 'sonstiges';
            /** @description Ende der Maßnahmen (beendet) oder dass sie noch laufen (laeuft); ohne Angabe endet eine Maßnahme mit ihrem letzten Zeitraum */
            massnahmen?: {
              massnahme: string;
              /** Format: date */
              beendet?: string;
              laeuft?: boolean;
            }[];
            /** Format: date */
            kenntnisEntscheidung?: string | null;
            /** Format: date */
            eingangLeistungsantrag?: string | null;
            zinsantrag?: boolean;
            bemerkung?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              anspruchstellerId: string;
              verpflichteterId: string | null;
              verpflichteterExtern: string | null;
              landVerpflichteter: string;
              fallId: string | null;
              personPseudonym: string | null;
              aktenzeichen: string;
              status:
                | 'Entwurf'
                | 'Angemeldet'
                | 'Beziffert'
                | 'Anerkannt'
                | 'TeilweiseAnerkannt'
                | 'Abgelehnt'
                | 'Klage'
                | 'Bezahlt'
                | 'Erledigt';
              /** @description Eingabe der Prüfung erstattungsanspruch ohne Leistungen */
              rechtsgrundlageEingabe: {
                [key: string]: unknown;
              };
              anspruchsgrundlage: string | null;
              forderungCent: number;
              anerkanntCent: number | null;
              kenntnisEntscheidung: string | null;
              geltendmachung: string | null;
              bezifferungAm: string | null;
              eingangLeistungsantrag: string | null;
              zinsantrag: boolean;
              hemmungen: ({
                art: string;
                /** Format: date */
                von?: string;
                /** Format: date */
                bis?: string;
                /** Format: date */
                rechtskraft?: string;
              } & {
                [key: string]: unknown;
              })[];
              leistungsrecht: 'eingliederungshilfe' | 'sozialhilfe' | 'jugendhilfe' | 'krankenversicherung' | 'sonstiges';
              massnahmen: {
                massnahme: string;
                /** Format: date */
                beendet?: string;
                laeuft?: boolean;
              }[];
              neubeginn: string | null;
              vorschlag: {
                entscheidung: 'Anerkannt' | 'TeilweiseAnerkannt' | 'Abgelehnt';
                betragCent?: number;
                begruendung: string;
                vonBenutzerId: string;
                vonName: string;
                /** Format: date */
                am: string;
                forderungCent?: number;
                anspruchVersion?: number;
              } | null;
              bemerkung: string;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              anspruchsteller: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
              };
              verpflichteter: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
              } | null;
              seite: 'anspruchsteller' | 'verpflichteter';
              leistungszeitraeume: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                anspruchId: string;
                /** Format: date */
                von: string;
                /** Format: date */
                bis: string;
                betragCent: number;
                rechnung: string | null;
                massnahme: string | null;
                fristEnde: string | null;
                gewahrt: boolean | null;
                nichtGeltendGemacht: boolean;
              }[];
              zahlungen: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                anspruchId: string;
                /** Format: date */
                datum: string;
                betragCent: number;
                verwendungszweck: string | null;
                erfasstVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              /** @description Summe der erfassten Zahlungen */
              bezahltCent: number;
              /** @description anerkannter Betrag, vor der Anerkennung der geforderte */
              sollCent: number;
              /** @description noch zu zahlen: Soll minus bezahlt, nicht unter 0 */
              offenCent: number;
              /** @description zu viel bezahlt, nach § 112 SGB X zurückzuerstatten */
              ueberzahlungCent: number;
              rechtsgrundlage: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              fristenpruefung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              zinsen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              entscheidungen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              fristen: {
                /** Format: uuid */
                id: string;
                traegerId: string;
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch';
                /** Format: uuid */
                bezugId: string;
                art: string;
                norm: string;
                bezeichnung: string;
                /** Format: date */
                faellig: string;
                betragCent: number | null;
                erledigt: boolean;
              }[];
              /** @description Die Aktionen, die der Benutzer jetzt ausführen kann */
              moeglicheAktionen: string[];
              /** @description Jede Aktion des Arbeitsablaufs: erlaubt oder mit Grund */
              aktionen: {
                /** @description Name der Aktion (Pfad …/:id/<aktion>, vorschlagVerwerfen: vorschlag-verwerfen, zahlung: zahlungen) */
                aktion: string;
                erlaubt: boolean;
                /** @description Warum die Aktion nicht möglich ist (für Menschen) */
                grund?: string;
                /** @description Woran die Aktion scheitert: Sache der anderen Seite, fehlende Rolle, Status oder eine Bedingung der Aktion */
                hindernis?: 'seite' | 'rolle' | 'status' | 'bedingung';
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/erstattungsansprueche/{id}/anmelden': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Anspruch anmelden (Geltendmachung, wahrt § 111 SGB X) (If-Match) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            am?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              anspruchstellerId: string;
              verpflichteterId: string | null;
              verpflichteterExtern: string | null;
              landVerpflichteter: string;
              fallId: string | null;
              personPseudonym: string | null;
              aktenzeichen: string;
              status:
                | 'Entwurf'
                | 'Angemeldet'
                | 'Beziffert'
                | 'Anerkannt'
                | 'TeilweiseAnerkannt'
                | 'Abgelehnt'
                | 'Klage'
                | 'Bezahlt'
                | 'Erledigt';
              /** @description Eingabe der Prüfung erstattungsanspruch ohne Leistungen */
              rechtsgrundlageEingabe: {
                [key: string]: unknown;
              };
              anspruchsgrundlage: string | null;
              forderungCent: number;
              anerkanntCent: number | null;
              kenntnisEntscheidung: string | null;
              geltendmachung: string | null;
              bezifferungAm: string | null;
              eingangLeistungsantrag: string | null;
              zinsantrag: boolean;
              hemmungen: ({
                art: string;
                /** Format: date */
                von?: string;
                /** Format: date */
                bis?: string;
                /** Format: date */
                rechtskraft?: string;
              } & {
                [key: string]: unknown;
              })[];
              leistungsrecht: 'eingliederungshilfe' | 'sozialhilfe' | 'jugendhilfe' | 'krankenversicherung' | 'sonstiges';
              massnahmen: {
                massnahme: string;
                /** Format: date */
                beendet?: string;
                laeuft?: boolean;
              }[];
              neubeginn: string | null;
              vorschlag: {
                entscheidung: 'Anerkannt' | 'TeilweiseAnerkannt' | 'Abgelehnt';
                betragCent?: number;
                begruendung: string;
                vonBenutzerId: string;
                vonName: string;
                /** Format: date */
                am: string;
                forderungCent?: number;
                anspruchVersion?: number;
              } | null;
              bemerkung: string;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              anspruchsteller: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
              };
              verpflichteter: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
              } | null;
              seite: 'anspruchsteller' | 'verpflichteter';
              leistungszeitraeume: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                anspruchId: string;
                /** Format: date */
                von: string;
                /** Format: date */
                bis: string;
                betragCent: number;
                rechnung: string | null;
                massnahme: string | null;
                fristEnde: string | null;
                gewahrt: boolean | null;
                nichtGeltendGemacht: boolean;
              }[];
              zahlungen: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                anspruchId: string;
                /** Format: date */
                datum: string;
                betragCent: number;
                verwendungszweck: string | null;
                erfasstVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              /** @description Summe der erfassten Zahlungen */
              bezahltCent: number;
              /** @description anerkannter Betrag, vor der Anerkennung der geforderte */
              sollCent: number;
              /** @description noch zu zahlen: Soll minus bezahlt, nicht unter 0 */
              offenCent: number;
              /** @description zu viel bezahlt, nach § 112 SGB X zurückzuerstatten */
              ueberzahlungCent: number;
              rechtsgrundlage: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              fristenpruefung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              zinsen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              entscheidungen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              fristen: {
                /** Format: uuid */
                id: string;
                traegerId: string;
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch';
                /** Format: uuid */
                bezugId: string;
                art: string;
                norm: string;
                bezeichnung: string;
                /** Format: date */
                faellig: string;
                betragCent: number | null;
                erledigt: boolean;
              }[];
              /** @description Die Aktionen, die der Benutzer jetzt ausführen kann */
              moeglicheAktionen: string[];
              /** @description Jede Aktion des Arbeitsablaufs: erlaubt oder mit Grund */
              aktionen: {
                /** @description Name der Aktion (Pfad …/:id/<aktion>, vorschlagVerwerfen: vorschlag-verwerfen, zahlung: zahlungen) */
                aktion: string;
                erlaubt: boolean;
                /** @description Warum die Aktion nicht möglich ist (für Menschen) */
                grund?: string;
                /** @description Woran die Aktion scheitert: Sache der anderen Seite, fehlende Rolle, Status oder eine Bedingung der Aktion */
                hindernis?: 'seite' | 'rolle' | 'status' | 'bedingung';
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/erstattungsansprueche/{id}/beziffern': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Anspruch beziffern (vollständiger Erstattungsantrag, § 108 Abs. 2 SGB X) (If-Match) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            am?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              anspruchstellerId: string;
              verpflichteterId: string | null;
              verpflichteterExtern: string | null;
              landVerpflichteter: string;
              fallId: string | null;
              personPseudonym: string | null;
              aktenzeichen: string;
              status:
                | 'Entwurf'
                | 'Angemeldet'
                | 'Beziffert'
                | 'Anerkannt'
                | 'TeilweiseAnerkannt'
                | 'Abgelehnt'
                | 'Klage'
                | 'Bezahlt'
                | 'Erledigt';
              /** @description Eingabe der Prüfung erstattungsanspruch ohne Leistungen */
              rechtsgrundlageEingabe: {
                [key: string]: unknown;
              };
              anspruchsgrundlage: string | null;
              forderungCent: number;
              anerkanntCent: number | null;
              kenntnisEntscheidung: string | null;
              geltendmachung: string | null;
              bezifferungAm: string | null;
              eingangLeistungsantrag: string | null;
              zinsantrag: boolean;
              hemmungen: ({
                art: string;
                /** Format: date */
                von?: string;
                /** Format: date */
                bis?: string;
                /** Format: date */
                rechtskraft?: string;
              } & {
                [key: string]: unknown;
              })[];
              leistungsrecht: 'eingliederungshilfe' | 'sozialhilfe' | 'jugendhilfe' | 'krankenversicherung' | 'sonstiges';
              massnahmen: {
                massnahme: string;
                /** Format: date */
                beendet?: string;
                laeuft?: boolean;
              }[];
              neubeginn: string | null;
              vorschlag: {
                entscheidung: 'Anerkannt' | 'TeilweiseAnerkannt' | 'Abgelehnt';
                betragCent?: number;
                begruendung: string;
                vonBenutzerId: string;
                vonName: string;
                /** Format: date */
                am: string;
                forderungCent?: number;
                anspruchVersion?: number;
              } | null;
              bemerkung: string;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              anspruchsteller: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
              };
              verpflichteter: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
              } | null;
              seite: 'anspruchsteller' | 'verpflichteter';
              leistungszeitraeume: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                anspruchId: string;
                /** Format: date */
                von: string;
                /** Format: date */
                bis: string;
                betragCent: number;
                rechnung: string | null;
                massnahme: string | null;
                fristEnde: string | null;
                gewahrt: boolean | null;
                nichtGeltendGemacht: boolean;
              }[];
              zahlungen: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                anspruchId: string;
                /** Format: date */
                datum: string;
                betragCent: number;
                verwendungszweck: string | null;
                erfasstVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              /** @description Summe der erfassten Zahlungen */
              bezahltCent: number;
              /** @description anerkannter Betrag, vor der Anerkennung der geforderte */
              sollCent: number;
              /** @description noch zu zahlen: Soll minus bezahlt, nicht unter 0 */
              offenCent: number;
              /** @description zu viel bezahlt, nach § 112 SGB X zurückzuerstatten */
              ueberzahlungCent: number;
              rechtsgrundlage: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              fristenpruefung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              zinsen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              entscheidungen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              fristen: {
                /** Format: uuid */
                id: string;
                traegerId: string;
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch';
                /** Format: uuid */
                bezugId: string;
                art: string;
                norm: string;
                bezeichnung: string;
                /** Format: date */
                faellig: string;
                betragCent: number | null;
                erledigt: boolean;
              }[];
              /** @description Die Aktionen, die der Benutzer jetzt ausführen kann */
              moeglicheAktionen: string[];
              /** @description Jede Aktion des Arbeitsablaufs: erlaubt oder mit Grund */
              aktionen: {
                /** @description Name der Aktion (Pfad …/:id/<aktion>, vorschlagVerwerfen: vorschlag-verwerfen, zahlung: zahlungen) */
                aktion: string;
                erlaubt: boolean;
                /** @description Warum die Aktion nicht möglich ist (für Menschen) */
                grund?: string;
                /** @description Woran die Aktion scheitert: Sache der anderen Seite, fehlende Rolle, Status oder eine Bedingung der Aktion */
                hindernis?: 'seite' | 'rolle' | 'status' | 'bedingung';
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/erstattungsansprueche/{id}/vorschlagen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Entscheidung vorschlagen (Verpflichteter; Vier-Augen-Prinzip) (If-Match) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            entscheidung: 'Anerkannt' | 'TeilweiseAnerkannt' | 'Abgelehnt';
            betragCent?: number;
            begruendung: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              anspruchstellerId: string;
              verpflichteterId: string | null;
              verpflichteterExtern: string | null;
              landVerpflichteter: string;
              fallId: string | null;
              personPseudonym: string | null;
              aktenzeichen: string;
              status:
                | 'Entwurf'
                | 'Angemeldet'
                | 'Beziffert'
                | 'Anerkannt'
                | 'TeilweiseAnerkannt'
                | 'Abgelehnt'
                | 'Klage'
                | 'Bezahlt'
                | 'Erledigt';
              /** @description Eingabe der Prüfung erstattungsanspruch ohne Leistungen */
              rechtsgrundlageEingabe: {
                [key: string]: unknown;
              };
              anspruchsgrundlage: string | null;
              forderungCent: number;
              anerkanntCent: number | null;
              kenntnisEntscheidung: string | null;
              geltendmachung: string | null;
              bezifferungAm: string | null;
              eingangLeistungsantrag: string | null;
              zinsantrag: boolean;
              hemmungen: ({
                art: string;
                /** Format: date */
                von?: string;
                /** Format: date */
                bis?: string;
                /** Format: date */
                rechtskraft?: string;
              } & {
                [key: string]: unknown;
              })[];
              leistungsrecht: 'eingliederungshilfe' | 'sozialhilfe' | 'jugendhilfe' | 'krankenversicherung' | 'sonstiges';
              massnahmen: {
                massnahme: string;
                /** Format: date */
                beendet?: string;
                laeuft?: boolean;
              }[];
              neubeginn: string | null;
              vorschlag: {
                entscheidung: 'Anerkannt' | 'TeilweiseAnerkannt' | 'Abgelehnt';
                betragCent?: number;
                begruendung: string;
                vonBenutzerId: string;
                vonName: string;
                /** Format: date */
                am: string;
                forderungCent?: number;
                anspruchVersion?: number;
              } | null;
              bemerkung: string;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              anspruchsteller: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
              };
              verpflichteter: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
              } | null;
              seite: 'anspruchsteller' | 'verpflichteter';
              leistungszeitraeume: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                anspruchId: string;
                /** Format: date */
                von: string;
                /** Format: date */
                bis: string;
                betragCent: number;
                rechnung: string | null;
                massnahme: string | null;
                fristEnde: string | null;
                gewahrt: boolean | null;
                nichtGeltendGemacht: boolean;
              }[];
              zahlungen: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                anspruchId: string;
                /** Format: date */
                datum: string;
                betragCent: number;
                verwendungszweck: string | null;
                erfasstVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              /** @description Summe der erfassten Zahlungen */
              bezahltCent: number;
              /** @description anerkannter Betrag, vor der Anerkennung der geforderte */
              sollCent: number;
              /** @description noch zu zahlen: Soll minus bezahlt, nicht unter 0 */
              offenCent: number;
              /** @description zu viel bezahlt, nach § 112 SGB X zurückzuerstatten */
              ueberzahlungCent: number;
              rechtsgrundlage: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              fristenpruefung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              zinsen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              entscheidungen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              fristen: {
                /** Format: uuid */
                id: string;
                traegerId: string;
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch';
                /** Format: uuid */
                bezugId: string;
                art: string;
                norm: string;
                bezeichnung: string;
                /** Format: date */
                faellig: string;
                betragCent: number | null;
                erledigt: boolean;
              }[];
              /** @description Die Aktionen, die der Benutzer jetzt ausführen kann */
              moeglicheAktionen: string[];
              /** @description Jede Aktion des Arbeitsablaufs: erlaubt oder mit Grund */
              aktionen: {
                /** @description Name der Aktion (Pfad …/:id/<aktion>, vorschlagVerwerfen: vorschlag-verwerfen, zahlung: zahlungen) */
                aktion: string;
                erlaubt: boolean;
                /** @description Warum die Aktion nicht möglich ist (für Menschen) */
                grund?: string;
                /** @description Woran die Aktion scheitert: Sache der anderen Seite, fehlende Rolle, Status oder eine Bedingung der Aktion */
                hindernis?: 'seite' | 'rolle' | 'status' | 'bedingung';
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/erstattungsansprueche/{id}/freigeben': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Vorschlag freigeben (Leitung, andere Person als der Vorschlagende) (If-Match) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              anspruchstellerId: string;
              verpflichteterId: string | null;
              verpflichteterExtern: string | null;
              landVerpflichteter: string;
              fallId: string | null;
              personPseudonym: string | null;
              aktenzeichen: string;
              status:
                | 'Entwurf'
                | 'Angemeldet'
                | 'Beziffert'
                | 'Anerkannt'
                | 'TeilweiseAnerkannt'
                | 'Abgelehnt'
                | 'Klage'
                | 'Bezahlt'
                | 'Erledigt';
              /** @description Eingabe der Prüfung erstattungsanspruch ohne Leistungen */
              rechtsgrundlageEingabe: {
                [key: string]: unknown;
              };
              anspruchsgrundlage: string | null;
              forderungCent: number;
              anerkanntCent: number | null;
              kenntnisEntscheidung: string | null;
              geltendmachung: string | null;
              bezifferungAm: string | null;
              eingangLeistungsantrag: string | null;
              zinsantrag: boolean;
              hemmungen: ({
                art: string;
                /** Format: date */
                von?: string;
                /** Format: date */
                bis?: string;
                /** Format: date */
                rechtskraft?: string;
              } & {
                [key: string]: unknown;
              })[];
              leistungsrecht: 'eingliederungshilfe' | 'sozialhilfe' | 'jugendhilfe' | 'krankenversicherung' | 'sonstiges';
              massnahmen: {
                massnahme: string;
                /** Format: date */
                beendet?: string;
                laeuft?: boolean;
              }[];
              neubeginn: string | null;
              vorschlag: {
                entscheidung: 'Anerkannt' | 'TeilweiseAnerkannt' | 'Abgelehnt';
                betragCent?: number;
                begruendung: string;
                vonBenutzerId: string;
                vonName: string;
                /** Format: date */
                am: string;
                forderungCent?: number;
                anspruchVersion?: number;
              } | null;
              bemerkung: string;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              anspruchsteller: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
              };
              verpflichteter: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
              } | null;
              seite: 'anspruchsteller' | 'verpflichteter';
              leistungszeitraeume: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                anspruchId: string;
                /** Format: date */
                von: string;
                /** Format: date */
                bis: string;
                betragCent: number;
                rechnung: string | null;
                massnahme: string | null;
                fristEnde: string | null;
                gewahrt: boolean | null;
                nichtGeltendGemacht: boolean;
              }[];
              zahlungen: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                anspruchId: string;
                /** Format: date */
                datum: string;
                betragCent: number;
                verwendungszweck: string | null;
                erfasstVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              /** @description Summe der erfassten Zahlungen */
              bezahltCent: number;
              /** @description anerkannter Betrag, vor der Anerkennung der geforderte */
              sollCent: number;
              /** @description noch zu zahlen: Soll minus bezahlt, nicht unter 0 */
              offenCent: number;
              /** @description zu viel bezahlt, nach § 112 SGB X zurückzuerstatten */
              ueberzahlungCent: number;
              rechtsgrundlage: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              fristenpruefung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              zinsen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              entscheidungen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              fristen: {
                /** Format: uuid */
                id: string;
                traegerId: string;
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch';
                /** Format: uuid */
                bezugId: string;
                art: string;
                norm: string;
                bezeichnung: string;
                /** Format: date */
                faellig: string;
                betragCent: number | null;
                erledigt: boolean;
              }[];
              /** @description Die Aktionen, die der Benutzer jetzt ausführen kann */
              moeglicheAktionen: string[];
              /** @description Jede Aktion des Arbeitsablaufs: erlaubt oder mit Grund */
              aktionen: {
                /** @description Name der Aktion (Pfad …/:id/<aktion>, vorschlagVerwerfen: vorschlag-verwerfen, zahlung: zahlungen) */
                aktion: string;
                erlaubt: boolean;
                /** @description Warum die Aktion nicht möglich ist (für Menschen) */
                grund?: string;
                /** @description Woran die Aktion scheitert: Sache der anderen Seite, fehlende Rolle, Status oder eine Bedingung der Aktion */
                hindernis?: 'seite' | 'rolle' | 'status' | 'bedingung';
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/erstattungsansprueche/{id}/vorschlag-verwerfen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Vorschlag verwerfen (If-Match) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            begruendung?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              anspruchstellerId: string;
              verpflichteterId: string | null;
              verpflichteterExtern: string | null;
              landVerpflichteter: string;
              fallId: string | null;
              personPseudonym: string | null;
              aktenzeichen: string;
              status:
                | 'Entwurf'
                | 'Angemeldet'
                | 'Beziffert'
                | 'Anerkannt'
                | 'TeilweiseAnerkannt'
                | 'Abgelehnt'
                | 'Klage'
                | 'Bezahlt'
                | 'Erledigt';
              /** @description Eingabe der Prüfung erstattungsanspruch ohne Leistungen */
              rechtsgrundlageEingabe: {
                [key: string]: unknown;
              };
              anspruchsgrundlage: string | null;
              forderungCent: number;
              anerkanntCent: number | null;
              kenntnisEntscheidung: string | null;
              geltendmachung: string | null;
              bezifferungAm: string | null;
              eingangLeistungsantrag: string | null;
              zinsantrag: boolean;
              hemmungen: ({
                art: string;
                /** Format: date */
                von?: string;
                /** Format: date */
                bis?: string;
                /** Format: date */
                rechtskraft?: string;
              } & {
                [key: string]: unknown;
              })[];
              leistungsrecht: 'eingliederungshilfe' | 'sozialhilfe' | 'jugendhilfe' | 'krankenversicherung' | 'sonstiges';
              massnahmen: {
                massnahme: string;
                /** Format: date */
                beendet?: string;
                laeuft?: boolean;
              }[];
              neubeginn: string | null;
              vorschlag: {
                entscheidung: 'Anerkannt' | 'TeilweiseAnerkannt' | 'Abgelehnt';
                betragCent?: number;
                begruendung: string;
                vonBenutzerId: string;
                vonName: string;
                /** Format: date */
                am: string;
                forderungCent?: number;
                anspruchVersion?: number;
              } | null;
              bemerkung: string;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              anspruchsteller: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
              };
              verpflichteter: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
              } | null;
              seite: 'anspruchsteller' | 'verpflichteter';
              leistungszeitraeume: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                anspruchId: string;
                /** Format: date */
                von: string;
                /** Format: date */
                bis: string;
                betragCent: number;
                rechnung: string | null;
                massnahme: string | null;
                fristEnde: string | null;
                gewahrt: boolean | null;
                nichtGeltendGemacht: boolean;
              }[];
              zahlungen: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                anspruchId: string;
                /** Format: date */
                datum: string;
                betragCent: number;
                verwendungszweck: string | null;
                erfasstVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              /** @description Summe der erfassten Zahlungen */
              bezahltCent: number;
              /** @description anerkannter Betrag, vor der Anerkennung der geforderte */
              sollCent: number;
              /** @description noch zu zahlen: Soll minus bezahlt, nicht unter 0 */
              offenCent: number;
              /** @description zu viel bezahlt, nach § 112 SGB X zurückzuerstatten */
              ueberzahlungCent: number;
              rechtsgrundlage: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              fristenpruefung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              zinsen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              entscheidungen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              fristen: {
                /** Format: uuid */
                id: string;
                traegerId: string;
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch';
                /** Format: uuid */
                bezugId: string;
                art: string;
                norm: string;
                bezeichnung: string;
                /** Format: date */
                faellig: string;
                betragCent: number | null;
                erledigt: boolean;
              }[];
              /** @description Die Aktionen, die der Benutzer jetzt ausführen kann */
              moeglicheAktionen: string[];
              /** @description Jede Aktion des Arbeitsablaufs: erlaubt oder mit Grund */
              aktionen: {
                /** @description Name der Aktion (Pfad …/:id/<aktion>, vorschlagVerwerfen: vorschlag-verwerfen, zahlung: zahlungen) */
                aktion: string;
                erlaubt: boolean;
                /** @description Warum die Aktion nicht möglich ist (für Menschen) */
                grund?: string;
                /** @description Woran die Aktion scheitert: Sache der anderen Seite, fehlende Rolle, Status oder eine Bedingung der Aktion */
                hindernis?: 'seite' | 'rolle' | 'status' | 'bedingung';
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/erstattungsansprueche/{id}/klagen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Klage erhoben (hemmt § 113 SGB X) (If-Match) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            am: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              anspruchstellerId: string;
              verpflichteterId: string | null;
              verpflichteterExtern: string | null;
              landVerpflichteter: string;
              fallId: string | null;
              personPseudonym: string | null;
              aktenzeichen: string;
              status:
                | 'Entwurf'
                | 'Angemeldet'
                | 'Beziffert'
                | 'Anerkannt'
                | 'TeilweiseAnerkannt'
                | 'Abgelehnt'
                | 'Klage'
                | 'Bezahlt'
                | 'Erledigt';
              /** @description Eingabe der Prüfung erstattungsanspruch ohne Leistungen */
              rechtsgrundlageEingabe: {
                [key: string]: unknown;
              };
              anspruchsgrundlage: string | null;
              forderungCent: number;
              anerkanntCent: number | null;
              kenntnisEntscheidung: string | null;
              geltendmachung: string | null;
              bezifferungAm: string | null;
              eingangLeistungsantrag: string | null;
              zinsantrag: boolean;
              hemmungen: ({
                art: string;
                /** Format: date */
                von?: string;
                /** Format: date */
                bis?: string;
                /** Format: date */
                rechtskraft?: string;
              } & {
                [key: string]: unknown;
              })[];
              leistungsrecht: 'eingliederungshilfe' | 'sozialhilfe' | 'jugendhilfe' | 'krankenversicherung' | 'sonstiges';
              massnahmen: {
                massnahme: string;
                /** Format: date */
                beendet?: string;
                laeuft?: boolean;
              }[];
              neubeginn: string | null;
              vorschlag: {
                entscheidung: 'Anerkannt' | 'TeilweiseAnerkannt' | 'Abgelehnt';
                betragCent?: number;
                begruendung: string;
                vonBenutzerId: string;
                vonName: string;
                /** Format: date */
                am: string;
                forderungCent?: number;
                anspruchVersion?: number;
              } | null;
              bemerkung: string;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              anspruchsteller: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
              };
              verpflichteter: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
              } | null;
              seite: 'anspruchsteller' | 'verpflichteter';
              leistungszeitraeume: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                anspruchId: string;
                /** Format: date */
                von: string;
                /** Format: date */
                bis: string;
                betragCent: number;
                rechnung: string | null;
                massnahme: string | null;
                fristEnde: string | null;
                gewahrt: boolean | null;
                nichtGeltendGemacht: boolean;
              }[];
              zahlungen: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                anspruchId: string;
                /** Format: date */
                datum: string;
                betragCent: number;
                verwendungszweck: string | null;
                erfasstVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              /** @description Summe der erfassten Zahlungen */
              bezahltCent: number;
              /** @description anerkannter Betrag, vor der Anerkennung der geforderte */
              sollCent: number;
              /** @description noch zu zahlen: Soll minus bezahlt, nicht unter 0 */
              offenCent: number;
              /** @description zu viel bezahlt, nach § 112 SGB X zurückzuerstatten */
              ueberzahlungCent: number;
              rechtsgrundlage: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              fristenpruefung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              zinsen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              entscheidungen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              fristen: {
                /** Format: uuid */
                id: string;
                traegerId: string;
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch';
                /** Format: uuid */
                bezugId: string;
                art: string;
                norm: string;
                bezeichnung: string;
                /** Format: date */
                faellig: string;
                betragCent: number | null;
                erledigt: boolean;
              }[];
              /** @description Die Aktionen, die der Benutzer jetzt ausführen kann */
              moeglicheAktionen: string[];
              /** @description Jede Aktion des Arbeitsablaufs: erlaubt oder mit Grund */
              aktionen: {
                /** @description Name der Aktion (Pfad …/:id/<aktion>, vorschlagVerwerfen: vorschlag-verwerfen, zahlung: zahlungen) */
                aktion: string;
                erlaubt: boolean;
                /** @description Warum die Aktion nicht möglich ist (für Menschen) */
                grund?: string;
                /** @description Woran die Aktion scheitert: Sache der anderen Seite, fehlende Rolle, Status oder eine Bedingung der Aktion */
                hindernis?: 'seite' | 'rolle' | 'status' | 'bedingung';
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/erstattungsansprueche/{id}/rechtskraft': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rechtskräftiger Abschluss des Verfahrens (If-Match) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            am: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              anspruchstellerId: string;
              verpflichteterId: string | null;
              verpflichteterExtern: string | null;
              landVerpflichteter: string;
              fallId: string | null;
              personPseudonym: string | null;
              aktenzeichen: string;
              status:
                | 'Entwurf'
                | 'Angemeldet'
                | 'Beziffert'
                | 'Anerkannt'
                | 'TeilweiseAnerkannt'
                | 'Abgelehnt'
                | 'Klage'
                | 'Bezahlt'
                | 'Erledigt';
              /** @description Eingabe der Prüfung erstattungsanspruch ohne Leistungen */
              rechtsgrundlageEingabe: {
                [key: string]: unknown;
              };
              anspruchsgrundlage: string | null;
              forderungCent: number;
              anerkanntCent: number | null;
              kenntnisEntscheidung: string | null;
              geltendmachung: string | null;
              bezifferungAm: string | null;
              eingangLeistungsantrag: string | null;
              zinsantrag: boolean;
              hemmungen: ({
                art: string;
                /** Format: date */
                von?: string;
                /** Format: date */
                bis?: string;
                /** Format: date */
                rechtskraft?: string;
              } & {
                [key: string]: unknown;
              })[];
              leistungsrecht: 'eingliederungshilfe' | 'sozialhilfe' | 'jugendhilfe' | 'krankenversicherung' | 'sonstiges';
              massnahmen: {
                massnahme: string;
                /** Format: date */
                beendet?: string;
                laeuft?: boolean;
              }[];
              neubeginn: string | null;
              vorschlag: {
                entscheidung: 'Anerkannt' | 'TeilweiseAnerkannt' | 'Abgelehnt';
                betragCent?: number;
                begruendung: string;
                vonBenutzerId: string;
                vonName: string;
                /** Format: date */
                am: string;
                forderungCent?: number;
                anspruchVersion?: number;
              } | null;
              bemerkung: string;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              anspruchsteller: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
              };
              verpflichteter: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
              } | null;
              seite: 'anspruchsteller' | 'verpflichteter';
              leistungszeitraeume: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                anspruchId: string;
                /** Format: date */
                von: string;
                /** Format: date */
                bis: string;
                betragCent: number;
                rechnung: string | null;
                massnahme: string | null;
                fristEnde: string | null;
                gewahrt: boolean | null;
                nichtGeltendGemacht: boolean;
              }[];
              zahlungen: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                anspruchId: string;
                /** Format: date */
                datum: string;
                betragCent: number;
                verwendungszweck: string | null;
                erfasstVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              /** @description Summe der erfassten Zahlungen */
              bezahltCent: number;
              /** @description anerkannter Betrag, vor der Anerkennung der geforderte */
              sollCent: number;
              /** @description noch zu zahlen: Soll minus bezahlt, nicht unter 0 */
              offenCent: number;
              /** @description zu viel bezahlt, nach § 112 SGB X zurückzuerstatten */
              ueberzahlungCent: number;
              rechtsgrundlage: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              fristenpruefung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              zinsen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              entscheidungen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              fristen: {
                /** Format: uuid */
                id: string;
                traegerId: string;
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch';
                /** Format: uuid */
                bezugId: string;
                art: string;
                norm: string;
                bezeichnung: string;
                /** Format: date */
                faellig: string;
                betragCent: number | null;
                erledigt: boolean;
              }[];
              /** @description Die Aktionen, die der Benutzer jetzt ausführen kann */
              moeglicheAktionen: string[];
              /** @description Jede Aktion des Arbeitsablaufs: erlaubt oder mit Grund */
              aktionen: {
                /** @description Name der Aktion (Pfad …/:id/<aktion>, vorschlagVerwerfen: vorschlag-verwerfen, zahlung: zahlungen) */
                aktion: string;
                erlaubt: boolean;
                /** @description Warum die Aktion nicht möglich ist (für Menschen) */
                grund?: string;
                /** @description Woran die Aktion scheitert: Sache der anderen Seite, fehlende Rolle, Status oder eine Bedingung der Aktion */
                hindernis?: 'seite' | 'rolle' | 'status' | 'bedingung';
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/erstattungsansprueche/{id}/erledigen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Anspruch erledigen (If-Match) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              anspruchstellerId: string;
              verpflichteterId: string | null;
              verpflichteterExtern: string | null;
              landVerpflichteter: string;
              fallId: string | null;
              personPseudonym: string | null;
              aktenzeichen: string;
              status:
                | 'Entwurf'
                | 'Angemeldet'
                | 'Beziffert'
                | 'Anerkannt'
                | 'TeilweiseAnerkannt'
                | 'Abgelehnt'
                | 'Klage'
                | 'Bezahlt'
                | 'Erledigt';
              /** @description Eingabe der Prüfung erstattungsanspruch ohne Leistungen */
              rechtsgrundlageEingabe: {
                [key: string]: unknown;
              };
              anspruchsgrundlage: string | null;
              forderungCent: number;
              anerkanntCent: number | null;
              kenntnisEntscheidung: string | null;
              geltendmachung: string | null;
              bezifferungAm: string | null;
              eingangLeistungsantrag: string | null;
              zinsantrag: boolean;
              hemmungen: ({
                art: string;
                /** Format: date */
                von?: string;
                /** Format: date */
                bis?: string;
                /** Format: date */
                rechtskraft?: string;
              } & {
                [key: string]: unknown;
              })[];
              leistungsrecht: 'eingliederungshilfe' | 'sozialhilfe' | 'jugendhilfe' | 'krankenversicherung' | 'sonstiges';
              massnahmen: {
                massnahme: string;
                /** Format: date */
                beendet?: string;
                laeuft?: boolean;
              }[];
              neubeginn: string | null;
              vorschlag: {
                entscheidung: 'Anerkannt' | 'TeilweiseAnerkannt' | 'Abgelehnt';
                betragCent?: number;
                begruendung: string;
                vonBenutzerId: string;
                vonName: string;
                /** Format: date */
                am: string;
                forderungCent?: number;
                anspruchVersion?: number;
              } | null;
              bemerkung: string;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              anspruchsteller: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
              };
              verpflichteter: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
              } | null;
              seite: 'anspruchsteller' | 'verpflichteter';
              leistungszeitraeume: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                anspruchId: string;
                /** Format: date */
                von: string;
                /** Format: date */
                bis: string;
                betragCent: number;
                rechnung: string | null;
                massnahme: string | null;
                fristEnde: string | null;
                gewahrt: boolean | null;
                nichtGeltendGemacht: boolean;
              }[];
              zahlungen: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                anspruchId: string;
                /** Format: date */
                datum: string;
                betragCent: number;
                verwendungszweck: string | null;
                erfasstVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              /** @description Summe der erfassten Zahlungen */
              bezahltCent: number;
              /** @description anerkannter Betrag, vor der Anerkennung der geforderte */
              sollCent: number;
              /** @description noch zu zahlen: Soll minus bezahlt, nicht unter 0 */
              offenCent: number;
              /** @description zu viel bezahlt, nach § 112 SGB X zurückzuerstatten */
              ueberzahlungCent: number;
              rechtsgrundlage: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              fristenpruefung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              zinsen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              entscheidungen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              fristen: {
                /** Format: uuid */
                id: string;
                traegerId: string;
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch';
                /** Format: uuid */
                bezugId: string;
                art: string;
                norm: string;
                bezeichnung: string;
                /** Format: date */
                faellig: string;
                betragCent: number | null;
                erledigt: boolean;
              }[];
              /** @description Die Aktionen, die der Benutzer jetzt ausführen kann */
              moeglicheAktionen: string[];
              /** @description Jede Aktion des Arbeitsablaufs: erlaubt oder mit Grund */
              aktionen: {
                /** @description Name der Aktion (Pfad …/:id/<aktion>, vorschlagVerwerfen: vorschlag-verwerfen, zahlung: zahlungen) */
                aktion: string;
                erlaubt: boolean;
                /** @description Warum die Aktion nicht möglich ist (für Menschen) */
                grund?: string;
                /** @description Woran die Aktion scheitert: Sache der anderen Seite, fehlende Rolle, Status oder eine Bedingung der Aktion */
                hindernis?: 'seite' | 'rolle' | 'status' | 'bedingung';
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/erstattungsansprueche/{id}/zahlungen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Zahlung erfassen (If-Match); Zinsen nach § 108 Abs. 2 SGB X auf Antrag */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            datum: string;
            betragCent: number;
            verwendungszweck?: string;
            /** @description übersteigt die Zahlung das Anerkannte, nur mit true erfasst (Überzahlung, § 112 SGB X) */
            ueberzahlungBestaetigt?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              anspruchstellerId: string;
              verpflichteterId: string | null;
              verpflichteterExtern: string | null;
              landVerpflichteter: string;
              fallId: string | null;
              personPseudonym: string | null;
              aktenzeichen: string;
              status:
                | 'Entwurf'
                | 'Angemeldet'
                | 'Beziffert'
                | 'Anerkannt'
                | 'TeilweiseAnerkannt'
                | 'Abgelehnt'
                | 'Klage'
                | 'Bezahlt'
                | 'Erledigt';
              /** @description Eingabe der Prüfung erstattungsanspruch ohne Leistungen */
              rechtsgrundlageEingabe: {
                [key: string]: unknown;
              };
              anspruchsgrundlage: string | null;
              forderungCent: number;
              anerkanntCent: number | null;
              kenntnisEntscheidung: string | null;
              geltendmachung: string | null;
              bezifferungAm: string | null;
              eingangLeistungsantrag: string | null;
              zinsantrag: boolean;
              hemmungen: ({
                art: string;
                /** Format: date */
                von?: string;
                /** Format: date */
                bis?: string;
                /** Format: date */
                rechtskraft?: string;
              } & {
                [key: string]: unknown;
              })[];
              leistungsrecht: 'eingliederungshilfe' | 'sozialhilfe' | 'jugendhilfe' | 'krankenversicherung' | 'sonstiges';
              massnahmen: {
                massnahme: string;
                /** Format: date */
                beendet?: string;
                laeuft?: boolean;
              }[];
              neubeginn: string | null;
              vorschlag: {
                entscheidung: 'Anerkannt' | 'TeilweiseAnerkannt' | 'Abgelehnt';
                betragCent?: number;
                begruendung: string;
                vonBenutzerId: string;
                vonName: string;
                /** Format: date */
                am: string;
                forderungCent?: number;
                anspruchVersion?: number;
              } | null;
              bemerkung: string;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              anspruchsteller: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
              };
              verpflichteter: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
              } | null;
              seite: 'anspruchsteller' | 'verpflichteter';
              leistungszeitraeume: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                anspruchId: string;
                /** Format: date */
                von: string;
                /** Format: date */
                bis: string;
                betragCent: number;
                rechnung: string | null;
                massnahme: string | null;
                fristEnde: string | null;
                gewahrt: boolean | null;
                nichtGeltendGemacht: boolean;
              }[];
              zahlungen: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                anspruchId: string;
                /** Format: date */
                datum: string;
                betragCent: number;
                verwendungszweck: string | null;
                erfasstVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              /** @description Summe der erfassten Zahlungen */
              bezahltCent: number;
              /** @description anerkannter Betrag, vor der Anerkennung der geforderte */
              sollCent: number;
              /** @description noch zu zahlen: Soll minus bezahlt, nicht unter 0 */
              offenCent: number;
              /** @description zu viel bezahlt, nach § 112 SGB X zurückzuerstatten */
              ueberzahlungCent: number;
              rechtsgrundlage: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              fristenpruefung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              zinsen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              entscheidungen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              fristen: {
                /** Format: uuid */
                id: string;
                traegerId: string;
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch';
                /** Format: uuid */
                bezugId: string;
                art: string;
                norm: string;
                bezeichnung: string;
                /** Format: date */
                faellig: string;
                betragCent: number | null;
                erledigt: boolean;
              }[];
              /** @description Die Aktionen, die der Benutzer jetzt ausführen kann */
              moeglicheAktionen: string[];
              /** @description Jede Aktion des Arbeitsablaufs: erlaubt oder mit Grund */
              aktionen: {
                /** @description Name der Aktion (Pfad …/:id/<aktion>, vorschlagVerwerfen: vorschlag-verwerfen, zahlung: zahlungen) */
                aktion: string;
                erlaubt: boolean;
                /** @description Warum die Aktion nicht möglich ist (für Menschen) */
                grund?: string;
                /** @description Woran die Aktion scheitert: Sache der anderen Seite, fehlende Rolle, Status oder eine Bedingung der Aktion */
                hindernis?: 'seite' | 'rolle' | 'status' | 'bedingung';
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/amtshilfeersuchen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Amtshilfeersuchen: Eingang (an den eigenen Träger) und Ausgang (vom eigenen Träger) */
    get: {
      parameters: {
        query?: {
          richtung?: 'eingang' | 'ausgang';
          status?: 'Entwurf' | 'Gesendet' | 'Angenommen' | 'Abgelehnt' | 'Aufsicht' | 'Durchgefuehrt' | 'Abgerechnet' | 'Bezahlt';
          suche?: string;
          sortierung?: 'aktenzeichen' | '-aktenzeichen' | 'gewuenschtBis' | '-gewuenschtBis' | 'geaendert' | '-geaendert' | 'status';
          /** @description Seite (ab 1) */
          seite?: number;
          /** @description Einträge je Seite */
          proSeite?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              eintraege: {
                /** Format: uuid */
                id: string;
                aktenzeichen: string;
                personPseudonym: string | null;
                aufgabe: string;
                status: 'Entwurf' | 'Gesendet' | 'Angenommen' | 'Abgelehnt' | 'Aufsicht' | 'Durchgefuehrt' | 'Abgerechnet' | 'Bezahlt';
                ersuchenderId: string;
                ersuchterId: string;
                gewuenschtBis: string | null;
                gesendetAm: string | null;
                durchgefuehrtAm: string | null;
                erstattungCent: number | null;
                version: number;
                /** Format: date-time */
                geaendertAm: string;
                naechsteFrist: string | null;
                richtung: 'ausgang' | 'eingang';
                ersuchenderName: string;
                ersuchterName: string;
                statusname: string;
              }[];
              gesamt: number;
              seite: number;
              proSeite: number;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Amtshilfeersuchen anlegen (Entwurf); das Regelwerk prüft § 3 Abs. 2 SGB X und die Daten */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description Fall des ersuchenden Trägers
             */
            fallId: string;
            /** @description Der ersuchte Träger (Kennung im Register) */
            ersuchterId: string;
            /**
             * @description Die erbetene Aufgabe
             * @enum {string}
             */
            aufgabe: 'gesamtplanung' | 'bedarfsermittlung' | 'gesamtplankonferenz' | 'hausbesuch';
            /** @description Zeichen des Ersuchens (Standard: Aktenzeichen des Falls) */
            aktenzeichen?: string;
            /** @description Die Fragen an den ersuchten Träger */
            fragen?: string;
            /**
             * Format: date
             * @description Erbetener Termin
             */
            gewuenschtBis?: string | null;
            /** @description Zu übermittelnde Daten; nur was die Prüfung datenuebermittlung zulässt */
            daten?: {
              /**
               * @description Datenart
               * @enum {string}
               */
              art: 'stammdaten' | 'gesamtplanziele' | 'arztbericht' | 'begutachtung' | 'einkommen' | 'pflegekasseBeteiligen';
              /** @description Der übermittelte Inhalt (z. B. Name und Anschrift) */
              inhalt: string;
            }[];
            /** @description Einwilligung (§ 67b Abs. 2 SGB X): true für alle Datenarten oder eine Liste der gedeckten Datenarten */
            einwilligung?:
              boolean | ('stammdaten' | 'gesamtplanziele' | 'arztbericht' | 'begutachtung' | 'einkommen' | 'pflegekasseBeteiligen')[];
            /** @description Die Person widerspricht der Übermittlung von Begutachtungsdaten (§ 76 Abs. 2 Nr. 1 SGB X) */
            widerspruch?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              ersuchenderId: string;
              ersuchterId: string;
              personPseudonym: string | null;
              aktenzeichen: string;
              aufgabe: string;
              fragen: string;
              gewuenschtBis: string | null;
              daten: {
                art: string;
                inhalt: string;
              }[];
              status: 'Entwurf' | 'Gesendet' | 'Angenommen' | 'Abgelehnt' | 'Aufsicht' | 'Durchgefuehrt' | 'Abgerechnet' | 'Bezahlt';
              gesendetAm: string | null;
              beantwortetAm: string | null;
              ablehnungsgrund: string | null;
              ablehnungBegruendung: string | null;
              durchgefuehrtAm: string | null;
              bericht:
                | ({
                    lebensbereiche: {
                      bereich: string;
                      bezeichnung: string;
                      text: string;
                    }[];
                    wuensche: string;
                    vorschlaege: string;
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              abrechnung:
                | ({
                    /** Format: date */
                    am: string;
                    erstattungsart: 'pauschale' | 'auslagen' | 'keine';
                    erstattungCent: number;
                    auslagenCent: number | null;
                    auslagenBeschreibung: string | null;
                    auslagenschwelleCent: number | null;
                    pauschaleAusschlussgruende: string[];
                    vereinbarung: {
                      id: string;
                      bezeichnung: string;
                      /** Format: date */
                      gueltigAb: string;
                      beispiel: boolean;
                    } | null;
                    entscheidungId: string;
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              bezahltAm: string | null;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              fallId?: string | null;
              seite: 'ersuchender' | 'ersuchter';
              statusname: string;
              ersuchender: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
                leitwegId: string | null;
              } | null;
              ersuchter: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
                leitwegId: string | null;
              } | null;
              pruefung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              datenpruefung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              streitentscheidung: string | null;
              entscheidungen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              fristen: {
                /** Format: uuid */
                id: string;
                traegerId: string;
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch';
                /** Format: uuid */
                bezugId: string;
                art: string;
                norm: string;
                bezeichnung: string;
                /** Format: date */
                faellig: string;
                betragCent: number | null;
                erledigt: boolean;
              }[];
              aenderbar: boolean;
              /** @description Die Aktionen, die der Benutzer jetzt ausführen kann */
              moeglicheAktionen: string[];
              /** @description Jede Aktion des Arbeitsablaufs: erlaubt oder mit Grund */
              aktionen: {
                /** @description Name der Aktion (Pfad …/:id/<aktion>, vorschlagVerwerfen: vorschlag-verwerfen, zahlung: zahlungen) */
                aktion: string;
                erlaubt: boolean;
                /** @description Warum die Aktion nicht möglich ist (für Menschen) */
                grund?: string;
                /** @description Woran die Aktion scheitert: Sache der anderen Seite, fehlende Rolle, Status oder eine Bedingung der Aktion */
                hindernis?: 'seite' | 'rolle' | 'status' | 'bedingung';
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/amtshilfeersuchen/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ein Ersuchen mit Prüfungen, Bericht, Abrechnung, Fristen und möglichen Aktionen */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              ersuchenderId: string;
              ersuchterId: string;
              personPseudonym: string | null;
              aktenzeichen: string;
              aufgabe: string;
              fragen: string;
              gewuenschtBis: string | null;
              daten: {
                art: string;
                inhalt: string;
              }[];
              status: 'Entwurf' | 'Gesendet' | 'Angenommen' | 'Abgelehnt' | 'Aufsicht' | 'Durchgefuehrt' | 'Abgerechnet' | 'Bezahlt';
              gesendetAm: string | null;
              beantwortetAm: string | null;
              ablehnungsgrund: string | null;
              ablehnungBegruendung: string | null;
              durchgefuehrtAm: string | null;
              bericht:
                | ({
                    lebensbereiche: {
                      bereich: string;
                      bezeichnung: string;
                      text: string;
                    }[];
                    wuensche: string;
                    vorschlaege: string;
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              abrechnung:
                | ({
                    /** Format: date */
                    am: string;
                    erstattungsart: 'pauschale' | 'auslagen' | 'keine';
                    erstattungCent: number;
                    auslagenCent: number | null;
                    auslagenBeschreibung: string | null;
                    auslagenschwelleCent: number | null;
                    pauschaleAusschlussgruende: string[];
                    vereinbarung: {
                      id: string;
                      bezeichnung: string;
                      /** Format: date */
                      gueltigAb: string;
                      beispiel: boolean;
                    } | null;
                    entscheidungId: string;
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              bezahltAm: string | null;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              fallId?: string | null;
              seite: 'ersuchender' | 'ersuchter';
              statusname: string;
              ersuchender: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
                leitwegId: string | null;
              } | null;
              ersuchter: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
                leitwegId: string | null;
              } | null;
              pruefung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              datenpruefung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              streitentscheidung: string | null;
              entscheidungen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              fristen: {
                /** Format: uuid */
                id: string;
                traegerId: string;
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch';
                /** Format: uuid */
                bezugId: string;
                art: string;
                norm: string;
                bezeichnung: string;
                /** Format: date */
                faellig: string;
                betragCent: number | null;
                erledigt: boolean;
              }[];
              aenderbar: boolean;
              /** @description Die Aktionen, die der Benutzer jetzt ausführen kann */
              moeglicheAktionen: string[];
              /** @description Jede Aktion des Arbeitsablaufs: erlaubt oder mit Grund */
              aktionen: {
                /** @description Name der Aktion (Pfad …/:id/<aktion>, vorschlagVerwerfen: vorschlag-verwerfen, zahlung: zahlungen) */
                aktion: string;
                erlaubt: boolean;
                /** @description Warum die Aktion nicht möglich ist (für Menschen) */
                grund?: string;
                /** @description Woran die Aktion scheitert: Sache der anderen Seite, fehlende Rolle, Status oder eine Bedingung der Aktion */
                hindernis?: 'seite' | 'rolle' | 'status' | 'bedingung';
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Entwurf ändern (If-Match; ersuchender Träger) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Der ersuchte Träger (Kennung im Register) */
            ersuchterId?: string;
            /**
             * @description Die erbetene Aufgabe
             * @enum {string}
             */
            aufgabe?: 'gesamtplanung' | 'bedarfsermittlung' | 'gesamtplankonferenz' | 'hausbesuch';
            /** @description Zeichen des Ersuchens (Standard: Aktenzeichen des Falls) */
            aktenzeichen?: string;
            /** @description Die Fragen an den ersuchten Träger */
            fragen?: string;
            /**
             * Format: date
             * @description Erbetener Termin
             */
            gewuenschtBis?: string | null;
            /** @description Zu übermittelnde Daten; nur was die Prüfung datenuebermittlung zulässt */
            daten?: {
              /**
               * @description Datenart
               * @enum {string}
               */
              art: 'stammdaten' | 'gesamtplanziele' | 'arztbericht' | 'begutachtung' | 'einkommen' | 'pflegekasseBeteiligen';
              /** @description Der übermittelte Inhalt (z. B. Name und Anschrift) */
              inhalt: string;
            }[];
            /** @description Einwilligung (§ 67b Abs. 2 SGB X): true für alle Datenarten oder eine Liste der gedeckten Datenarten */
            einwilligung?:
              boolean | ('stammdaten' | 'gesamtplanziele' | 'arztbericht' | 'begutachtung' | 'einkommen' | 'pflegekasseBeteiligen')[];
            /** @description Die Person widerspricht der Übermittlung von Begutachtungsdaten (§ 76 Abs. 2 Nr. 1 SGB X) */
            widerspruch?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              ersuchenderId: string;
              ersuchterId: string;
              personPseudonym: string | null;
              aktenzeichen: string;
              aufgabe: string;
              fragen: string;
              gewuenschtBis: string | null;
              daten: {
                art: string;
                inhalt: string;
              }[];
              status: 'Entwurf' | 'Gesendet' | 'Angenommen' | 'Abgelehnt' | 'Aufsicht' | 'Durchgefuehrt' | 'Abgerechnet' | 'Bezahlt';
              gesendetAm: string | null;
              beantwortetAm: string | null;
              ablehnungsgrund: string | null;
              ablehnungBegruendung: string | null;
              durchgefuehrtAm: string | null;
              bericht:
                | ({
                    lebensbereiche: {
                      bereich: string;
                      bezeichnung: string;
                      text: string;
                    }[];
                    wuensche: string;
                    vorschlaege: string;
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              abrechnung:
                | ({
                    /** Format: date */
                    am: string;
                    erstattungsart: 'pauschale' | 'auslagen' | 'keine';
                    erstattungCent: number;
                    auslagenCent: number | null;
                    auslagenBeschreibung: string | null;
                    auslagenschwelleCent: number | null;
                    pauschaleAusschlussgruende: string[];
                    vereinbarung: {
                      id: string;
                      bezeichnung: string;
                      /** Format: date */
                      gueltigAb: string;
                      beispiel: boolean;
                    } | null;
                    entscheidungId: string;
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              bezahltAm: string | null;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              fallId?: string | null;
              seite: 'ersuchender' | 'ersuchter';
              statusname: string;
              ersuchender: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
                leitwegId: string | null;
              } | null;
              ersuchter: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
                leitwegId: string | null;
              } | null;
              pruefung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              datenpruefung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              streitentscheidung: string | null;
              entscheidungen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              fristen: {
                /** Format: uuid */
                id: string;
                traegerId: string;
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch';
                /** Format: uuid */
                bezugId: string;
                art: string;
                norm: string;
                bezeichnung: string;
                /** Format: date */
                faellig: string;
                betragCent: number | null;
                erledigt: boolean;
              }[];
              aenderbar: boolean;
              /** @description Die Aktionen, die der Benutzer jetzt ausführen kann */
              moeglicheAktionen: string[];
              /** @description Jede Aktion des Arbeitsablaufs: erlaubt oder mit Grund */
              aktionen: {
                /** @description Name der Aktion (Pfad …/:id/<aktion>, vorschlagVerwerfen: vorschlag-verwerfen, zahlung: zahlungen) */
                aktion: string;
                erlaubt: boolean;
                /** @description Warum die Aktion nicht möglich ist (für Menschen) */
                grund?: string;
                /** @description Woran die Aktion scheitert: Sache der anderen Seite, fehlende Rolle, Status oder eine Bedingung der Aktion */
                hindernis?: 'seite' | 'rolle' | 'status' | 'bedingung';
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/amtshilfeersuchen/{id}/senden': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ersuchen senden (ersuchender Träger); Regelwerk prüft Amtshilfe und Daten (If-Match) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              ersuchenderId: string;
              ersuchterId: string;
              personPseudonym: string | null;
              aktenzeichen: string;
              aufgabe: string;
              fragen: string;
              gewuenschtBis: string | null;
              daten: {
                art: string;
                inhalt: string;
              }[];
              status: 'Entwurf' | 'Gesendet' | 'Angenommen' | 'Abgelehnt' | 'Aufsicht' | 'Durchgefuehrt' | 'Abgerechnet' | 'Bezahlt';
              gesendetAm: string | null;
              beantwortetAm: string | null;
              ablehnungsgrund: string | null;
              ablehnungBegruendung: string | null;
              durchgefuehrtAm: string | null;
              bericht:
                | ({
                    lebensbereiche: {
                      bereich: string;
                      bezeichnung: string;
                      text: string;
                    }[];
                    wuensche: string;
                    vorschlaege: string;
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              abrechnung:
                | ({
                    /** Format: date */
                    am: string;
                    erstattungsart: 'pauschale' | 'auslagen' | 'keine';
                    erstattungCent: number;
                    auslagenCent: number | null;
                    auslagenBeschreibung: string | null;
                    auslagenschwelleCent: number | null;
                    pauschaleAusschlussgruende: string[];
                    vereinbarung: {
                      id: string;
                      bezeichnung: string;
                      /** Format: date */
                      gueltigAb: string;
                      beispiel: boolean;
                    } | null;
                    entscheidungId: string;
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              bezahltAm: string | null;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              fallId?: string | null;
              seite: 'ersuchender' | 'ersuchter';
              statusname: string;
              ersuchender: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
                leitwegId: string | null;
              } | null;
              ersuchter: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
                leitwegId: string | null;
              } | null;
              pruefung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              datenpruefung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              streitentscheidung: string | null;
              entscheidungen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              fristen: {
                /** Format: uuid */
                id: string;
                traegerId: string;
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch';
                /** Format: uuid */
                bezugId: string;
                art: string;
                norm: string;
                bezeichnung: string;
                /** Format: date */
                faellig: string;
                betragCent: number | null;
                erledigt: boolean;
              }[];
              aenderbar: boolean;
              /** @description Die Aktionen, die der Benutzer jetzt ausführen kann */
              moeglicheAktionen: string[];
              /** @description Jede Aktion des Arbeitsablaufs: erlaubt oder mit Grund */
              aktionen: {
                /** @description Name der Aktion (Pfad …/:id/<aktion>, vorschlagVerwerfen: vorschlag-verwerfen, zahlung: zahlungen) */
                aktion: string;
                erlaubt: boolean;
                /** @description Warum die Aktion nicht möglich ist (für Menschen) */
                grund?: string;
                /** @description Woran die Aktion scheitert: Sache der anderen Seite, fehlende Rolle, Status oder eine Bedingung der Aktion */
                hindernis?: 'seite' | 'rolle' | 'status' | 'bedingung';
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/amtshilfeersuchen/{id}/annehmen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ersuchen annehmen (ersuchter Träger) (If-Match) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              ersuchenderId: string;
              ersuchterId: string;
              personPseudonym: string | null;
              aktenzeichen: string;
              aufgabe: string;
              fragen: string;
              gewuenschtBis: string | null;
              daten: {
                art: string;
                inhalt: string;
              }[];
              status: 'Entwurf' | 'Gesendet' | 'Angenommen' | 'Abgelehnt' | 'Aufsicht' | 'Durchgefuehrt' | 'Abgerechnet' | 'Bezahlt';
              gesendetAm: string | null;
              beantwortetAm: string | null;
              ablehnungsgrund: string | null;
              ablehnungBegruendung: string | null;
              durchgefuehrtAm: string | null;
              bericht:
                | ({
                    lebensbereiche: {
                      bereich: string;
                      bezeichnung: string;
                      text: string;
                    }[];
                    wuensche: string;
                    vorschlaege: string;
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              abrechnung:
                | ({
                    /** Format: date */
                    am: string;
                    erstattungsart: 'pauschale' | 'auslagen' | 'keine';
                    erstattungCent: number;
                    auslagenCent: number | null;
                    auslagenBeschreibung: string | null;
                    auslagenschwelleCent: number | null;
                    pauschaleAusschlussgruende: string[];
                    vereinbarung: {
                      id: string;
                      bezeichnung: string;
                      /** Format: date */
                      gueltigAb: string;
                      beispiel: boolean;
                    } | null;
                    entscheidungId: string;
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              bezahltAm: string | null;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              fallId?: string | null;
              seite: 'ersuchender' | 'ersuchter';
              statusname: string;
              ersuchender: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
                leitwegId: string | null;
              } | null;
              ersuchter: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
                leitwegId: string | null;
              } | null;
              pruefung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              datenpruefung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              streitentscheidung: string | null;
              entscheidungen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              fristen: {
                /** Format: uuid */
                id: string;
                traegerId: string;
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch';
                /** Format: uuid */
                bezugId: string;
                art: string;
                norm: string;
                bezeichnung: string;
                /** Format: date */
                faellig: string;
                betragCent: number | null;
                erledigt: boolean;
              }[];
              aenderbar: boolean;
              /** @description Die Aktionen, die der Benutzer jetzt ausführen kann */
              moeglicheAktionen: string[];
              /** @description Jede Aktion des Arbeitsablaufs: erlaubt oder mit Grund */
              aktionen: {
                /** @description Name der Aktion (Pfad …/:id/<aktion>, vorschlagVerwerfen: vorschlag-verwerfen, zahlung: zahlungen) */
                aktion: string;
                erlaubt: boolean;
                /** @description Warum die Aktion nicht möglich ist (für Menschen) */
                grund?: string;
                /** @description Woran die Aktion scheitert: Sache der anderen Seite, fehlende Rolle, Status oder eine Bedingung der Aktion */
                hindernis?: 'seite' | 'rolle' | 'status' | 'bedingung';
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/amtshilfeersuchen/{id}/ablehnen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ersuchen ablehnen (ersuchter Träger); nur mit einem Grund, den das Regelwerk zulässt (§ 4 Abs. 2–4 SGB X) (If-Match) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Grund, aus dem die ersuchte Behörde ablehnt (optional)
             * @enum {string}
             */
            ablehnungsgrund:
              | 'unzweckmaessig'
              | 'andereBehoerdeEinfacher'
              | 'unverhaeltnismaessigerAufwand'
              | 'eigeneAufgabenGefaehrdet'
              | 'rechtlichesHindernis'
              | 'gemeinwohl';
            /** @description Begründung im Einzelfall */
            begruendung: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              ersuchenderId: string;
              ersuchterId: string;
              personPseudonym: string | null;
              aktenzeichen: string;
              aufgabe: string;
              fragen: string;
              gewuenschtBis: string | null;
              daten: {
                art: string;
                inhalt: string;
              }[];
              status: 'Entwurf' | 'Gesendet' | 'Angenommen' | 'Abgelehnt' | 'Aufsicht' | 'Durchgefuehrt' | 'Abgerechnet' | 'Bezahlt';
              gesendetAm: string | null;
              beantwortetAm: string | null;
              ablehnungsgrund: string | null;
              ablehnungBegruendung: string | null;
              durchgefuehrtAm: string | null;
              bericht:
                | ({
                    lebensbereiche: {
                      bereich: string;
                      bezeichnung: string;
                      text: string;
                    }[];
                    wuensche: string;
                    vorschlaege: string;
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              abrechnung:
                | ({
                    /** Format: date */
                    am: string;
                    erstattungsart: 'pauschale' | 'auslagen' | 'keine';
                    erstattungCent: number;
                    auslagenCent: number | null;
                    auslagenBeschreibung: string | null;
                    auslagenschwelleCent: number | null;
                    pauschaleAusschlussgruende: string[];
                    vereinbarung: {
                      id: string;
                      bezeichnung: string;
                      /** Format: date */
                      gueltigAb: string;
                      beispiel: boolean;
                    } | null;
                    entscheidungId: string;
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              bezahltAm: string | null;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              fallId?: string | null;
              seite: 'ersuchender' | 'ersuchter';
              statusname: string;
              ersuchender: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
                leitwegId: string | null;
              } | null;
              ersuchter: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
                leitwegId: string | null;
              } | null;
              pruefung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              datenpruefung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              streitentscheidung: string | null;
              entscheidungen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              fristen: {
                /** Format: uuid */
                id: string;
                traegerId: string;
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch';
                /** Format: uuid */
                bezugId: string;
                art: string;
                norm: string;
                bezeichnung: string;
                /** Format: date */
                faellig: string;
                betragCent: number | null;
                erledigt: boolean;
              }[];
              aenderbar: boolean;
              /** @description Die Aktionen, die der Benutzer jetzt ausführen kann */
              moeglicheAktionen: string[];
              /** @description Jede Aktion des Arbeitsablaufs: erlaubt oder mit Grund */
              aktionen: {
                /** @description Name der Aktion (Pfad …/:id/<aktion>, vorschlagVerwerfen: vorschlag-verwerfen, zahlung: zahlungen) */
                aktion: string;
                erlaubt: boolean;
                /** @description Warum die Aktion nicht möglich ist (für Menschen) */
                grund?: string;
                /** @description Woran die Aktion scheitert: Sache der anderen Seite, fehlende Rolle, Status oder eine Bedingung der Aktion */
                hindernis?: 'seite' | 'rolle' | 'status' | 'bedingung';
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/amtshilfeersuchen/{id}/aufsicht': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Auf der Amtshilfe bestehen: Streit an die Aufsichtsbehörde (§ 4 Abs. 5 SGB X; ersuchender Träger) (If-Match) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              ersuchenderId: string;
              ersuchterId: string;
              personPseudonym: string | null;
              aktenzeichen: string;
              aufgabe: string;
              fragen: string;
              gewuenschtBis: string | null;
              daten: {
                art: string;
                inhalt: string;
              }[];
              status: 'Entwurf' | 'Gesendet' | 'Angenommen' | 'Abgelehnt' | 'Aufsicht' | 'Durchgefuehrt' | 'Abgerechnet' | 'Bezahlt';
              gesendetAm: string | null;
              beantwortetAm: string | null;
              ablehnungsgrund: string | null;
              ablehnungBegruendung: string | null;
              durchgefuehrtAm: string | null;
              bericht:
                | ({
                    lebensbereiche: {
                      bereich: string;
                      bezeichnung: string;
                      text: string;
                    }[];
                    wuensche: string;
                    vorschlaege: string;
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              abrechnung:
                | ({
                    /** Format: date */
                    am: string;
                    erstattungsart: 'pauschale' | 'auslagen' | 'keine';
                    erstattungCent: number;
                    auslagenCent: number | null;
                    auslagenBeschreibung: string | null;
                    auslagenschwelleCent: number | null;
                    pauschaleAusschlussgruende: string[];
                    vereinbarung: {
                      id: string;
                      bezeichnung: string;
                      /** Format: date */
                      gueltigAb: string;
                      beispiel: boolean;
                    } | null;
                    entscheidungId: string;
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              bezahltAm: string | null;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              fallId?: string | null;
              seite: 'ersuchender' | 'ersuchter';
              statusname: string;
              ersuchender: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
                leitwegId: string | null;
              } | null;
              ersuchter: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
                leitwegId: string | null;
              } | null;
              pruefung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              datenpruefung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              streitentscheidung: string | null;
              entscheidungen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              fristen: {
                /** Format: uuid */
                id: string;
                traegerId: string;
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch';
                /** Format: uuid */
                bezugId: string;
                art: string;
                norm: string;
                bezeichnung: string;
                /** Format: date */
                faellig: string;
                betragCent: number | null;
                erledigt: boolean;
              }[];
              aenderbar: boolean;
              /** @description Die Aktionen, die der Benutzer jetzt ausführen kann */
              moeglicheAktionen: string[];
              /** @description Jede Aktion des Arbeitsablaufs: erlaubt oder mit Grund */
              aktionen: {
                /** @description Name der Aktion (Pfad …/:id/<aktion>, vorschlagVerwerfen: vorschlag-verwerfen, zahlung: zahlungen) */
                aktion: string;
                erlaubt: boolean;
                /** @description Warum die Aktion nicht möglich ist (für Menschen) */
                grund?: string;
                /** @description Woran die Aktion scheitert: Sache der anderen Seite, fehlende Rolle, Status oder eine Bedingung der Aktion */
                hindernis?: 'seite' | 'rolle' | 'status' | 'bedingung';
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/amtshilfeersuchen/{id}/berichten': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ergebnisbericht (§ 118 SGB IX: neun Lebensbereiche, Wünsche, Vorschläge); ersuchter Träger (If-Match) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: date
             * @description Tag der Durchführung (Standard: heute)
             */
            durchgefuehrtAm?: string;
            bericht: {
              /** @description Je Lebensbereich nach § 118 Abs. 1 SGB IX ein Text */
              lebensbereiche: {
                /** @description Lernen und Wissensanwendung */
                lernenUndWissensanwendung: string;
                /** @description Allgemeine Aufgaben und Anforderungen */
                allgemeineAufgabenUndAnforderungen: string;
                /** @description Kommunikation */
                kommunikation: string;
                /** @description Mobilität */
                mobilitaet: string;
                /** @description Selbstversorgung */
                selbstversorgung: string;
                /** @description Häusliches Leben */
                haeuslichesLeben: string;
                /** @description Interpersonelle Interaktionen und Beziehungen */
                interpersonelleInteraktionenUndBeziehungen: string;
                /** @description Bedeutende Lebensbereiche */
                bedeutendeLebensbereiche: string;
                /** @description Gemeinschafts-, soziales und staatsbürgerliches Leben */
                gemeinschaftsSozialesUndStaatsbuergerlichesLeben: string;
              };
              /** @description Wünsche der Person (§ 104 Abs. 2 SGB IX) */
              wuensche: string;
              /** @description Vorschläge zu Leistungen */
              vorschlaege: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              ersuchenderId: string;
              ersuchterId: string;
              personPseudonym: string | null;
              aktenzeichen: string;
              aufgabe: string;
              fragen: string;
              gewuenschtBis: string | null;
              daten: {
                art: string;
                inhalt: string;
              }[];
              status: 'Entwurf' | 'Gesendet' | 'Angenommen' | 'Abgelehnt' | 'Aufsicht' | 'Durchgefuehrt' | 'Abgerechnet' | 'Bezahlt';
              gesendetAm: string | null;
              beantwortetAm: string | null;
              ablehnungsgrund: string | null;
              ablehnungBegruendung: string | null;
              durchgefuehrtAm: string | null;
              bericht:
                | ({
                    lebensbereiche: {
                      bereich: string;
                      bezeichnung: string;
                      text: string;
                    }[];
                    wuensche: string;
                    vorschlaege: string;
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              abrechnung:
                | ({
                    /** Format: date */
                    am: string;
                    erstattungsart: 'pauschale' | 'auslagen' | 'keine';
                    erstattungCent: number;
                    auslagenCent: number | null;
                    auslagenBeschreibung: string | null;
                    auslagenschwelleCent: number | null;
                    pauschaleAusschlussgruende: string[];
                    vereinbarung: {
                      id: string;
                      bezeichnung: string;
                      /** Format: date */
                      gueltigAb: string;
                      beispiel: boolean;
                    } | null;
                    entscheidungId: string;
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              bezahltAm: string | null;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              fallId?: string | null;
              seite: 'ersuchender' | 'ersuchter';
              statusname: string;
              ersuchender: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
                leitwegId: string | null;
              } | null;
              ersuchter: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
                leitwegId: string | null;
              } | null;
              pruefung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              datenpruefung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              streitentscheidung: string | null;
              entscheidungen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              fristen: {
                /** Format: uuid */
                id: string;
                traegerId: string;
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch';
                /** Format: uuid */
                bezugId: string;
                art: string;
                norm: string;
                bezeichnung: string;
                /** Format: date */
                faellig: string;
                betragCent: number | null;
                erledigt: boolean;
              }[];
              aenderbar: boolean;
              /** @description Die Aktionen, die der Benutzer jetzt ausführen kann */
              moeglicheAktionen: string[];
              /** @description Jede Aktion des Arbeitsablaufs: erlaubt oder mit Grund */
              aktionen: {
                /** @description Name der Aktion (Pfad …/:id/<aktion>, vorschlagVerwerfen: vorschlag-verwerfen, zahlung: zahlungen) */
                aktion: string;
                erlaubt: boolean;
                /** @description Warum die Aktion nicht möglich ist (für Menschen) */
                grund?: string;
                /** @description Woran die Aktion scheitert: Sache der anderen Seite, fehlende Rolle, Status oder eine Bedingung der Aktion */
                hindernis?: 'seite' | 'rolle' | 'status' | 'bedingung';
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/amtshilfeersuchen/{id}/abrechnen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Abrechnen (ersuchter Träger): Pauschale der Vereinbarung oder Auslagen nach § 7 SGB X, vom Regelwerk (If-Match) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Auslagen der ersuchten Behörde im Einzelfall (optional) (ganze Cent) */
            auslagenCent?: number;
            /** @description Welche Auslagen (z. B. Reisekosten) */
            auslagenBeschreibung?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              ersuchenderId: string;
              ersuchterId: string;
              personPseudonym: string | null;
              aktenzeichen: string;
              aufgabe: string;
              fragen: string;
              gewuenschtBis: string | null;
              daten: {
                art: string;
                inhalt: string;
              }[];
              status: 'Entwurf' | 'Gesendet' | 'Angenommen' | 'Abgelehnt' | 'Aufsicht' | 'Durchgefuehrt' | 'Abgerechnet' | 'Bezahlt';
              gesendetAm: string | null;
              beantwortetAm: string | null;
              ablehnungsgrund: string | null;
              ablehnungBegruendung: string | null;
              durchgefuehrtAm: string | null;
              bericht:
                | ({
                    lebensbereiche: {
                      bereich: string;
                      bezeichnung: string;
                      text: string;
                    }[];
                    wuensche: string;
                    vorschlaege: string;
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              abrechnung:
                | ({
                    /** Format: date */
                    am: string;
                    erstattungsart: 'pauschale' | 'auslagen' | 'keine';
                    erstattungCent: number;
                    auslagenCent: number | null;
                    auslagenBeschreibung: string | null;
                    auslagenschwelleCent: number | null;
                    pauschaleAusschlussgruende: string[];
                    vereinbarung: {
                      id: string;
                      bezeichnung: string;
                      /** Format: date */
                      gueltigAb: string;
                      beispiel: boolean;
                    } | null;
                    entscheidungId: string;
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              bezahltAm: string | null;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              fallId?: string | null;
              seite: 'ersuchender' | 'ersuchter';
              statusname: string;
              ersuchender: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
                leitwegId: string | null;
              } | null;
              ersuchter: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
                leitwegId: string | null;
              } | null;
              pruefung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              datenpruefung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              streitentscheidung: string | null;
              entscheidungen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              fristen: {
                /** Format: uuid */
                id: string;
                traegerId: string;
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch';
                /** Format: uuid */
                bezugId: string;
                art: string;
                norm: string;
                bezeichnung: string;
                /** Format: date */
                faellig: string;
                betragCent: number | null;
                erledigt: boolean;
              }[];
              aenderbar: boolean;
              /** @description Die Aktionen, die der Benutzer jetzt ausführen kann */
              moeglicheAktionen: string[];
              /** @description Jede Aktion des Arbeitsablaufs: erlaubt oder mit Grund */
              aktionen: {
                /** @description Name der Aktion (Pfad …/:id/<aktion>, vorschlagVerwerfen: vorschlag-verwerfen, zahlung: zahlungen) */
                aktion: string;
                erlaubt: boolean;
                /** @description Warum die Aktion nicht möglich ist (für Menschen) */
                grund?: string;
                /** @description Woran die Aktion scheitert: Sache der anderen Seite, fehlende Rolle, Status oder eine Bedingung der Aktion */
                hindernis?: 'seite' | 'rolle' | 'status' | 'bedingung';
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/amtshilfeersuchen/{id}/bezahlen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Zahlung vermerken (ersuchender Träger) (If-Match) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: date
             * @description Tag der Zahlung (Standard: heute)
             */
            am?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              ersuchenderId: string;
              ersuchterId: string;
              personPseudonym: string | null;
              aktenzeichen: string;
              aufgabe: string;
              fragen: string;
              gewuenschtBis: string | null;
              daten: {
                art: string;
                inhalt: string;
              }[];
              status: 'Entwurf' | 'Gesendet' | 'Angenommen' | 'Abgelehnt' | 'Aufsicht' | 'Durchgefuehrt' | 'Abgerechnet' | 'Bezahlt';
              gesendetAm: string | null;
              beantwortetAm: string | null;
              ablehnungsgrund: string | null;
              ablehnungBegruendung: string | null;
              durchgefuehrtAm: string | null;
              bericht:
                | ({
                    lebensbereiche: {
                      bereich: string;
                      bezeichnung: string;
                      text: string;
                    }[];
                    wuensche: string;
                    vorschlaege: string;
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              abrechnung:
                | ({
                    /** Format: date */
                    am: string;
                    erstattungsart: 'pauschale' | 'auslagen' | 'keine';
                    erstattungCent: number;
                    auslagenCent: number | null;
                    auslagenBeschreibung: string | null;
                    auslagenschwelleCent: number | null;
                    pauschaleAusschlussgruende: string[];
                    vereinbarung: {
                      id: string;
                      bezeichnung: string;
                      /** Format: date */
                      gueltigAb: string;
                      beispiel: boolean;
                    } | null;
                    entscheidungId: string;
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              bezahltAm: string | null;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              fallId?: string | null;
              seite: 'ersuchender' | 'ersuchter';
              statusname: string;
              ersuchender: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
                leitwegId: string | null;
              } | null;
              ersuchter: {
                id: string;
                name: string;
                kurzname: string;
                land: string;
                leitwegId: string | null;
              } | null;
              pruefung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              datenpruefung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              streitentscheidung: string | null;
              entscheidungen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              fristen: {
                /** Format: uuid */
                id: string;
                traegerId: string;
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch';
                /** Format: uuid */
                bezugId: string;
                art: string;
                norm: string;
                bezeichnung: string;
                /** Format: date */
                faellig: string;
                betragCent: number | null;
                erledigt: boolean;
              }[];
              aenderbar: boolean;
              /** @description Die Aktionen, die der Benutzer jetzt ausführen kann */
              moeglicheAktionen: string[];
              /** @description Jede Aktion des Arbeitsablaufs: erlaubt oder mit Grund */
              aktionen: {
                /** @description Name der Aktion (Pfad …/:id/<aktion>, vorschlagVerwerfen: vorschlag-verwerfen, zahlung: zahlungen) */
                aktion: string;
                erlaubt: boolean;
                /** @description Warum die Aktion nicht möglich ist (für Menschen) */
                grund?: string;
                /** @description Woran die Aktion scheitert: Sache der anderen Seite, fehlende Rolle, Status oder eine Bedingung der Aktion */
                hindernis?: 'seite' | 'rolle' | 'status' | 'bedingung';
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fristen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Fristen des eigenen Trägers, nach Fälligkeit
     * @description Ohne Gesamtzahl (bei Millionen Fristen teuer); `weitere` sagt, ob eine nächste Seite existiert.
     */
    get: {
      parameters: {
        query?: {
          /** @description nur Fristen, die spätestens an diesem Tag enden */
          faelligBis?: string;
          /** @description nur Fristen, die vor heute endeten */
          ueberfaellig?: boolean;
          /** @description z. B. S111, S113, S14_ENTSCHEIDUNG */
          art?: string;
          erledigt?: boolean;
          /** @description Seite (ab 1) */
          seite?: number;
          /** @description Einträge je Seite */
          proSeite?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              eintraege: {
                /** Format: uuid */
                id: string;
                /** @description Träger, dem die Frist gehört */
                traegerId: string;
                /** @enum {string} */
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch';
                /**
                 * Format: uuid
                 * @description Datensatz, aus dem die Frist folgt
                 */
                bezugId: string;
                /** @description z. B. S111, S113, S14_ENTSCHEIDUNG */
                art: string;
                /** @description Rechtsgrundlage der Frist, z. B. „§ 111 SGB X“ */
                norm: string;
                bezeichnung: string;
                /**
                 * Format: date
                 * @description letzter Tag der Frist (JJJJ-MM-TT)
                 */
                faellig: string;
                /** @description betroffener Betrag in Cent (z. B. Zeitraum nach § 111 SGB X) */
                betragCent: number | null;
                erledigt: boolean;
              }[];
              /** @description es gibt eine nächste Seite */
              weitere: boolean;
              seite: number;
              proSeite: number;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fristen/uebersicht': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Überfällig, nächste 14 und 30 Tage, Beträge mit Risiko nach § 111 SGB X
     * @description Risiko nach § 111 SGB X: Beträge der Leistungsfälle, deren Ausschlussfrist begonnen hat, noch nicht abgelaufen ist (heute oder später endet) und in den nächsten 30 Tagen endet, und die nicht geltend gemacht sind. `risiko111` listet diese Fristen; ihre Beträge ergeben `risiko111Cent`. Laufende Maßnahmen haben noch keine Frist, abgelaufene Fristen zählen als überfällig, nicht als Risiko.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date */
              heute: string;
              ueberfaellig: number;
              naechste14: number;
              naechste30: number;
              /** @description Summe der Beträge mit Risiko nach § 111 SGB X in Cent */
              risiko111Cent: number;
              risiko111: {
                /** Format: uuid */
                id: string;
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch';
                /** Format: uuid */
                bezugId: string;
                bezeichnung: string;
                /** Format: date */
                faellig: string;
                betragCent: number | null;
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/kalender.ics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Offene Fristen des eigenen Trägers als iCalendar (mit Sitzung) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Kalender (iCalendar, RFC 5545): ein ganztägiger Termin je offener Frist */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/calendar': string;
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/kalender/abonnement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Stand des eigenen Kalenderabonnements */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description es gibt eine gültige Adresse */
              aktiv: boolean;
              angelegtAm: string | null;
              /** @description wann ein Kalenderprogramm die Adresse zuletzt abgerufen hat */
              zuletztAbgerufenAm: string | null;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Neue geheime Kalenderadresse anlegen (eine frühere wird widerrufen)
     * @description Die Adresse lässt sich ohne Sitzung abrufen, solange sie nicht widerrufen ist und der Benutzer aktiv ist und Fristen sehen darf. Sie enthält ein Geheimnis: Wer sie kennt, sieht Fristen, Normen und Aktenzeichen (keine Namen).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description geheime Adresse des Kalenders; nur in dieser Antwort, danach nicht mehr abrufbar */
              url: string;
              /** Format: date-time */
              angelegtAm: string;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    /** Kalenderabonnement widerrufen (die Adresse antwortet danach 404) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Kein Inhalt */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/kalender/abonnement/{datei}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Abonnierter Kalender (ohne Sitzung; die Adresse ist das Geheimnis) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Token mit der Endung .ics */
          datei: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Kalender (iCalendar, RFC 5545): ein ganztägiger Termin je offener Frist */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/calendar': string;
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/arbeitslisten/freigaben': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Zur Freigabe: Vorschläge des eigenen Trägers, die auf die Leitung warten (älteste zuerst) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              eintraege: {
                /**
                 * Format: uuid
                 * @description Erstattungsanspruch
                 */
                id: string;
                aktenzeichen: string;
                /** @description Name des Trägers, der den Anspruch stellt */
                anspruchsteller: string;
                entscheidung: 'Anerkannt' | 'TeilweiseAnerkannt' | 'Abgelehnt';
                /** @description vorgeschlagener Betrag (teilweise Anerkennung) */
                betragCent: number | null;
                forderungCent: number;
                /** @description wer vorgeschlagen hat */
                vonName: string;
                /** Format: date */
                am: string;
                /** @description Tage seit dem Vorschlag */
                alterTage: number;
                /** @description selbst vorgeschlagen: Freigabe nur durch eine andere Person (Vier-Augen-Prinzip) */
                eigener: boolean;
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auskunft/personen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Personen des eigenen Trägers für eine Auskunft suchen (Name oder Pseudonym; höchstens 50) */
    get: {
      parameters: {
        query: {
          /** @description Name oder Pseudonym, mindestens 2 Zeichen */
          suche: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              eintraege: {
                /** Format: uuid */
                id: string;
                pseudonym: string;
                nachname: string;
                vorname: string;
                geburtsdatum: string | null;
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auskunft/personen/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Auskunft nach Art. 15 DSGVO: alles, was der Träger über die Person hält, als ZIP mit Inhaltsverzeichnis */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description ZIP-Archiv: Person, Fälle, Ersuchen, Ansprüche, Vergleiche, Dokumente, Protokoll */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/zip': string;
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mehrkostenvergleiche': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mehrkostenvergleiche des eigenen Trägers */
    get: {
      parameters: {
        query?: {
          status?: 'Offen' | 'Entschieden';
          fallId?: string;
          suche?: string;
          sortierung?:
            'bezeichnung' | '-bezeichnung' | 'geaendert' | '-geaendert' | 'erstellt' | '-erstellt' | 'mehrkosten' | '-mehrkosten';
          /** @description Seite (ab 1) */
          seite?: number;
          /** @description Einträge je Seite */
          proSeite?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              eintraege: {
                /** Format: uuid */
                id: string;
                bezeichnung: string;
                status: 'Offen' | 'Entschieden';
                fallId: string | null;
                aktenzeichen: string | null;
                personId: string | null;
                regelwerk: ('wunschZuEntsprechen' | 'abwaegungErforderlich') | null;
                mehrkostenProzent: number | null;
                mehrkostenCentProMonat: number | null;
                entscheidung: ('bewilligt' | 'teilweiseBewilligt' | 'abgelehnt') | null;
                version: number;
                /** Format: date-time */
                geaendertAm: string;
              }[];
              gesamt: number;
              seite: number;
              proSeite: number;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Mehrkostenvergleich anlegen; das Regelwerk rechnet und ordnet ein (keine automatische Entscheidung) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      /** @description Eingabe der Prüfung mehrkosten ohne art, dazu Bezeichnung und Fall */
      requestBody: {
        content: {
          'application/json': {
            /** @description Bezeichnung des Vergleichs für Listen */
            bezeichnung: string;
            /** @description Eigener Fall (optional) */
            fallId?: string | null;
            /**
             * Format: date
             * @description Stichtag des anzuwendenden Rechts; überschreibt die Wahl aus den Daten (optional) (JJJJ-MM-TT)
             */
            rechtsstand?: string;
            /**
             * Format: date
             * @description Tag, für den entschieden wird; wählt das Recht (ab 01.01.2020 § 104 SGB IX) (JJJJ-MM-TT)
             */
            stichtag: string;
            /** @description Die gewünschte Leistung */
            gewuenscht: {
              /** @description Bezeichnung des Angebots bzw. Anbieters */
              bezeichnung: string;
              /** @description Alle Kosten, die der Träger bei diesem Angebot trägt */
              posten: {
                /** @description Bezeichnung des Kostenpostens, z. B. „Wohnheim“, „Werkstatt“, „Fahrtkosten“ */
                bezeichnung: string;
                /** @description Betrag des Postens (ganze Cent) */
                betragCent: number;
                /**
                 * @description Tagessatz („tag“) oder Monatsbetrag („monat“)
                 * @enum {string}
                 */
                je: 'tag' | 'monat';
              }[];
              /** @description Vom Träger oder Anbieter angegebene Monatskosten (nur zur Kontrolle, optional) (ganze Cent) */
              kostenangabeCentProMonat?: number;
            };
            /** @description Vom Träger benannte abweichende Leistungen */
            alternativen: {
              /** @description Bezeichnung des Angebots bzw. Anbieters */
              bezeichnung: string;
              /** @description Alle Kosten, die der Träger bei diesem Angebot trägt */
              posten: {
                /** @description Bezeichnung des Kostenpostens, z. B. „Wohnheim“, „Werkstatt“, „Fahrtkosten“ */
                bezeichnung: string;
                /** @description Betrag des Postens (ganze Cent) */
                betragCent: number;
                /**
                 * @description Tagessatz („tag“) oder Monatsbetrag („monat“)
                 * @enum {string}
                 */
                je: 'tag' | 'monat';
              }[];
              /** @description Vom Träger oder Anbieter angegebene Monatskosten (nur zur Kontrolle, optional) (ganze Cent) */
              kostenangabeCentProMonat?: number;
              /** @description Mit dem Anbieter besteht eine Vereinbarung nach Kapitel 8 SGB IX (§§ 123 ff.) */
              vereinbarungKapitel8: boolean;
              /** @description Die abweichende Leistung ist zumutbar (§ 104 Abs. 3 Satz 1–2 SGB IX) */
              zumutbar: boolean;
              /** @description Der Bedarf kann durch diese Leistung gedeckt werden (§ 104 Abs. 2 Satz 2 Nr. 2 SGB IX) */
              bedarfsdeckend: boolean;
              /** @description Die Alternative ist objektiv deutlich besser geeignet (optional) */
              deutlichBesserGeeignet?: boolean;
            }[];
            /** @description Tage je Monat für Tagessätze (Standard 30; z. B. 30,42 = 365/12) */
            tageProMonat?: number;
            /** @description Gewünscht ist ein Wohnen außerhalb besonderer Wohnformen, und es kommt in Betracht (§ 104 Abs. 3 Satz 3 SGB IX), optional */
            wohnenAusserhalbBesondererWohnform?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              traegerId: string;
              fallId: string | null;
              bezeichnung: string;
              /** @description Eingabe der Prüfung mehrkosten */
              eingabe: {
                [key: string]: unknown;
              };
              /** @description Ergebnis des Regelwerks (Prüfung mehrkosten) */
              ergebnis: {
                [key: string]: unknown;
              };
              status: 'Offen' | 'Entschieden';
              entscheidung:
                | ({
                    ergebnis: 'bewilligt' | 'teilweiseBewilligt' | 'abgelehnt';
                    gruende: string;
                    betragCentProMonat?: number;
                    vonName: string;
                    am: string;
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              fall: {
                id: string;
                aktenzeichen: string;
                bemerkung: string | null;
                person: {
                  id: string;
                  pseudonym: string;
                  nachname: string;
                  vorname: string;
                };
              } | null;
              regelentscheidung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              entscheidungen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              aenderbar: boolean;
              moeglicheAktionen: string[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mehrkostenvergleiche/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ein Vergleich mit Regelentscheidung (Begründung, Referenzen) und menschlicher Entscheidung */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              traegerId: string;
              fallId: string | null;
              bezeichnung: string;
              /** @description Eingabe der Prüfung mehrkosten */
              eingabe: {
                [key: string]: unknown;
              };
              /** @description Ergebnis des Regelwerks (Prüfung mehrkosten) */
              ergebnis: {
                [key: string]: unknown;
              };
              status: 'Offen' | 'Entschieden';
              entscheidung:
                | ({
                    ergebnis: 'bewilligt' | 'teilweiseBewilligt' | 'abgelehnt';
                    gruende: string;
                    betragCentProMonat?: number;
                    vonName: string;
                    am: string;
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              fall: {
                id: string;
                aktenzeichen: string;
                bemerkung: string | null;
                person: {
                  id: string;
                  pseudonym: string;
                  nachname: string;
                  vorname: string;
                };
              } | null;
              regelentscheidung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              entscheidungen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              aenderbar: boolean;
              moeglicheAktionen: string[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Vergleich ändern (If-Match); das Regelwerk rechnet neu. Nur im Status Offen. */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Bezeichnung des Vergleichs für Listen */
            bezeichnung?: string;
            /** @description Eigener Fall (optional) */
            fallId?: string | null;
            /** @description Stichtag des anzuwendenden Rechts; überschreibt die Wahl aus den Daten (optional) (JJJJ-MM-TT); null entfernt */
            rechtsstand?: string | null;
            /**
             * Format: date
             * @description Tag, für den entschieden wird; wählt das Recht (ab 01.01.2020 § 104 SGB IX) (JJJJ-MM-TT)
             */
            stichtag?: string;
            /** @description Die gewünschte Leistung */
            gewuenscht?: {
              /** @description Bezeichnung des Angebots bzw. Anbieters */
              bezeichnung: string;
              /** @description Alle Kosten, die der Träger bei diesem Angebot trägt */
              posten: {
                /** @description Bezeichnung des Kostenpostens, z. B. „Wohnheim“, „Werkstatt“, „Fahrtkosten“ */
                bezeichnung: string;
                /** @description Betrag des Postens (ganze Cent) */
                betragCent: number;
                /**
                 * @description Tagessatz („tag“) oder Monatsbetrag („monat“)
                 * @enum {string}
                 */
                je: 'tag' | 'monat';
              }[];
              /** @description Vom Träger oder Anbieter angegebene Monatskosten (nur zur Kontrolle, optional) (ganze Cent) */
              kostenangabeCentProMonat?: number;
            };
            /** @description Vom Träger benannte abweichende Leistungen */
            alternativen?: {
              /** @description Bezeichnung des Angebots bzw. Anbieters */
              bezeichnung: string;
              /** @description Alle Kosten, die der Träger bei diesem Angebot trägt */
              posten: {
                /** @description Bezeichnung des Kostenpostens, z. B. „Wohnheim“, „Werkstatt“, „Fahrtkosten“ */
                bezeichnung: string;
                /** @description Betrag des Postens (ganze Cent) */
                betragCent: number;
                /**
                 * @description Tagessatz („tag“) oder Monatsbetrag („monat“)
                 * @enum {string}
                 */
                je: 'tag' | 'monat';
              }[];
              /** @description Vom Träger oder Anbieter angegebene Monatskosten (nur zur Kontrolle, optional) (ganze Cent) */
              kostenangabeCentProMonat?: number;
              /** @description Mit dem Anbieter besteht eine Vereinbarung nach Kapitel 8 SGB IX (§§ 123 ff.) */
              vereinbarungKapitel8: boolean;
              /** @description Die abweichende Leistung ist zumutbar (§ 104 Abs. 3 Satz 1–2 SGB IX) */
              zumutbar: boolean;
              /** @description Der Bedarf kann durch diese Leistung gedeckt werden (§ 104 Abs. 2 Satz 2 Nr. 2 SGB IX) */
              bedarfsdeckend: boolean;
              /** @description Die Alternative ist objektiv deutlich besser geeignet (optional) */
              deutlichBesserGeeignet?: boolean;
            }[];
            /** @description Tage je Monat für Tagessätze (Standard 30; z. B. 30,42 = 365/12); null entfernt */
            tageProMonat?: number | null;
            /** @description Gewünscht ist ein Wohnen außerhalb besonderer Wohnformen, und es kommt in Betracht (§ 104 Abs. 3 Satz 3 SGB IX), optional; null entfernt */
            wohnenAusserhalbBesondererWohnform?: boolean | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              traegerId: string;
              fallId: string | null;
              bezeichnung: string;
              /** @description Eingabe der Prüfung mehrkosten */
              eingabe: {
                [key: string]: unknown;
              };
              /** @description Ergebnis des Regelwerks (Prüfung mehrkosten) */
              ergebnis: {
                [key: string]: unknown;
              };
              status: 'Offen' | 'Entschieden';
              entscheidung:
                | ({
                    ergebnis: 'bewilligt' | 'teilweiseBewilligt' | 'abgelehnt';
                    gruende: string;
                    betragCentProMonat?: number;
                    vonName: string;
                    am: string;
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              fall: {
                id: string;
                aktenzeichen: string;
                bemerkung: string | null;
                person: {
                  id: string;
                  pseudonym: string;
                  nachname: string;
                  vorname: string;
                };
              } | null;
              regelentscheidung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              entscheidungen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              aenderbar: boolean;
              moeglicheAktionen: string[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/mehrkostenvergleiche/{id}/entscheiden': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Entscheidung über den Wunsch mit Gründen festhalten (If-Match; Sachbearbeitung oder Leitung); danach unveränderlich */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            ergebnis: 'bewilligt' | 'teilweiseBewilligt' | 'abgelehnt';
            /** @description Gründe der Abwägung: Gewicht des Wunsches gegen die Mehrkosten (Pflicht) */
            gruende: string;
            /** @description Nur bei teilweiser Bewilligung: übernommener Betrag je Monat, z. B. bis zu den Kosten des Vergleichsangebots (offene Rechtsfrage) */
            betragCentProMonat?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              traegerId: string;
              fallId: string | null;
              bezeichnung: string;
              /** @description Eingabe der Prüfung mehrkosten */
              eingabe: {
                [key: string]: unknown;
              };
              /** @description Ergebnis des Regelwerks (Prüfung mehrkosten) */
              ergebnis: {
                [key: string]: unknown;
              };
              status: 'Offen' | 'Entschieden';
              entscheidung:
                | ({
                    ergebnis: 'bewilligt' | 'teilweiseBewilligt' | 'abgelehnt';
                    gruende: string;
                    betragCentProMonat?: number;
                    vonName: string;
                    am: string;
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              version: number;
              /** Format: date-time */
              erstelltAm: string;
              /** Format: date-time */
              geaendertAm: string;
              fall: {
                id: string;
                aktenzeichen: string;
                bemerkung: string | null;
                person: {
                  id: string;
                  pseudonym: string;
                  nachname: string;
                  vorname: string;
                };
              } | null;
              regelentscheidung: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              } | null;
              entscheidungen: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';
                /** Format: uuid */
                bezugId: string;
                pruefung: string;
                /** @description Eingabe der Prüfung */
                eingabe: {
                  [key: string]: unknown;
                };
                /** @description Ergebnis des Regelwerks (je Prüfungsart verschieden) */
                ergebnis: {
                  [key: string]: unknown;
                };
                begruendung: unknown;
                hinweise: unknown;
                regelwerkVersion: string;
                erstelltVon: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              aenderbar: boolean;
              moeglicheAktionen: string[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/protokoll': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Zugriffsprotokoll des eigenen Trägers (Rolle Datenschutz) */
    get: {
      parameters: {
        query?: {
          von?: string;
          bis?: string;
          objektArt?: string;
          objektId?: string;
          personId?: string;
          benutzername?: string;
          /** @description Seite (ab 1) */
          seite?: number;
          /** @description Einträge je Seite */
          proSeite?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              eintraege: {
                id: number;
                /** Format: date-time */
                zeit: string;
                traegerId: string | null;
                benutzerId: string | null;
                benutzername: string | null;
                aktion: string;
                objektArt: string;
                objektId: string | null;
                personId: string | null;
                details: unknown;
                darstellung: {
                  benutzer: string;
                  aktion: string;
                  objekt: string;
                  person: string | null;
                  einzelheiten: {
                    feld: string;
                    wert: string;
                  }[];
                };
              }[];
              /** @description es gibt eine nächste Seite */
              weitere: boolean;
              seite: number;
              proSeite: number;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/erstattungsansprueche/{id}/briefe/vorschau': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Vorschau eines Briefs als PDF – nichts wird gespeichert, der Datensatz bleibt unverändert */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            vorlage: 'anmeldung' | 'bezifferung' | 'erinnerung';
            /**
             * Format: date
             * @description Anmeldung: der Tag, an dem das Schreiben beim verpflichteten Träger eingeht (Zugang der Erklärung, § 130 BGB) – frühestens heute, höchstens 14 Tage später
             */
            geltendmachung?: string;
            /** @description Anmeldung: die Leistungszeiträume (Kennungen), die geltend gemacht werden; ohne Angabe die, deren Frist am Tag des Eingangs läuft */
            zeitraeume?: string[];
            /** @description Ein frei formulierter Absatz vor dem Gruß (Absätze durch Leerzeilen) */
            freitext?: string;
          };
        };
      };
      responses: {
        /** @description Brief als PDF */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/erstattungsansprueche/{id}/briefe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Brief erzeugen und als Dokument speichern (Anmeldung eines Erstattungsanspruchs, Bezifferung, Erinnerung); die Anmeldung macht den Anspruch geltend (§ 111 SGB X), If-Match freiwillig */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            vorlage: 'anmeldung' | 'bezifferung' | 'erinnerung';
            /**
             * Format: date
             * @description Anmeldung: der Tag, an dem das Schreiben beim verpflichteten Träger eingeht (Zugang der Erklärung, § 130 BGB) – frühestens heute, höchstens 14 Tage später
             */
            geltendmachung?: string;
            /** @description Anmeldung: die Leistungszeiträume (Kennungen), die geltend gemacht werden; ohne Angabe die, deren Frist am Tag des Eingangs läuft */
            zeitraeume?: string[];
            /** @description Ein frei formulierter Absatz vor dem Gruß (Absätze durch Leerzeilen) */
            freitext?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              parteien: string[];
              bezugArt: string;
              /** Format: uuid */
              bezugId: string;
              vorlage: string;
              vorlageName: string;
              dateiname: string;
              mimeType: string;
              /** @description Größe in Bytes */
              groesse: number;
              erstelltVon?: string | null;
              /** Format: date-time */
              erstelltAm: string;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/erstattungsansprueche/{id}/vorlagen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Briefe, die dieser Benutzer zu diesem Datensatz jetzt erzeugen kann – mit Grund, wenn nicht */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              eintraege: {
                /** @description Kennung der Vorlage für POST …/briefe */
                vorlage: string;
                /** @description Name der Vorlage */
                name: string;
                /** @description Kann dieser Benutzer den Brief jetzt erzeugen? */
                moeglich: boolean;
                /** @description Warum nicht – dieselbe Meldung, die POST …/briefe brächte */
                grund: string | null;
                /** @description Was das Erzeugen bewirkt, wo es mehr ist als ein abgelegtes Dokument (Anmeldung: Geltendmachung nach § 111 SGB X) oder eine Zweitschrift */
                wirkung: string | null;
                /** @description Ändert das Erzeugen den Datensatz (Status, Geltendmachung, Bezifferung)? */
                aendertDatensatz: boolean;
                /** @description Stammdaten, ohne die der Brief nicht gesetzt wird (Anschriften, IBAN), je als Feld des Trägers */
                fehlendeStammdaten: {
                  pfad: string;
                  meldung: string;
                }[];
                /** @description Anmeldung: POST …/briefe braucht geltendmachung, den Tag, an dem das Schreiben beim verpflichteten Träger eingeht */
                brauchtEingang: boolean;
                /** @description Anmeldung: die Leistungszeiträume zur Wahl (zeitraeume in POST …/briefe) mit dem Ende ihrer Ausschlussfrist */
                zeitraeume: {
                  id: string;
                  /** Format: date */
                  von: string;
                  /** Format: date */
                  bis: string;
                  betragCent: number;
                  /** Format: date */
                  fristEnde: string | null;
                  gewahrt: boolean | null;
                }[];
                /** @description Wird der Brief als Zweitschrift gesetzt? */
                zweitschrift: boolean;
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/erstattungsansprueche/{id}/dokumente': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Dokumente des Datensatzes (neueste zuerst, ohne Inhalt) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              eintraege: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: string;
                /** Format: uuid */
                bezugId: string;
                vorlage: string;
                vorlageName: string;
                dateiname: string;
                mimeType: string;
                /** @description Größe in Bytes */
                groesse: number;
                erstelltVon?: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              gesamt: number;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/amtshilfeersuchen/{id}/briefe/vorschau': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Vorschau eines Briefs als PDF – nichts wird gespeichert, der Datensatz bleibt unverändert */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            vorlage: 'ersuchen' | 'antwort' | 'kostenanforderung' | 'erinnerung';
            /**
             * Format: date
             * @description Anmeldung: der Tag, an dem das Schreiben beim verpflichteten Träger eingeht (Zugang der Erklärung, § 130 BGB) – frühestens heute, höchstens 14 Tage später
             */
            geltendmachung?: string;
            /** @description Anmeldung: die Leistungszeiträume (Kennungen), die geltend gemacht werden; ohne Angabe die, deren Frist am Tag des Eingangs läuft */
            zeitraeume?: string[];
            /** @description Ein frei formulierter Absatz vor dem Gruß (Absätze durch Leerzeilen) */
            freitext?: string;
          };
        };
      };
      responses: {
        /** @description Brief als PDF */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/amtshilfeersuchen/{id}/briefe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Brief erzeugen und als Dokument speichern (Ersuchen um Amtshilfe, Antwort / Ablehnung mit Gründen, Kostenanforderung, Erinnerung) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            vorlage: 'ersuchen' | 'antwort' | 'kostenanforderung' | 'erinnerung';
            /**
             * Format: date
             * @description Anmeldung: der Tag, an dem das Schreiben beim verpflichteten Träger eingeht (Zugang der Erklärung, § 130 BGB) – frühestens heute, höchstens 14 Tage später
             */
            geltendmachung?: string;
            /** @description Anmeldung: die Leistungszeiträume (Kennungen), die geltend gemacht werden; ohne Angabe die, deren Frist am Tag des Eingangs läuft */
            zeitraeume?: string[];
            /** @description Ein frei formulierter Absatz vor dem Gruß (Absätze durch Leerzeilen) */
            freitext?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              parteien: string[];
              bezugArt: string;
              /** Format: uuid */
              bezugId: string;
              vorlage: string;
              vorlageName: string;
              dateiname: string;
              mimeType: string;
              /** @description Größe in Bytes */
              groesse: number;
              erstelltVon?: string | null;
              /** Format: date-time */
              erstelltAm: string;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/amtshilfeersuchen/{id}/vorlagen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Briefe, die dieser Benutzer zu diesem Datensatz jetzt erzeugen kann – mit Grund, wenn nicht; dazu, ob er die XRechnung ablegen kann */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              eintraege: {
                /** @description Kennung der Vorlage für POST …/briefe */
                vorlage: string;
                /** @description Name der Vorlage */
                name: string;
                /** @description Kann dieser Benutzer den Brief jetzt erzeugen? */
                moeglich: boolean;
                /** @description Warum nicht – dieselbe Meldung, die POST …/briefe brächte */
                grund: string | null;
                /** @description Was das Erzeugen bewirkt, wo es mehr ist als ein abgelegtes Dokument (Anmeldung: Geltendmachung nach § 111 SGB X) oder eine Zweitschrift */
                wirkung: string | null;
                /** @description Ändert das Erzeugen den Datensatz (Status, Geltendmachung, Bezifferung)? */
                aendertDatensatz: boolean;
                /** @description Stammdaten, ohne die der Brief nicht gesetzt wird (Anschriften, IBAN), je als Feld des Trägers */
                fehlendeStammdaten: {
                  pfad: string;
                  meldung: string;
                }[];
                /** @description Anmeldung: POST …/briefe braucht geltendmachung, den Tag, an dem das Schreiben beim verpflichteten Träger eingeht */
                brauchtEingang: boolean;
                /** @description Anmeldung: die Leistungszeiträume zur Wahl (zeitraeume in POST …/briefe) mit dem Ende ihrer Ausschlussfrist */
                zeitraeume: {
                  id: string;
                  /** Format: date */
                  von: string;
                  /** Format: date */
                  bis: string;
                  betragCent: number;
                  /** Format: date */
                  fristEnde: string | null;
                  gewahrt: boolean | null;
                }[];
                /** @description Wird der Brief als Zweitschrift gesetzt? */
                zweitschrift: boolean;
              }[];
              xrechnung?: {
                moeglich: boolean;
                grund: string | null;
                fehlendeStammdaten: {
                  pfad: string;
                  meldung: string;
                }[];
              };
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/amtshilfeersuchen/{id}/dokumente': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Dokumente des Datensatzes (neueste zuerst, ohne Inhalt) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              eintraege: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: string;
                /** Format: uuid */
                bezugId: string;
                vorlage: string;
                vorlageName: string;
                dateiname: string;
                mimeType: string;
                /** @description Größe in Bytes */
                groesse: number;
                erstelltVon?: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              gesamt: number;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mehrkostenvergleiche/{id}/briefe/vorschau': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Vorschau eines Briefs als PDF – nichts wird gespeichert, der Datensatz bleibt unverändert */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            vorlage: 'vermerkMehrkosten';
            /**
             * Format: date
             * @description Anmeldung: der Tag, an dem das Schreiben beim verpflichteten Träger eingeht (Zugang der Erklärung, § 130 BGB) – frühestens heute, höchstens 14 Tage später
             */
            geltendmachung?: string;
            /** @description Anmeldung: die Leistungszeiträume (Kennungen), die geltend gemacht werden; ohne Angabe die, deren Frist am Tag des Eingangs läuft */
            zeitraeume?: string[];
            /** @description Ein frei formulierter Absatz vor dem Gruß (Absätze durch Leerzeilen) */
            freitext?: string;
          };
        };
      };
      responses: {
        /** @description Brief als PDF */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mehrkostenvergleiche/{id}/briefe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Brief erzeugen und als Dokument speichern (Vermerk Mehrkostenvergleich) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            vorlage: 'vermerkMehrkosten';
            /**
             * Format: date
             * @description Anmeldung: der Tag, an dem das Schreiben beim verpflichteten Träger eingeht (Zugang der Erklärung, § 130 BGB) – frühestens heute, höchstens 14 Tage später
             */
            geltendmachung?: string;
            /** @description Anmeldung: die Leistungszeiträume (Kennungen), die geltend gemacht werden; ohne Angabe die, deren Frist am Tag des Eingangs läuft */
            zeitraeume?: string[];
            /** @description Ein frei formulierter Absatz vor dem Gruß (Absätze durch Leerzeilen) */
            freitext?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              parteien: string[];
              bezugArt: string;
              /** Format: uuid */
              bezugId: string;
              vorlage: string;
              vorlageName: string;
              dateiname: string;
              mimeType: string;
              /** @description Größe in Bytes */
              groesse: number;
              erstelltVon?: string | null;
              /** Format: date-time */
              erstelltAm: string;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mehrkostenvergleiche/{id}/vorlagen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Briefe, die dieser Benutzer zu diesem Datensatz jetzt erzeugen kann – mit Grund, wenn nicht */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              eintraege: {
                /** @description Kennung der Vorlage für POST …/briefe */
                vorlage: string;
                /** @description Name der Vorlage */
                name: string;
                /** @description Kann dieser Benutzer den Brief jetzt erzeugen? */
                moeglich: boolean;
                /** @description Warum nicht – dieselbe Meldung, die POST …/briefe brächte */
                grund: string | null;
                /** @description Was das Erzeugen bewirkt, wo es mehr ist als ein abgelegtes Dokument (Anmeldung: Geltendmachung nach § 111 SGB X) oder eine Zweitschrift */
                wirkung: string | null;
                /** @description Ändert das Erzeugen den Datensatz (Status, Geltendmachung, Bezifferung)? */
                aendertDatensatz: boolean;
                /** @description Stammdaten, ohne die der Brief nicht gesetzt wird (Anschriften, IBAN), je als Feld des Trägers */
                fehlendeStammdaten: {
                  pfad: string;
                  meldung: string;
                }[];
                /** @description Anmeldung: POST …/briefe braucht geltendmachung, den Tag, an dem das Schreiben beim verpflichteten Träger eingeht */
                brauchtEingang: boolean;
                /** @description Anmeldung: die Leistungszeiträume zur Wahl (zeitraeume in POST …/briefe) mit dem Ende ihrer Ausschlussfrist */
                zeitraeume: {
                  id: string;
                  /** Format: date */
                  von: string;
                  /** Format: date */
                  bis: string;
                  betragCent: number;
                  /** Format: date */
                  fristEnde: string | null;
                  gewahrt: boolean | null;
                }[];
                /** @description Wird der Brief als Zweitschrift gesetzt? */
                zweitschrift: boolean;
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mehrkostenvergleiche/{id}/dokumente': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Dokumente des Datensatzes (neueste zuerst, ohne Inhalt) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              eintraege: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: string;
                /** Format: uuid */
                bezugId: string;
                vorlage: string;
                vorlageName: string;
                dateiname: string;
                mimeType: string;
                /** @description Größe in Bytes */
                groesse: number;
                erstelltVon?: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              gesamt: number;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/beitritte/{id}/briefe/vorschau': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Vorschau eines Briefs als PDF – nichts wird gespeichert, der Datensatz bleibt unverändert */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            vorlage: 'beitrittserklaerung';
            /**
             * Format: date
             * @description Anmeldung: der Tag, an dem das Schreiben beim verpflichteten Träger eingeht (Zugang der Erklärung, § 130 BGB) – frühestens heute, höchstens 14 Tage später
             */
            geltendmachung?: string;
            /** @description Anmeldung: die Leistungszeiträume (Kennungen), die geltend gemacht werden; ohne Angabe die, deren Frist am Tag des Eingangs läuft */
            zeitraeume?: string[];
            /** @description Ein frei formulierter Absatz vor dem Gruß (Absätze durch Leerzeilen) */
            freitext?: string;
          };
        };
      };
      responses: {
        /** @description Brief als PDF */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/beitritte/{id}/briefe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Brief erzeugen und als Dokument speichern (Beitrittserklärung zur Verwaltungsvereinbarung) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            vorlage: 'beitrittserklaerung';
            /**
             * Format: date
             * @description Anmeldung: der Tag, an dem das Schreiben beim verpflichteten Träger eingeht (Zugang der Erklärung, § 130 BGB) – frühestens heute, höchstens 14 Tage später
             */
            geltendmachung?: string;
            /** @description Anmeldung: die Leistungszeiträume (Kennungen), die geltend gemacht werden; ohne Angabe die, deren Frist am Tag des Eingangs läuft */
            zeitraeume?: string[];
            /** @description Ein frei formulierter Absatz vor dem Gruß (Absätze durch Leerzeilen) */
            freitext?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              parteien: string[];
              bezugArt: string;
              /** Format: uuid */
              bezugId: string;
              vorlage: string;
              vorlageName: string;
              dateiname: string;
              mimeType: string;
              /** @description Größe in Bytes */
              groesse: number;
              erstelltVon?: string | null;
              /** Format: date-time */
              erstelltAm: string;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/beitritte/{id}/vorlagen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Briefe, die dieser Benutzer zu diesem Datensatz jetzt erzeugen kann – mit Grund, wenn nicht */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              eintraege: {
                /** @description Kennung der Vorlage für POST …/briefe */
                vorlage: string;
                /** @description Name der Vorlage */
                name: string;
                /** @description Kann dieser Benutzer den Brief jetzt erzeugen? */
                moeglich: boolean;
                /** @description Warum nicht – dieselbe Meldung, die POST …/briefe brächte */
                grund: string | null;
                /** @description Was das Erzeugen bewirkt, wo es mehr ist als ein abgelegtes Dokument (Anmeldung: Geltendmachung nach § 111 SGB X) oder eine Zweitschrift */
                wirkung: string | null;
                /** @description Ändert das Erzeugen den Datensatz (Status, Geltendmachung, Bezifferung)? */
                aendertDatensatz: boolean;
                /** @description Stammdaten, ohne die der Brief nicht gesetzt wird (Anschriften, IBAN), je als Feld des Trägers */
                fehlendeStammdaten: {
                  pfad: string;
                  meldung: string;
                }[];
                /** @description Anmeldung: POST …/briefe braucht geltendmachung, den Tag, an dem das Schreiben beim verpflichteten Träger eingeht */
                brauchtEingang: boolean;
                /** @description Anmeldung: die Leistungszeiträume zur Wahl (zeitraeume in POST …/briefe) mit dem Ende ihrer Ausschlussfrist */
                zeitraeume: {
                  id: string;
                  /** Format: date */
                  von: string;
                  /** Format: date */
                  bis: string;
                  betragCent: number;
                  /** Format: date */
                  fristEnde: string | null;
                  gewahrt: boolean | null;
                }[];
                /** @description Wird der Brief als Zweitschrift gesetzt? */
                zweitschrift: boolean;
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/beitritte/{id}/dokumente': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Dokumente des Datensatzes (neueste zuerst, ohne Inhalt) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              eintraege: {
                /** Format: uuid */
                id: string;
                parteien: string[];
                bezugArt: string;
                /** Format: uuid */
                bezugId: string;
                vorlage: string;
                vorlageName: string;
                dateiname: string;
                mimeType: string;
                /** @description Größe in Bytes */
                groesse: number;
                erstelltVon?: string | null;
                /** Format: date-time */
                erstelltAm: string;
              }[];
              gesamt: number;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dokumente/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Dokument herunterladen (Brief als PDF, XRechnung als XML) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Brief (PDF) oder XRechnung (XML) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
            'application/xml': string;
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/amtshilfeersuchen/{id}/xrechnung': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Die zuletzt abgelegte XRechnung (UBL) des Ersuchens herunterladen (beide Parteien)
     * @description Liest nur: Die Rechnung entsteht mit POST …/xrechnung als Dokument des Ersuchens; GET liefert die neueste abgelegte Fassung (dieselbe Datei wie GET /dokumente/{id}). 404 (xrechnung-nicht-abgelegt), solange keine abgelegt ist.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description XRechnung (UBL) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/xml': string;
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /**
     * XRechnung (UBL) der Abrechnung erzeugen und als Dokument des Ersuchens ablegen
     * @description Der ersuchte Träger (Rechnungssteller, Rolle Sachbearbeitung) legt die Rechnung der Abrechnung – Pauschale der Vereinbarung oder Auslagen, § 7 SGB X – als Dokument ab (application/xml; beide Parteien sehen es in GET …/dokumente, GET /dokumente/{id} lädt es herunter). Antwort 201 mit den Metadaten und Location. Jeder Aufruf legt eine neue Fassung ab; mit Idempotency-Key entsteht sie nur einmal. 409 vor der Abrechnung oder ohne erstattungsfähigen Betrag; 422 (stammdaten-unvollstaendig) nennt jede fehlende Stammdatenangabe als Feld des Trägers (/traeger/{id}/…) – dann wird nichts abgelegt.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              parteien: string[];
              bezugArt: string;
              /** Format: uuid */
              bezugId: string;
              vorlage: string;
              vorlageName: string;
              dateiname: string;
              mimeType: string;
              /** @description Größe in Bytes */
              groesse: number;
              erstelltVon?: string | null;
              /** Format: date-time */
              erstelltAm: string;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/normen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Wortlaut einer zitierten Norm (z. B. „§ 111 Satz 1 SGB X“, „§ 98 Abs. 5 SGB XII a.F.“, „§§ 187–193 BGB“)
     * @description Liest das Zitat so, wie das Regelwerk es in Begründungen schreibt; „a.F.“ wählt die Fassung von 2012, „i.V.m.“ und „;“ trennen mehrere Normen (`teile`). Mit `stichtag` öffnet ein seit Anfang 2022 geänderter Paragraph in der Fassung, die an diesem Tag galt, und sagt im Text, welche das ist. Gerichtsentscheidungen und nicht mitgelieferte Gesetze ergeben `gefunden: false` mit einem Hinweis im Text.
     */
    get: {
      parameters: {
        query: {
          /** @description Das Zitat, wie es in der Begründung steht */
          zitat: string;
          /** @description Tag des Sachverhalts (JJJJ-MM-TT): wählt die an diesem Tag geltende Fassung */
          stichtag?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              zitat: string;
              titel: string;
              text: string;
              gesetz: string;
              stand: string;
              quelle: string;
              gefunden: boolean;
              kuerzel?: string | null;
              /** @enum {string|null} */
              fassung?: 'aktuell' | '2022' | '2012' | null;
              paragraph?: string | null;
              absatz?: number | null;
              satz?: number | null;
              teile: {
                zitat: string;
                titel: string;
                text: string;
                gesetz: string;
                stand: string;
                quelle: string;
                gefunden: boolean;
                kuerzel?: string | null;
                /** @enum {string|null} */
                fassung?: 'aktuell' | '2022' | '2012' | null;
                paragraph?: string | null;
                absatz?: number | null;
                satz?: number | null;
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/normen/verzeichnis': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Verzeichnis der mitgelieferten Gesetze mit Gliederung und Paragraphen (für die Hilfe) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              hinweis: string;
              gesetze: {
                schluessel: string;
                kuerzel: string;
                zitierweise: string;
                fassung: 'aktuell' | '2022' | '2012';
                name: string;
                stand: string;
                quelle: string;
                anzahlParagraphen: number;
                eintraege: (
                  | {
                      /** @enum {string} */
                      art: 'gliederung';
                      ebene: number;
                      text: string;
                    }
                  | {
                      /** @enum {string} */
                      art: 'paragraph';
                      nummer: string;
                      titel: string;
                      zitat: string;
                    }
                )[];
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/normen/suche': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Volltextsuche in den mitgelieferten Gesetzen (Überschriften zuerst) */
    get: {
      parameters: {
        query: {
          /** @description Suchbegriff, z. B. „Amtshilfe“ oder „Ausschlussfrist“ */
          q: string;
          /** @description Nur in einem Gesetz (Schlüssel aus dem Verzeichnis, z. B. sgb-10) */
          gesetz?: string;
          hoechstens?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              treffer: {
                zitat: string;
                schluessel: string;
                kuerzel: string;
                fassung: 'aktuell' | '2022' | '2012';
                nummer: string;
                titel: string;
                ausschnitt: string;
              }[];
              gesamt: number;
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/import/erstattungsansprueche': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Erstattungsansprüche aus CSV oder XLSX importieren (eigener Träger als Anspruchsteller)
     * @description Rumpf: die Datei selbst (Content-Type text/csv oder application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; das Format wird am Inhalt erkannt). Größe: CSV bis EGH_IMPORT_MAX_MB (Standard 50 MB), XLSX bis EGH_IMPORT_XLSX_MAX_MB (Standard 10 MB); größer: 413. Alles oder nichts: enthält eine Zeile einen Fehler, wird nichts gespeichert; 422 mit Bericht (Zeile, Spalte, Meldung). Erfolg: 201 mit Bericht. Spalten: docs/AUSTAUSCH.md.
     */
    post: {
      parameters: {
        query?: {
          /** @description einzeln: je Anspruch der Anwendungsfall wie POST /erstattungsansprueche; masse: Massenpfad (COPY); automatisch: ab 200 Ansprüchen masse */
          verarbeitung?: 'automatisch' | 'einzeln' | 'masse';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              ok: boolean;
              format: 'csv' | 'xlsx';
              /** @description Gelesene Datenzeilen */
              zeilen: number;
              ansprueche: number;
              zeitraeume: number;
              verarbeitung: ('einzeln' | 'masse') | null;
              regelwerksaufrufe: number;
              fehlerAnzahl: number;
              fehler: {
                zeile: number;
                spalte: string;
                meldung: string;
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/export/erstattungsansprueche': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Erstattungsbuch als CSV oder XLSX (dieselben Filter wie GET /erstattungsansprueche, ohne Seiten) */
    get: {
      parameters: {
        query?: {
          format?: 'csv' | 'xlsx';
          richtung?: 'ausgehend' | 'eingehend';
          status?:
            'Entwurf' | 'Angemeldet' | 'Beziffert' | 'Anerkannt' | 'TeilweiseAnerkannt' | 'Abgelehnt' | 'Klage' | 'Bezahlt' | 'Erledigt';
          suche?: string;
          sortierung?: 'aktenzeichen' | '-aktenzeichen' | 'forderung' | '-forderung' | 'geaendert' | '-geaendert' | 'status';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description CSV (UTF-8, Semikolon) oder XLSX */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': string;
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/import/faelle': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Fälle (mit Person, Aufenthalten, Leistungen) aus CSV oder XLSX importieren
     * @description Rumpf: die Datei selbst (Content-Type text/csv oder application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; das Format wird am Inhalt erkannt). Größe: CSV bis EGH_IMPORT_MAX_MB (Standard 50 MB), XLSX bis EGH_IMPORT_XLSX_MAX_MB (Standard 10 MB); größer: 413. Alles oder nichts: enthält eine Zeile einen Fehler, wird nichts gespeichert; 422 mit Bericht (Zeile, Spalte, Meldung). Erfolg: 201 mit Bericht. Spalten: docs/AUSTAUSCH.md.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              ok: boolean;
              format: 'csv' | 'xlsx';
              /** @description Gelesene Datenzeilen */
              zeilen: number;
              faelle: number;
              fehlerAnzahl: number;
              fehler: {
                zeile: number;
                spalte: string;
                meldung: string;
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/export/faelle': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Fälle des eigenen Trägers als CSV oder XLSX (mit Personendaten; der Export wird protokolliert) */
    get: {
      parameters: {
        query?: {
          format?: 'csv' | 'xlsx';
          suche?: string;
          status?: 'offen' | 'abgeschlossen';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description CSV (UTF-8, Semikolon) oder XLSX */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': string;
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Lebt der Prozess? (Liveness-Probe; ohne Datenbank) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'lebt';
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Bereit für Anfragen? (Readiness-Probe: Datenbank, Migrationen, Schreibbarkeit) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'bereit' | 'nicht bereit';
              version: string;
              pruefungen: {
                /** @enum {string} */
                name: 'datenbank' | 'migrationen' | 'schreibbar';
                ok: boolean;
                meldung: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'bereit' | 'nicht bereit';
              version: string;
              pruefungen: {
                /** @enum {string} */
                name: 'datenbank' | 'migrationen' | 'schreibbar';
                ok: boolean;
                meldung: string;
              }[];
            };
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Metriken im Textformat von Prometheus (nur mit Token: Authorization: Bearer <EGH_METRIKEN_TOKEN>)
     * @description Ohne gesetztes EGH_METRIKEN_TOKEN ist der Endpunkt abgeschaltet (404). Anfragen je Route und Status, Dauer als Histogramm, Serverfehler, Verbindungen der Pools, Läufe der Aufträge, offene Fristen.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Prometheus-Textformat 0.0.4 */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/plain': string;
          };
        };
        /** @description Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder) */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              /** @description Art des Fehlers, z. B. urn:egh:problem:eingabe */
              type: string;
              title: string;
              status: number;
              detail?: string;
              fehler?: ({
                pfad: string;
                meldung: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** Frist nach § 26 SGB X i. V. m. §§ 187–193 BGB */
    'def-0': {
      /**
       * @description Art der Prüfung
       * @enum {unknown}
       */
      art: 'frist';
      /**
       * Format: date
       * @description Stichtag des anzuwendenden Rechts; überschreibt die Wahl aus den Daten (optional) (JJJJ-MM-TT)
       */
      rechtsstand?: string;
      /**
       * Format: date
       * @description Tag des fristauslösenden Ereignisses (JJJJ-MM-TT)
       */
      ereignis: string;
      /** @description Genau eine Angabe: tage, wochen, monate oder jahre */
      dauer: {
        /** @description Anzahl Tage */
        tage?: number;
        /** @description Anzahl Wochen */
        wochen?: number;
        /** @description Anzahl Monate */
        monate?: number;
        /** @description Anzahl Jahre */
        jahre?: number;
      };
      /**
       * @description „ereignis“ (§ 187 Abs. 1 BGB, Standard) oder „tagesbeginn“ (§ 187 Abs. 2 BGB)
       * @enum {string}
       */
      beginn?: 'ereignis' | 'tagesbeginn';
      /** @description Fristende auf den nächsten Werktag verschieben (§ 26 Abs. 3 SGB X), Standard true */
      verschiebung?: boolean;
      /**
       * @description Land, dessen Feiertage gelten (Pflicht bei Verschiebung)
       * @enum {string}
       */
      land?: 'BW' | 'BY' | 'BE' | 'BB' | 'HB' | 'HH' | 'HE' | 'MV' | 'NI' | 'NW' | 'RP' | 'SL' | 'SN' | 'ST' | 'SH' | 'TH';
      /**
       * @description Teilgebiet mit eigenen Feiertagen (optional)
       * @enum {string}
       */
      region?: 'BY-A' | 'BY-KATH' | 'SN-BZ' | 'TH-EIC' | 'TH-UH' | 'TH-WAK';
    };
    /** Bekanntgabefiktion nach § 37 Abs. 2 SGB X */
    'def-1': {
      /**
       * @description Art der Prüfung
       * @enum {unknown}
       */
      art: 'bekanntgabe';
      /**
       * Format: date
       * @description Stichtag des anzuwendenden Rechts; überschreibt die Wahl aus den Daten (optional) (JJJJ-MM-TT)
       */
      rechtsstand?: string;
      /**
       * Format: date
       * @description Tag der Aufgabe zur Post bzw. der elektronischen Absendung (JJJJ-MM-TT)
       */
      aufgabeZurPost: string;
      /**
       * @description Land, dessen Feiertage für das Ende der Folgefrist gelten
       * @enum {string}
       */
      land: 'BW' | 'BY' | 'BE' | 'BB' | 'HB' | 'HH' | 'HE' | 'MV' | 'NI' | 'NW' | 'RP' | 'SL' | 'SN' | 'ST' | 'SH' | 'TH';
      /**
       * @description Teilgebiet mit eigenen Feiertagen (optional)
       * @enum {string}
       */
      region?: 'BY-A' | 'BY-KATH' | 'SN-BZ' | 'TH-EIC' | 'TH-UH' | 'TH-WAK';
      /** @description Folgefrist in Monaten ab Bekanntgabe (z. B. 1 für Widerspruch oder Klage), optional */
      fristMonate?: number;
    };
    /** Zuständigkeitsklärung nach §§ 14 ff. SGB IX */
    'def-2': {
      /**
       * @description Art der Prüfung
       * @enum {unknown}
       */
      art: 'zustaendigkeitsklaerung';
      /**
       * Format: date
       * @description Stichtag des anzuwendenden Rechts; überschreibt die Wahl aus den Daten (optional) (JJJJ-MM-TT)
       */
      rechtsstand?: string;
      /**
       * Format: date
       * @description Eingang des Antrags beim ersten Träger; wählt das Recht (ab 01.01.2018 §§ 14 ff. SGB IX n.F.) (JJJJ-MM-TT)
       */
      antragseingang: string;
      /**
       * @description Land des erstangegangenen Trägers
       * @enum {string}
       */
      landErsterTraeger: 'BW' | 'BY' | 'BE' | 'BB' | 'HB' | 'HH' | 'HE' | 'MV' | 'NI' | 'NW' | 'RP' | 'SL' | 'SN' | 'ST' | 'SH' | 'TH';
      /** @description Der erste Träger ist für mindestens eine beantragte Leistung zuständig (Standard false) */
      ersterTraegerZustaendig?: boolean;
      /** @description Weiterleitung an den zweiten Träger (§ 14 Abs. 1 Satz 2 SGB IX) */
      weiterleitung?: {
        /**
         * Format: date
         * @description Weiterleitung durch den ersten Träger (JJJJ-MM-TT)
         */
        am: string;
        /**
         * Format: date
         * @description Eingang beim zweiten Träger (JJJJ-MM-TT)
         */
        eingang: string;
        /**
         * @description Land des zweiten Trägers
         * @enum {string}
         */
        land: 'BW' | 'BY' | 'BE' | 'BB' | 'HB' | 'HH' | 'HE' | 'MV' | 'NI' | 'NW' | 'RP' | 'SL' | 'SN' | 'ST' | 'SH' | 'TH';
      };
      /** @description Der zweite Träger versucht, den Antrag zurückzugeben */
      rueckgabe?: {
        /**
         * Format: date
         * @description Versuch der Rückgabe (JJJJ-MM-TT)
         */
        am: string;
      };
      /** @description Weiterleitung durch den zweiten Träger (§ 14 Abs. 3 SGB IX, nur Recht ab 2018) */
      turboklaerung?: {
        /**
         * Format: date
         * @description Zweite Weiterleitung (JJJJ-MM-TT)
         */
        am: string;
        /**
         * Format: date
         * @description Eingang beim dritten Träger (JJJJ-MM-TT)
         */
        eingang: string;
        /**
         * @description Land des dritten Trägers
         * @enum {string}
         */
        land: 'BW' | 'BY' | 'BE' | 'BB' | 'HB' | 'HH' | 'HE' | 'MV' | 'NI' | 'NW' | 'RP' | 'SL' | 'SN' | 'ST' | 'SH' | 'TH';
        /** @description Einvernehmen des dritten Trägers */
        einvernehmen: boolean;
      };
      /** @description Gutachten (§ 17 SGB IX) */
      gutachten?: {
        /**
         * Format: date
         * @description Beauftragung des Sachverständigen (JJJJ-MM-TT)
         */
        beauftragt: string;
        /**
         * Format: date
         * @description Gutachten liegt vor (JJJJ-MM-TT)
         */
        vorliegend?: string;
      };
      /**
       * @description Beteiligung weiterer Träger (§ 15 Abs. 4 SGB IX): keine (Standard), traeger (6 Wochen), teilhabeplankonferenz (2 Monate)
       * @enum {string}
       */
      beteiligung?: 'keine' | 'traeger' | 'teilhabeplankonferenz';
    };
    /** Ausschlussfrist (§ 111 SGB X) und Verjährung (§ 113 SGB X) */
    'def-3': {
      /**
       * @description Art der Prüfung
       * @enum {unknown}
       */
      art: 'erstattungsfristen';
      /**
       * Format: date
       * @description Stichtag des anzuwendenden Rechts; überschreibt die Wahl aus den Daten (optional) (JJJJ-MM-TT)
       */
      rechtsstand?: string;
      /** @description Leistungszeiträume (laufende Leistungen: je Bewilligungs- oder Abrechnungszeitraum) */
      leistungszeitraeume: {
        /**
         * Format: date
         * @description Erster Leistungstag (JJJJ-MM-TT)
         */
        von: string;
        /**
         * Format: date
         * @description Letzter Leistungstag (JJJJ-MM-TT)
         */
        bis: string;
        /** @description Betrag des Zeitraums (ganze Cent) */
        betragCent?: number;
        /** @description Fortlaufende Maßnahme, zu der der Zeitraum gehört (Eingliederungshilfe: gemeinsamer Fristbeginn) */
        massnahme?: string;
        /**
         * Geltend gemacht
         * @description Nein: bei der Geltendmachung ausgenommen; für diesen Zeitraum wahrt sie die Ausschlussfrist nicht
         */
        geltendGemacht?: boolean;
      }[];
      /**
       * @description Leistungsrecht des verpflichteten Trägers; es bestimmt den Leistungsfall. Eingliederungshilfe (Standard): die Maßnahme; sonst jeder Zeitraum für sich
       * @enum {string}
       */
      leistungsrecht?: 'eingliederungshilfe' | 'sozialhilfe' | 'jugendhilfe' | 'krankenversicherung' | 'sonstiges';
      /** @description Ende oder Fortdauer der Maßnahmen; ohne Angabe endet eine Maßnahme mit ihrem letzten Zeitraum, wenn er vor dem Stichtag liegt */
      massnahmen?: {
        /** @description Name der Maßnahme wie bei den Zeiträumen */
        massnahme: string;
        /**
         * Format: date
         * @description Ende der Maßnahme (Teilhabeziel erreicht oder Maßnahme beendet) (JJJJ-MM-TT)
         */
        beendet?: string;
        /** @description Die Maßnahme läuft am Stichtag noch */
        laeuft?: boolean;
      }[];
      /**
       * Format: date
       * @description Kenntnis von der Entscheidung des Verpflichteten über seine Leistungspflicht (§ 111 Satz 2, § 113 Abs. 1 SGB X) (JJJJ-MM-TT)
       */
      kenntnisEntscheidung?: string;
      /**
       * Format: date
       * @description Geltendmachung beim Verpflichteten; darf vor den Zeiträumen liegen (JJJJ-MM-TT)
       */
      geltendmachung?: string;
      /**
       * @description Land des erstattungspflichtigen Trägers (Feiertage für das Ende der Ausschlussfrist)
       * @enum {string}
       */
      landVerpflichteter: 'BW' | 'BY' | 'BE' | 'BB' | 'HB' | 'HH' | 'HE' | 'MV' | 'NI' | 'NW' | 'RP' | 'SL' | 'SN' | 'ST' | 'SH' | 'TH';
      /** @description Hemmungen der Verjährung */
      hemmungen?: ({
        /** @enum {string} */
        art: 'klage' | 'verhandlungen';
      } & (
        | {
            /** @enum {unknown} */
            art: 'klage';
            /**
             * Format: date
             * @description Erhebung der Klage (JJJJ-MM-TT)
             */
            von: string;
            /**
             * Format: date
             * @description Rechtskräftige Entscheidung oder anderweitige Beendigung (optional; fehlt sie, dauert die Hemmung an) (JJJJ-MM-TT)
             */
            rechtskraft?: string;
          }
        | {
            /** @enum {unknown} */
            art: 'verhandlungen';
            /**
             * Format: date
             * @description Beginn der Verhandlungen (JJJJ-MM-TT)
             */
            von: string;
            /**
             * Format: date
             * @description Verweigerung der Fortsetzung (JJJJ-MM-TT)
             */
            bis: string;
          }
      ))[];
      /**
       * Format: date
       * @description Anerkenntnis des Verpflichteten (§ 212 Abs. 1 Nr. 1 BGB) (JJJJ-MM-TT)
       */
      neubeginn?: string;
      /**
       * @description Land des Gerichts (Feiertage für das Ende der Verjährung); Standard: landVerpflichteter
       * @enum {string}
       */
      landGericht?: 'BW' | 'BY' | 'BE' | 'BB' | 'HB' | 'HH' | 'HE' | 'MV' | 'NI' | 'NW' | 'RP' | 'SL' | 'SN' | 'ST' | 'SH' | 'TH';
      /**
       * Format: date
       * @description Tag, an dem der Stand beurteilt wird (JJJJ-MM-TT)
       */
      stichtag: string;
    };
    /** Erstattungsanspruch nach §§ 102–110 SGB X, § 16 SGB IX, § 14 Abs. 4 SGB IX a.F., § 98 Abs. 2 Satz 2 SGB IX */
    'def-4': {
      /**
       * @description Art der Prüfung
       * @enum {unknown}
       */
      art: 'erstattungsanspruch';
      /**
       * Format: date
       * @description Stichtag des anzuwendenden Rechts; überschreibt die Wahl aus den Daten (optional) (JJJJ-MM-TT)
       */
      rechtsstand?: string;
      /**
       * Format: date
       * @description Beginn der Leistung; wählt das Recht (vor 01.01.2018 § 14 SGB IX a.F., vor 01.01.2020 SGB XII für § 98) (JJJJ-MM-TT)
       */
      leistungsbeginn: string;
      /** @description Das Verfahren nach § 14 SGB IX aus Sicht des zahlenden Trägers */
      verfahren: {
        /**
         * @description Rolle des zahlenden Trägers: erster, zweiter (nach Weiterleitung), dritter (Turboklärung), vorlaeufig98 (§ 98 Abs. 2 Satz 1 SGB IX), sonstiger
         * @enum {string}
         */
        zahlenderTraeger: 'erster' | 'zweiter' | 'dritter' | 'vorlaeufig98' | 'sonstiger';
        /** @description Der erste Träger hat den Antrag weitergeleitet (Standard false) */
        weitergeleitet?: boolean;
        /** @description Die Weiterleitung war rechtzeitig (Standard false) */
        weiterleitungRechtzeitig?: boolean;
        /** @description Der zweite Träger hat versucht, den Antrag zurückzugeben (Standard false) */
        rueckgabeVersucht?: boolean;
        /** @description Der erste Träger war faktisch zur Vorleistung gezwungen (nur altes Recht, Standard false) */
        faktischerZwang?: boolean;
        /** @description Die Rehabilitationsträger haben Abweichendes vereinbart (§ 16 Abs. 4 Satz 1 SGB IX, Standard false) */
        abweichendeVereinbarung?: boolean;
        /** @description Keine Weiterleitung wegen Anhaltspunkten zur Ursache der Behinderung (§ 16 Abs. 4 Satz 2 SGB IX, Standard false) */
        ursacheDerBehinderung?: boolean;
      };
      zahlender: {
        /**
         * @description Art des zahlenden (erstattungsberechtigten) Trägers
         * @enum {string}
         */
        art:
          | 'egh'
          | 'sozialhilfe'
          | 'jugendhilfe'
          | 'sozialeEntschaedigung'
          | 'kriegsopferfuersorge'
          | 'krankenkasse'
          | 'pflegekasse'
          | 'rentenversicherung'
          | 'unfallversicherung'
          | 'bundesagentur';
      };
      verpflichteter: {
        /**
         * @description Art des erstattungspflichtigen Trägers
         * @enum {string}
         */
        art:
          | 'egh'
          | 'sozialhilfe'
          | 'jugendhilfe'
          | 'sozialeEntschaedigung'
          | 'kriegsopferfuersorge'
          | 'krankenkasse'
          | 'pflegekasse'
          | 'rentenversicherung'
          | 'unfallversicherung'
          | 'bundesagentur';
        /** @description Für die erbrachten Leistungen insgesamt zuständig (§ 16 Abs. 1 SGB IX); ohne Angabe angenommen */
        insgesamtZustaendig?: boolean;
        /**
         * Format: date
         * @description Tag, ab dem der Verpflichtete wusste, dass die Voraussetzungen seiner Leistungspflicht vorlagen (§ 103 Abs. 3, § 105 Abs. 3 SGB X) (JJJJ-MM-TT)
         */
        kenntnisVoraussetzungen?: string;
        /** @description Was der Verpflichtete selbst geleistet hat, bevor er von der Leistung des anderen Kenntnis erlangte (§§ 103–105 SGB X) (ganze Cent) */
        selbstGeleistetCent?: number;
      };
      /**
       * @description Vorgabe der Grundlage nach SGB X: vorlaeufigGesetzlich (§ 102), nachtraeglichEntfallen (§ 103), nachrang (§ 104), unzustaendig (§ 105)
       * @enum {string}
       */
      grundlage?: 'vorlaeufigGesetzlich' | 'nachtraeglichEntfallen' | 'nachrang' | 'unzustaendig';
      /** @description Erbrachte Leistungen, für die Erstattung verlangt wird */
      leistungen: {
        /**
         * Format: date
         * @description Erster Tag des Leistungszeitraums (JJJJ-MM-TT)
         */
        von: string;
        /**
         * Format: date
         * @description Letzter Tag des Leistungszeitraums (JJJJ-MM-TT)
         */
        bis: string;
        /** @description Aufwendungen: für den ganzen Zeitraum (je=zeitraum), als Monatsbetrag (je=monat) oder als Tagesbetrag (je=tag) (ganze Cent) */
        betragCent: number;
        /**
         * @description Bezug von betragCent: „zeitraum“ (Standard), „monat“ (Monatsbetrag; angebrochene Kalendermonate anteilig nach Kalendertagen des Monats) oder „tag“
         * @enum {string}
         */
        je?: 'zeitraum' | 'monat' | 'tag';
        /** @description Zu Unrecht und grob fahrlässig oder vorsätzlich erbracht (§ 16 Abs. 3 Satz 2 SGB IX), Standard false */
        grobFahrlaessigZuUnrecht?: boolean;
        /** @description Optional: Angaben der Rechnung für die Plausibilitätsprüfung (PERIOD_MISMATCH, INVOICE_RATE_MISMATCH); der Betrag wird nie automatisch korrigiert */
        rechnung?: {
          /**
           * Format: date
           * @description Erster Tag des Rechnungszeitraums (JJJJ-MM-TT)
           */
          von?: string;
          /**
           * Format: date
           * @description Letzter Tag des Rechnungszeitraums (JJJJ-MM-TT)
           */
          bis?: string;
          /** @description Abgerechnete Stunden (auf Hundertstel genau) */
          stunden?: number;
          /** @description Zulässige Stundensätze (z. B. mit und ohne Nachtzuschlag) */
          stundensaetzeCent?: number[];
        };
      }[];
      /** @description Angeforderte Auslagen (§ 109 Satz 2 SGB X) (ganze Cent) */
      auslagenCent?: number;
      /** @description Geltend gemachte Verwaltungskosten (werden nie erstattet, § 109 Satz 1 SGB X) (ganze Cent) */
      verwaltungskostenCent?: number;
      /** @description Vereinbarte höhere Bagatellgrenze (§ 110 Satz 3 SGB X); gesetzlich 5000 (ganze Cent) */
      bagatellgrenzeCent?: number;
    };
    /** Verzinsung eines Erstattungsanspruchs nach § 108 Abs. 2 SGB X */
    'def-5': {
      /**
       * @description Art der Prüfung
       * @enum {unknown}
       */
      art: 'zinsen';
      /**
       * Format: date
       * @description Stichtag des anzuwendenden Rechts; überschreibt die Wahl aus den Daten (optional) (JJJJ-MM-TT)
       */
      rechtsstand?: string;
      /** @description Erstattungsanspruch (ganze Cent) */
      forderungCent: number;
      /**
       * @description Art des erstattungsberechtigten Trägers
       * @enum {string}
       */
      glaeubigerArt:
        | 'egh'
        | 'sozialhilfe'
        | 'jugendhilfe'
        | 'sozialeEntschaedigung'
        | 'kriegsopferfuersorge'
        | 'krankenkasse'
        | 'pflegekasse'
        | 'rentenversicherung'
        | 'unfallversicherung'
        | 'bundesagentur';
      /**
       * @description Art des erstattungspflichtigen Trägers
       * @enum {string}
       */
      schuldnerArt:
        | 'egh'
        | 'sozialhilfe'
        | 'jugendhilfe'
        | 'sozialeEntschaedigung'
        | 'kriegsopferfuersorge'
        | 'krankenkasse'
        | 'pflegekasse'
        | 'rentenversicherung'
        | 'unfallversicherung'
        | 'bundesagentur';
      /**
       * Format: date
       * @description Eingang des vollständigen Leistungsantrags beim zuständigen Träger (§ 108 Abs. 2 Satz 2 SGB X) (JJJJ-MM-TT)
       */
      eingangLeistungsantrag?: string;
      /**
       * Format: date
       * @description Nur wenn kein Leistungsantrag vorliegt: Bekanntgabe der Entscheidung über die Leistung (JJJJ-MM-TT)
       */
      bekanntgabeLeistungsentscheidung?: string;
      /**
       * Format: date
       * @description Eingang des vollständigen, den ganzen Erstattungszeitraum umfassenden Erstattungsantrags beim Verpflichteten (JJJJ-MM-TT)
       */
      eingangErstattungsantrag: string;
      /**
       * Format: date
       * @description Tag der Zahlung (JJJJ-MM-TT)
       */
      zahlung: string;
      /** @description Zinsen wurden beantragt (Standard false; ohne Antrag keine Zinsen) */
      zinsantrag?: boolean;
      /** @description Auch Zinsen für die Dauer des Erstattungszeitraums rechnen (§ 108 Abs. 2 Satz 1 Nr. 1 SGB X) – nach einer Lesart des Regelwerks, die rechtlich offen ist (Standard false; braucht die Leistungszeiträume) */
      zinsenNr1?: boolean;
      /** @description Zeiträume des Erstattungsanspruchs mit Beträgen (nur für Zinsen nach Nr. 1) */
      leistungszeitraeume?: {
        /**
         * Format: date
         * @description Erster Leistungstag (JJJJ-MM-TT)
         */
        von: string;
        /**
         * Format: date
         * @description Letzter Leistungstag (der Betrag gilt an diesem Tag als erbracht) (JJJJ-MM-TT)
         */
        bis: string;
        /** @description Betrag des Zeitraums (ganze Cent) */
        betragCent: number;
      }[];
    };
    /** Amtshilfe nach §§ 3–7 SGB X */
    'def-6': {
      /**
       * @description Art der Prüfung
       * @enum {unknown}
       */
      art: 'amtshilfe';
      /**
       * Format: date
       * @description Stichtag des anzuwendenden Rechts; überschreibt die Wahl aus den Daten (optional) (JJJJ-MM-TT)
       */
      rechtsstand?: string;
      /** @description Die ersuchende Behörde */
      ersuchender: {
        /** @description Kennung der Behörde (frei gewählt, z. B. „lk-prignitz“) */
        id: string;
        /** @description Rechtsträger der Behörde (z. B. der Landkreis); zwei Stellen desselben Rechtsträgers erstatten keine Auslagen */
        rechtstraeger: string;
        /** @description Die Behörde ist ein Versicherungsträger (Standard false; Träger der Eingliederungshilfe sind es nie) */
        versicherungstraeger?: boolean;
        /** @description Unmittelbare Aufsichtsbehörde (optional, für § 4 Abs. 5 SGB X) */
        aufsichtsbehoerde?: string;
      };
      /** @description Die ersuchte Behörde */
      ersuchter: {
        /** @description Kennung der Behörde (frei gewählt, z. B. „lk-prignitz“) */
        id: string;
        /** @description Rechtsträger der Behörde (z. B. der Landkreis); zwei Stellen desselben Rechtsträgers erstatten keine Auslagen */
        rechtstraeger: string;
        /** @description Die Behörde ist ein Versicherungsträger (Standard false; Träger der Eingliederungshilfe sind es nie) */
        versicherungstraeger?: boolean;
        /** @description Unmittelbare Aufsichtsbehörde (optional, für § 4 Abs. 5 SGB X) */
        aufsichtsbehoerde?: string;
      };
      /**
       * Format: date
       * @description Eingang (Zugang) des Ersuchens bei der ersuchten Behörde (JJJJ-MM-TT)
       */
      eingangErsuchen: string;
      /**
       * Format: date
       * @description Tag der Durchführung der Amtshilfe (optional) (JJJJ-MM-TT)
       */
      durchfuehrung?: string;
      /** @description Aufgabe, z. B. „gesamtplanung“, „bedarfsermittlung“, „gesamtplankonferenz“, „hausbesuch“ */
      aufgabe: string;
      /** @description Die Handlung ist eigene Aufgabe der ersuchten Behörde (§ 3 Abs. 2 Nr. 2 SGB X), etwa weil sie nach § 98 SGB IX selbst zuständig ist */
      ersuchterSelbstZustaendig?: boolean;
      /** @description Die Behörden stehen in einem Weisungsverhältnis (§ 3 Abs. 2 Nr. 1 SGB X) */
      weisungsverhaeltnis?: boolean;
      /** @description Auslagen der ersuchten Behörde im Einzelfall (optional) (ganze Cent) */
      auslagenCent?: number;
      /** @description Die ersuchte Behörde hat die Auslagen angefordert (§ 7 Abs. 1 Satz 2 SGB X); Standard true, wenn Auslagen angegeben sind */
      auslagenAngefordert?: boolean;
      /** @description Beide Behörden haben eine gemeinsame fachlich zuständige Aufsichtsbehörde (§ 4 Abs. 5 Satz 2 SGB X) */
      gemeinsameAufsicht?: boolean;
      /**
       * @description Grund, aus dem die ersuchte Behörde ablehnt (optional)
       * @enum {string}
       */
      ablehnungsgrund?:
        | 'unzweckmaessig'
        | 'andereBehoerdeEinfacher'
        | 'unverhaeltnismaessigerAufwand'
        | 'eigeneAufgabenGefaehrdet'
        | 'rechtlichesHindernis'
        | 'gemeinwohl';
      /** @description Die Fassung der Verwaltungsvereinbarung als Daten */
      vereinbarung?: {
        /**
         * Format: date
         * @description Beginn der Geltung dieser Fassung der Vereinbarung (JJJJ-MM-TT)
         */
        gueltigAb: string;
        /** @description Pauschale je Aufgabe in Cent, z. B. {"gesamtplanung": 25000} – Daten des Plattformbetriebs, ungeprüft */
        pauschalen: {
          [key: string]: number;
        };
        /** @description Beitritte zur Vereinbarung */
        mitglieder: {
          /** @description Kennung der Behörde wie bei ersuchender/ersuchter */
          id: string;
          /**
           * Format: date
           * @description Wirksamkeit des Beitritts (JJJJ-MM-TT)
           */
          beitritt: string;
          /**
           * Format: date
           * @description Erster Tag ohne Mitgliedschaft (optional) (JJJJ-MM-TT)
           */
          austritt?: string;
        }[];
      };
    };
    /** Mehrkostenvergleich nach § 104 SGB IX bzw. § 9 Abs. 2 SGB XII a.F. */
    'def-7': {
      /**
       * @description Art der Prüfung
       * @enum {unknown}
       */
      art: 'mehrkosten';
      /**
       * Format: date
       * @description Stichtag des anzuwendenden Rechts; überschreibt die Wahl aus den Daten (optional) (JJJJ-MM-TT)
       */
      rechtsstand?: string;
      /**
       * Format: date
       * @description Tag, für den entschieden wird; wählt das Recht (ab 01.01.2020 § 104 SGB IX) (JJJJ-MM-TT)
       */
      stichtag: string;
      /** @description Die gewünschte Leistung */
      gewuenscht: {
        /** @description Bezeichnung des Angebots bzw. Anbieters */
        bezeichnung: string;
        /** @description Alle Kosten, die der Träger bei diesem Angebot trägt */
        posten: {
          /** @description Bezeichnung des Kostenpostens, z. B. „Wohnheim“, „Werkstatt“, „Fahrtkosten“ */
          bezeichnung: string;
          /** @description Betrag des Postens (ganze Cent) */
          betragCent: number;
          /**
           * @description Tagessatz („tag“) oder Monatsbetrag („monat“)
           * @enum {string}
           */
          je: 'tag' | 'monat';
        }[];
        /** @description Vom Träger oder Anbieter angegebene Monatskosten (nur zur Kontrolle, optional) (ganze Cent) */
        kostenangabeCentProMonat?: number;
      };
      /** @description Vom Träger benannte abweichende Leistungen */
      alternativen: {
        /** @description Bezeichnung des Angebots bzw. Anbieters */
        bezeichnung: string;
        /** @description Alle Kosten, die der Träger bei diesem Angebot trägt */
        posten: {
          /** @description Bezeichnung des Kostenpostens, z. B. „Wohnheim“, „Werkstatt“, „Fahrtkosten“ */
          bezeichnung: string;
          /** @description Betrag des Postens (ganze Cent) */
          betragCent: number;
          /**
           * @description Tagessatz („tag“) oder Monatsbetrag („monat“)
           * @enum {string}
           */
          je: 'tag' | 'monat';
        }[];
        /** @description Vom Träger oder Anbieter angegebene Monatskosten (nur zur Kontrolle, optional) (ganze Cent) */
        kostenangabeCentProMonat?: number;
        /** @description Mit dem Anbieter besteht eine Vereinbarung nach Kapitel 8 SGB IX (§§ 123 ff.) */
        vereinbarungKapitel8: boolean;
        /** @description Die abweichende Leistung ist zumutbar (§ 104 Abs. 3 Satz 1–2 SGB IX) */
        zumutbar: boolean;
        /** @description Der Bedarf kann durch diese Leistung gedeckt werden (§ 104 Abs. 2 Satz 2 Nr. 2 SGB IX) */
        bedarfsdeckend: boolean;
        /** @description Die Alternative ist objektiv deutlich besser geeignet (optional) */
        deutlichBesserGeeignet?: boolean;
      }[];
      /** @description Tage je Monat für Tagessätze (Standard 30; z. B. 30,42 = 365/12) */
      tageProMonat?: number;
      /** @description Gewünscht ist ein Wohnen außerhalb besonderer Wohnformen, und es kommt in Betracht (§ 104 Abs. 3 Satz 3 SGB IX), optional */
      wohnenAusserhalbBesondererWohnform?: boolean;
    };
    /** Datenübermittlung nach §§ 67b, 69, 76 SGB X */
    'def-8': {
      /**
       * @description Art der Prüfung
       * @enum {unknown}
       */
      art: 'datenuebermittlung';
      /**
       * Format: date
       * @description Stichtag des anzuwendenden Rechts; überschreibt die Wahl aus den Daten (optional) (JJJJ-MM-TT)
       */
      rechtsstand?: string;
      /**
       * @description Zweck der Übermittlung; „gerichtsverfahren“: ein mit der Aufgabe zusammenhängendes gerichtliches Verfahren (§ 69 Abs. 1 Nr. 2 SGB X)
       * @enum {string}
       */
      zweck: 'amtshilfe' | 'erstattung' | 'gesamtplankonferenz' | 'gerichtsverfahren';
      /** @description Die zu übermittelnden Datenarten */
      daten: ('stammdaten' | 'gesamtplanziele' | 'arztbericht' | 'begutachtung' | 'einkommen' | 'pflegekasseBeteiligen')[];
      /** @description Einwilligung (§ 67b Abs. 2 SGB X): true für alle Datenarten oder eine Liste der gedeckten Datenarten */
      einwilligung?:
        boolean | ('stammdaten' | 'gesamtplanziele' | 'arztbericht' | 'begutachtung' | 'einkommen' | 'pflegekasseBeteiligen')[];
      /** @description Einwilligungen je Zweck; statt der früheren einzelnen Einwilligung */
      einwilligungen?: {
        /** @description Zustimmung zur Gesamtplankonferenz (§ 119 Abs. 1 SGB IX) */
        gesamtplankonferenz?: boolean;
        /** @description Zustimmung zur Information und Beteiligung der Pflegekasse (§ 117 Abs. 3 SGB IX) */
        pflegekasse?: boolean;
        /** @description Einwilligung in die Übermittlung ärztlicher Daten (§ 76 Abs. 1, § 67b Abs. 2 SGB X) */
        medizinischeDaten?: boolean;
      };
      /** @description Die Person widerspricht der Übermittlung von Begutachtungsdaten (§ 76 Abs. 2 Nr. 1 SGB X) */
      widerspruch?: boolean;
      /** @description Die Person wurde zu Beginn des Verfahrens schriftlich oder elektronisch auf ihr Widerspruchsrecht hingewiesen (§ 76 Abs. 2 Nr. 1 Hs. 2 SGB X) */
      aufWiderspruchsrechtHingewiesen?: boolean;
    };
    /** Örtliche Zuständigkeit nach § 98 SGB IX (ab 2020) bzw. § 98 SGB XII (2005–2019) */
    'def-9': {
      /**
       * @description Art der Prüfung
       * @enum {unknown}
       */
      art: 'oertlicheZustaendigkeit';
      /**
       * Format: date
       * @description Stichtag des anzuwendenden Rechts; überschreibt die Wahl aus den Daten (optional) (JJJJ-MM-TT)
       */
      rechtsstand?: string;
      /**
       * Format: date
       * @description Tag, für den die Zuständigkeit gefragt ist; wählt das Recht (vor 01.01.2020 § 98 SGB XII, danach § 98 SGB IX) (JJJJ-MM-TT)
       */
      stichtag: string;
      /** @description Aufenthalte der leistungsberechtigten Person */
      aufenthalte?: {
        /**
         * Format: date
         * @description Beginn des Aufenthalts (JJJJ-MM-TT)
         */
        von: string;
        /**
         * Format: date
         * @description Ende des Aufenthalts (fehlt: dauert an; ein offener gewöhnlicher Aufenthalt endet mit dem Beginn des nächsten) (JJJJ-MM-TT)
         */
        bis?: string;
        /** @description Gebiet, benannt nach dem dafür zuständigen Träger */
        gebiet: string;
        /**
         * @description gewoehnlich (gewöhnlicher Aufenthalt), voruebergehend, stationaer (Krankenhaus, Klinik, Einrichtung – nie gewöhnlicher Aufenthalt), haft
         * @enum {string}
         */
        art: 'gewoehnlich' | 'voruebergehend' | 'stationaer' | 'haft';
      }[];
      /** @description Leistungen der Eingliederungshilfe; es zählen nur Leistungen, die bis zum Stichtag begonnen haben */
      leistungen?: {
        /**
         * Format: date
         * @description Beginn der Leistung (JJJJ-MM-TT)
         */
        von: string;
        /**
         * Format: date
         * @description Ende der Leistung (fehlt: dauert an) (JJJJ-MM-TT)
         */
        bis?: string;
        /**
         * @description ambulant, tagUndNacht (Betreuung über Tag und Nacht / besondere Wohnform), betreutesWohnen (ambulant betreutes Wohnen), stationaer
         * @enum {string}
         */
        form: 'ambulant' | 'tagUndNacht' | 'betreutesWohnen' | 'stationaer';
        /** @description Träger, der die Leistung erbracht hat (optional) */
        traeger?: string;
      }[];
      /** @description Anträge; maßgeblich ist der erste Antrag des laufenden Leistungsfalls (§ 108 Abs. 1 SGB IX) */
      antraege?: {
        /**
         * Format: date
         * @description Tag der Antragstellung (JJJJ-MM-TT)
         */
        datum: string;
        /** @description Träger, bei dem der Antrag gestellt wurde (optional) */
        traeger?: string;
      }[];
      /**
       * Format: date
       * @description Beginn des Gesamtplanverfahrens, wenn kein Antrag nötig war (§ 98 Abs. 1 Satz 2, § 108 Abs. 2 SGB IX; optional) (JJJJ-MM-TT)
       */
      gesamtplanBeginn?: string;
      /** @description Unterbrechungen des Leistungsbezugs (§ 98 Abs. 1 Satz 5 SGB IX) */
      unterbrechungen?: {
        /**
         * Format: date
         * @description Beginn der Unterbrechung (JJJJ-MM-TT)
         */
        von: string;
        /**
         * Format: date
         * @description Ende der Unterbrechung (JJJJ-MM-TT)
         */
        bis: string;
        /**
         * @description krankenhaus, reha (medizinische Rehabilitation) oder sonstig
         * @enum {string}
         */
        grund: 'krankenhaus' | 'reha' | 'sonstig';
      }[];
      /** @description Geburt des Kindes (§ 98 Abs. 3 SGB IX; § 98 Abs. 2 Satz 4 SGB XII) */
      geburt?: {
        /**
         * Format: date
         * @description Tag der Geburt (JJJJ-MM-TT)
         */
        datum: string;
        /** @description Gebiet des gewöhnlichen Aufenthalts der Mutter */
        gebietMutter: string;
      };
      /** @description Betreuungsminuten je Tag für den BSG-Test zum betreuten Wohnen (§ 98 Abs. 5 SGB XII; optional) */
      betreuungsanteile?: {
        /** @description Teilhabe am Leben in der Gemeinschaft (Minuten je Tag) */
        teilhabe: number;
        /** @description Pflege (Minuten je Tag) */
        pflege: number;
        /** @description Sonstige Hilfe (Minuten je Tag) */
        sonstige: number;
        /** @description Stundensatz der Assistenz (optional; für die Kosten der Anteile) (ganze Cent) */
        stundensatzCent?: number;
        /** @description Tage je Monat für die Monatskosten (Standard 30) */
        tageProMonat?: number;
      };
      /** @description Der gewöhnliche Aufenthalt ist am Stichtag ungeklärt (§ 98 Abs. 2 Satz 1 SGB IX) */
      gewoehnlicherAufenthaltUngeklaert?: boolean;
      /**
       * Format: date
       * @description Tag, an dem der gewöhnliche Aufenthalt festgestellt wurde (§ 98 Abs. 2 Satz 2 SGB IX; optional); vorher gilt er als ungeklärt (JJJJ-MM-TT)
       */
      gewoehnlicherAufenthaltFestgestelltAm?: string;
      /** @description Eilfall: der Träger des tatsächlichen Aufenthalts leistet vorläufig */
      eilfall?: boolean;
      /** @description Gebiet des tatsächlichen Aufenthalts (§ 98 Abs. 2 SGB IX) */
      tatsaechlicherAufenthalt?: string;
      /** @description Optional: zusätzlich die sachliche Zuständigkeit prüfen */
      sachlich?: {
        /**
         * @description Land, dessen Ausführungsrecht gilt
         * @enum {string}
         */
        land: 'BW' | 'BY' | 'BE' | 'BB' | 'HB' | 'HH' | 'HE' | 'MV' | 'NI' | 'NW' | 'RP' | 'SL' | 'SN' | 'ST' | 'SH' | 'TH';
        /** @description Gleichzeitig wird Hilfe zur Pflege geleistet (Gesamtfall, § 97 Abs. 4 SGB XII, Art. 82 Abs. 2 AGSG) */
        hilfeZurPflege?: boolean;
        /** @description Kreisschlüssel (fünf Ziffern) des Kreises oder der kreisfreien Stadt des gewöhnlichen Aufenthalts (optional) */
        kreis?: string;
        /**
         * @description Kind oder Jugendlicher bis zum Ende der Schulzeit, oder erwachsen – wo das Land danach unterscheidet (Hessen, Niedersachsen, Nordrhein-Westfalen, Rheinland-Pfalz, Sachsen)
         * @enum {string}
         */
        lebensabschnitt?: 'kindOderSchule' | 'erwachsen';
        /**
         * @description Leistungsbereich, an dem in Nordrhein-Westfalen die Zuständigkeit für Kinder hängt (optional)
         * @enum {string}
         */
        leistungsbereich?:
          'tagUndNacht' | 'pflegefamilie' | 'heilpaedagogischeTagesstaette' | 'kita' | 'kindertagespflege' | 'fruehfoerderung';
      };
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
