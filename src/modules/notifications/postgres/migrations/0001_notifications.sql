-- The notifications module on PostgreSQL (the schema as sqlite/migrations
-- ends): what each person switched off (every topic is on until they do), and
-- what the scheduled mailings sent — the weekly digest's durable record, so it
-- never goes out twice. A topic is a name of core's Topic (model.h).
CREATE TABLE notification_preferences (
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  topic   TEXT   NOT NULL,
  wanted  BIGINT NOT NULL CHECK (wanted IN (0, 1)),
  PRIMARY KEY (user_id, topic)
);

-- A scheduled mailing (topic, period) that ran to the end: never again.
CREATE TABLE notification_mailings (
  topic   TEXT   NOT NULL,
  period  TEXT   NOT NULL,
  done_at BIGINT NOT NULL,
  PRIMARY KEY (topic, period)
);

-- One mail of a scheduled mailing.
CREATE TABLE notification_deliveries (
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  topic   TEXT   NOT NULL,
  period  TEXT   NOT NULL,
  sent_at BIGINT NOT NULL,
  PRIMARY KEY (user_id, topic, period)
);
