-- Fees and quotes: tariffs per school year and sector (staff change them for a
-- new year), and quotes that keep their own amounts, so a later change of the
-- tariffs never touches a quote already made. Money in integer cents.
CREATE TABLE tariffs (
  school_year            TEXT    NOT NULL,
  sector                 TEXT    NOT NULL,
  per_team               INTEGER NOT NULL,
  first_year_cents       INTEGER NOT NULL CHECK (first_year_cents >= 0),
  second_year_cents      INTEGER NOT NULL CHECK (second_year_cents >= 0),
  second_year_is_maximum INTEGER NOT NULL,
  PRIMARY KEY (school_year, sector)
);
-- The seed's tariffs (PO €9,900 / at most €4,200; VO €25,000 / €12,500; MBO per team €13,500 / €4,500).
INSERT INTO tariffs VALUES
  ('2026-2027', 'PO', 0, 990000, 420000, 1), ('2026-2027', 'VO', 0, 2500000, 1250000, 0),
  ('2026-2027', 'MBO', 1, 1350000, 450000, 0);

CREATE TABLE quotes (
  id          INTEGER PRIMARY KEY,
  school_id   INTEGER NOT NULL REFERENCES schools (id) ON DELETE CASCADE,
  school_year TEXT    NOT NULL,
  sector      TEXT    NOT NULL,
  per_team    INTEGER NOT NULL,
  teams       INTEGER NOT NULL,
  years       INTEGER NOT NULL,
  total_cents INTEGER NOT NULL,
  created_by  INTEGER REFERENCES users (id) ON DELETE SET NULL,
  created_at  INTEGER NOT NULL
);
CREATE INDEX quotes_of_school ON quotes (school_id, id);

CREATE TABLE quote_lines (
  quote_id        INTEGER NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
  trajectory_year INTEGER NOT NULL,
  units           INTEGER NOT NULL,
  unit_cents      INTEGER NOT NULL,
  amount_cents    INTEGER NOT NULL,
  is_maximum      INTEGER NOT NULL,
  PRIMARY KEY (quote_id, trajectory_year)
);
