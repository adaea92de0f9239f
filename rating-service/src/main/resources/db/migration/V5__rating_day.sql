-- Ratings summed per station and station day (Asia/Shanghai), kept by a trigger on rating, so that the
-- 30-day figure checked in every rating's transaction reads at most 31 of these rows and the ratings of
-- one boundary day instead of every rating of the 30 days (ADR 0019). The trigger sees every writer:
-- the rating service (insert, a replacement moving score and rated_at), the demo week's bulk insert,
-- and deletes. The columns are the four sums of WeightedSatisfaction: logged-in ratings have an author,
-- anonymous (QR) ones none.
CREATE TABLE rating_day (
    station_id    uuid    NOT NULL,
    day           date    NOT NULL,
    tenant        varchar NOT NULL,
    workers       integer NOT NULL,
    worker_sum    integer NOT NULL,
    anonymous     integer NOT NULL,
    anonymous_sum integer NOT NULL,
    PRIMARY KEY (station_id, day)
);

CREATE FUNCTION rating_day_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE rating_day
           SET workers = workers - (OLD.author IS NOT NULL)::int,
               worker_sum = worker_sum - CASE WHEN OLD.author IS NOT NULL THEN OLD.score ELSE 0 END,
               anonymous = anonymous - (OLD.author IS NULL)::int,
               anonymous_sum = anonymous_sum - CASE WHEN OLD.author IS NULL THEN OLD.score ELSE 0 END
         WHERE station_id = OLD.station_id AND day = (OLD.rated_at AT TIME ZONE 'Asia/Shanghai')::date;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO rating_day AS d (station_id, day, tenant, workers, worker_sum, anonymous, anonymous_sum)
        VALUES (NEW.station_id, (NEW.rated_at AT TIME ZONE 'Asia/Shanghai')::date, NEW.tenant,
                (NEW.author IS NOT NULL)::int, CASE WHEN NEW.author IS NOT NULL THEN NEW.score ELSE 0 END,
                (NEW.author IS NULL)::int, CASE WHEN NEW.author IS NULL THEN NEW.score ELSE 0 END)
        ON CONFLICT (station_id, day) DO UPDATE
           SET workers = d.workers + excluded.workers, worker_sum = d.worker_sum + excluded.worker_sum,
               anonymous = d.anonymous + excluded.anonymous, anonymous_sum = d.anonymous_sum + excluded.anonymous_sum;
    END IF;
    RETURN NULL;
END $$;

-- only the columns the sums are made of: a moderation or a comment edit leaves the sums alone
CREATE TRIGGER rating_day_apply AFTER INSERT OR DELETE OR UPDATE OF station_id, score, author, rated_at ON rating
    FOR EACH ROW EXECUTE FUNCTION rating_day_apply();

INSERT INTO rating_day (station_id, day, tenant, workers, worker_sum, anonymous, anonymous_sum)
SELECT station_id, (rated_at AT TIME ZONE 'Asia/Shanghai')::date, min(tenant),
       count(*) FILTER (WHERE author IS NOT NULL), coalesce(sum(score) FILTER (WHERE author IS NOT NULL), 0),
       count(*) FILTER (WHERE author IS NULL), coalesce(sum(score) FILTER (WHERE author IS NULL), 0)
  FROM rating GROUP BY 1, 2;
