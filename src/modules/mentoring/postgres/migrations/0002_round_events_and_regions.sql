-- The programme's own events per round (the preparatory webinar and the
-- pairing-and-planning meeting, both in November), shown to the round's
-- mentors and mentees and sent as iCalendar entries. A round is named by the
-- first day of its meeting months, 'YYYY-12-01', as the pairs' season is.
CREATE TABLE mentoring_events (
  round      TEXT   NOT NULL,
  kind       TEXT   NOT NULL CHECK (kind IN ('webinar', 'pairing_meeting')),
  title      TEXT   NOT NULL,
  starts_at  BIGINT NOT NULL,
  ends_at    BIGINT NOT NULL,
  place      TEXT   NOT NULL DEFAULT '',
  link       TEXT   NOT NULL DEFAULT '',
  sequence   BIGINT NOT NULL DEFAULT 0,  -- raised at every change, so calendars replace the entry
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (round, kind)
);

-- The programme's region of a school (one of its four: noord, oost, midden,
-- zuid); NULL means the school's own region (the three holiday regions).
ALTER TABLE mentoring_programme_schools ADD COLUMN region TEXT;
