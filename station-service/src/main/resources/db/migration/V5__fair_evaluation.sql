-- A fairer evaluation (issue 21, point 5); see docs/evaluation.md.

-- When Yizhan began to receive the station's evidence (door entries, pickups, check-ins, ratings). A
-- station that opened long before it was loaded into Yizhan (the demo province, an import) has no
-- evidence for that time, and its absence proves nothing; judging starts at the later of the two.
-- Null for stations registered through the API: they are judged from their opening.
ALTER TABLE station ADD COLUMN evidence_since timestamptz;

-- Anonymous ratings (QR poster, no login) weigh less than a logged-in worker's and are capped, as in
-- rating-service. A rating tagged "closed when posted open" is not evidence that the station was open.
ALTER TABLE rating_signal
    ADD COLUMN anonymous      boolean          NOT NULL DEFAULT false,
    ADD COLUMN weight         double precision NOT NULL DEFAULT 1,
    ADD COLUMN reports_closed boolean          NOT NULL DEFAULT false;
