-- The 2026 official calendar (国务院办公厅关于2026年部分节假日安排的通知), loaded for every city so that
-- rights deadlines skip 春节 and 国庆 from the start. Cities load later years themselves through
-- PUT /api/v1/rights/calendar/{tenant}/{year} once the State Council publishes them (each autumn).
INSERT INTO workday_calendar (tenant, day, working, name)
SELECT t.tenant, d.day, d.working, d.name
FROM (VALUES ('fuzhou'), ('xiamen'), ('zhangzhou'), ('quanzhou'), ('sanming'), ('putian'), ('nanping'), ('longyan'),
             ('ningde'), ('pingtan')) AS t (tenant)
CROSS JOIN (VALUES
    ('2026-01-01'::date, false, '元旦'),
    ('2026-01-02'::date, false, '元旦'),
    ('2026-01-03'::date, false, '元旦'),
    ('2026-01-04'::date, true, '元旦调休'),
    ('2026-02-14'::date, true, '春节调休'),
    ('2026-02-15'::date, false, '春节'),
    ('2026-02-16'::date, false, '春节'),
    ('2026-02-17'::date, false, '春节'),
    ('2026-02-18'::date, false, '春节'),
    ('2026-02-19'::date, false, '春节'),
    ('2026-02-20'::date, false, '春节'),
    ('2026-02-21'::date, false, '春节'),
    ('2026-02-22'::date, false, '春节'),
    ('2026-02-23'::date, false, '春节'),
    ('2026-02-28'::date, true, '春节调休'),
    ('2026-04-04'::date, false, '清明节'),
    ('2026-04-05'::date, false, '清明节'),
    ('2026-04-06'::date, false, '清明节'),
    ('2026-05-01'::date, false, '劳动节'),
    ('2026-05-02'::date, false, '劳动节'),
    ('2026-05-03'::date, false, '劳动节'),
    ('2026-05-04'::date, false, '劳动节'),
    ('2026-05-05'::date, false, '劳动节'),
    ('2026-05-09'::date, true, '劳动节调休'),
    ('2026-06-19'::date, false, '端午节'),
    ('2026-06-20'::date, false, '端午节'),
    ('2026-06-21'::date, false, '端午节'),
    ('2026-09-20'::date, true, '国庆节调休'),
    ('2026-09-25'::date, false, '中秋节'),
    ('2026-09-26'::date, false, '中秋节'),
    ('2026-09-27'::date, false, '中秋节'),
    ('2026-10-01'::date, false, '国庆节'),
    ('2026-10-02'::date, false, '国庆节'),
    ('2026-10-03'::date, false, '国庆节'),
    ('2026-10-04'::date, false, '国庆节'),
    ('2026-10-05'::date, false, '国庆节'),
    ('2026-10-06'::date, false, '国庆节'),
    ('2026-10-07'::date, false, '国庆节'),
    ('2026-10-10'::date, true, '国庆节调休')
) AS d (day, working, name)
ON CONFLICT (tenant, day) DO NOTHING;
