-- The queries behind `rectify-cli stats` (core/stats/statsquery.cpp), written out
-- for the sqlite3 shell: the baseline of tests/bench/stats_bench.sh. Parameters
-- are set by the script with .parameter set.
-- Totals per status and alert window.
SELECT COUNT(*),
  SUM(CASE WHEN t.status = 'not_started' THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status = 'in_progress' THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status IN ('completed', 'closed') THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status = 'closed' THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.long_term = 1 THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status IN ('not_started', 'in_progress') AND t.long_term = 0 AND t.deadline < :today THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status IN ('not_started', 'in_progress') AND t.long_term = 0 AND t.deadline >= :today AND t.deadline <= :soon_end THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status IN ('not_started', 'in_progress') AND t.long_term = 0 AND t.deadline >= :notice_start AND t.deadline <= :notice_end THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status IN ('not_started', 'in_progress') AND t.long_term = 0 AND t.deadline IS NULL THEN 1 ELSE 0 END)
FROM tasks t;
-- Stale long-term tasks.
SELECT COUNT(*) FROM tasks t WHERE t.long_term = 1 AND t.status IN ('not_started', 'in_progress')
  AND NOT EXISTS (SELECT 1 FROM progress_entries e WHERE e.task_id = t.id AND e.entry_date >= :stale_from AND e.entry_date <= :today);
-- Problems by derived status.
SELECT COUNT(*),
  SUM(CASE WHEN n > 0 AND closed = n THEN 1 ELSE 0 END),
  SUM(CASE WHEN n > 0 AND done = n THEN 1 ELSE 0 END),
  SUM(CASE WHEN started = 0 AND longterm = 0 THEN 1 ELSE 0 END)
FROM (SELECT COUNT(t.id) AS n,
    SUM(CASE WHEN t.status IN ('completed', 'closed') THEN 1 ELSE 0 END) AS done,
    SUM(CASE WHEN t.status = 'closed' THEN 1 ELSE 0 END) AS closed,
    SUM(CASE WHEN t.status <> 'not_started' THEN 1 ELSE 0 END) AS started,
    SUM(CASE WHEN t.long_term = 1 AND t.status IN ('not_started', 'in_progress') THEN 1 ELSE 0 END) AS longterm
  FROM problems p LEFT JOIN tasks t ON t.problem_id = p.id GROUP BY p.id) per_problem;
-- Per lead unit, and the tasks without one; per leader, and without one.
SELECT g.id, g.name, COUNT(*),
  SUM(CASE WHEN t.status = 'not_started' THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status = 'in_progress' THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status IN ('completed', 'closed') THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status = 'closed' THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.long_term = 1 THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status IN ('not_started', 'in_progress') AND t.long_term = 0 AND t.deadline < :today THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status IN ('not_started', 'in_progress') AND t.long_term = 0 AND t.deadline >= :today AND t.deadline <= :soon_end THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status IN ('not_started', 'in_progress') AND t.long_term = 0 AND t.deadline >= :notice_start AND t.deadline <= :notice_end THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status IN ('not_started', 'in_progress') AND t.long_term = 0 AND t.deadline IS NULL THEN 1 ELSE 0 END)
FROM responsibilities r JOIN units g ON g.id = r.unit_id JOIN tasks t ON t.id = r.task_id
WHERE r.role = 'lead_unit' GROUP BY g.id, g.name;
SELECT COUNT(*),
  SUM(CASE WHEN t.status = 'not_started' THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status = 'in_progress' THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status IN ('completed', 'closed') THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status = 'closed' THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.long_term = 1 THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status IN ('not_started', 'in_progress') AND t.long_term = 0 AND t.deadline < :today THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status IN ('not_started', 'in_progress') AND t.long_term = 0 AND t.deadline >= :today AND t.deadline <= :soon_end THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status IN ('not_started', 'in_progress') AND t.long_term = 0 AND t.deadline >= :notice_start AND t.deadline <= :notice_end THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status IN ('not_started', 'in_progress') AND t.long_term = 0 AND t.deadline IS NULL THEN 1 ELSE 0 END)
FROM tasks t WHERE NOT EXISTS (SELECT 1 FROM responsibilities nr WHERE nr.task_id = t.id AND nr.role = 'lead_unit');
SELECT g.id, g.name, COUNT(*),
  SUM(CASE WHEN t.status = 'not_started' THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status = 'in_progress' THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status IN ('completed', 'closed') THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status = 'closed' THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.long_term = 1 THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status IN ('not_started', 'in_progress') AND t.long_term = 0 AND t.deadline < :today THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status IN ('not_started', 'in_progress') AND t.long_term = 0 AND t.deadline >= :today AND t.deadline <= :soon_end THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status IN ('not_started', 'in_progress') AND t.long_term = 0 AND t.deadline >= :notice_start AND t.deadline <= :notice_end THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status IN ('not_started', 'in_progress') AND t.long_term = 0 AND t.deadline IS NULL THEN 1 ELSE 0 END)
FROM responsibilities r JOIN people g ON g.id = r.person_id JOIN tasks t ON t.id = r.task_id
WHERE r.role = 'leader' GROUP BY g.id, g.name;
SELECT COUNT(*),
  SUM(CASE WHEN t.status = 'not_started' THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status = 'in_progress' THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status IN ('completed', 'closed') THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status = 'closed' THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.long_term = 1 THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status IN ('not_started', 'in_progress') AND t.long_term = 0 AND t.deadline < :today THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status IN ('not_started', 'in_progress') AND t.long_term = 0 AND t.deadline >= :today AND t.deadline <= :soon_end THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status IN ('not_started', 'in_progress') AND t.long_term = 0 AND t.deadline >= :notice_start AND t.deadline <= :notice_end THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status IN ('not_started', 'in_progress') AND t.long_term = 0 AND t.deadline IS NULL THEN 1 ELSE 0 END)
FROM tasks t WHERE NOT EXISTS (SELECT 1 FROM responsibilities nr WHERE nr.task_id = t.id AND nr.role = 'leader');
-- Per inspection and category.
SELECT g.*, i.name FROM (SELECT p.inspection_id AS iid, p.category AS category, COUNT(*),
  SUM(CASE WHEN t.status = 'not_started' THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status = 'in_progress' THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status IN ('completed', 'closed') THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status = 'closed' THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.long_term = 1 THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status IN ('not_started', 'in_progress') AND t.long_term = 0 AND t.deadline < :today THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status IN ('not_started', 'in_progress') AND t.long_term = 0 AND t.deadline >= :today AND t.deadline <= :soon_end THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status IN ('not_started', 'in_progress') AND t.long_term = 0 AND t.deadline >= :notice_start AND t.deadline <= :notice_end THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.status IN ('not_started', 'in_progress') AND t.long_term = 0 AND t.deadline IS NULL THEN 1 ELSE 0 END)
  FROM tasks t JOIN problems p ON p.id = t.problem_id GROUP BY p.inspection_id, p.category) g
JOIN inspections i ON i.id = g.iid ORDER BY g.iid;
-- Burn-up: tasks per deadline and per completion date; period ends.
SELECT t.deadline, COUNT(*) FROM tasks t WHERE t.long_term = 0 AND t.deadline IS NOT NULL GROUP BY t.deadline;
SELECT COALESCE(t.completed_on, t.closed_on) AS d, COUNT(*) FROM tasks t
WHERE t.status IN ('completed', 'closed') GROUP BY COALESCE(t.completed_on, t.closed_on);
SELECT name, rectification_end FROM inspections WHERE rectification_end IS NOT NULL ORDER BY rectification_end, id;
-- Upcoming deadlines with their lead units.
SELECT t.id, p.code, t.number, t.measure, t.deadline FROM tasks t JOIN problems p ON p.id = t.problem_id
WHERE t.status IN ('not_started', 'in_progress') AND t.long_term = 0 AND t.deadline >= :today
ORDER BY t.deadline, p.inspection_id, p.sort_order, p.id, t.number LIMIT 10;
SELECT r.task_id, u.name FROM responsibilities r JOIN units u ON u.id = r.unit_id WHERE r.role = 'lead_unit'
AND r.task_id IN (SELECT t.id FROM tasks t JOIN problems p ON p.id = t.problem_id
  WHERE t.status IN ('not_started', 'in_progress') AND t.long_term = 0 AND t.deadline >= :today
  ORDER BY t.deadline, p.inspection_id, p.sort_order, p.id, t.number LIMIT 10)
ORDER BY r.task_id, r.position;
