// Writes SQL that adds SCHOOLS schools to the demo bestuur (the one of the demo's first school), each with
// TEAMS teams of 6 teachers, and for every team WEEKS weeks of rhythm of school year 2025-2026 from 1 September 2025
// (a past school year, so all WEEKS weeks are over whatever day it runs): a closed board session
// most weeks (every seventh one missed) with its attendance, two goals with a measurement each week, and an
// obstacle with the leadership. Straight into the database of `samenbeter demo`, before the server starts:
// making 16,000 sessions through the API would time the seeding, not the overview.
//   node seed.mjs SCHOOLS TEAMS WEEKS | sqlite3 DATABASE
const [schools, teams, weeks] = process.argv.slice(2).map(Number);
const monday = new Date();
monday.setUTCHours(0, 0, 0, 0);
monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
const thisMonday = Math.floor(monday.getTime() / 1000);
const day = (seconds) => new Date(seconds * 1000).toISOString().slice(0, 10);
const out = ['PRAGMA foreign_keys = ON;', 'BEGIN;',
  "CREATE TEMP TABLE bench_bestuur AS SELECT bestuur_id AS id FROM schools ORDER BY id LIMIT 1;"];
for (let s = 0; s < schools; s++) {
  const brin = `${String(s % 100).padStart(2, '0')}${String.fromCharCode(65 + Math.floor(s / 100))}Z`;
  out.push(`INSERT INTO schools (bestuur_id, name, sector, brin, region) SELECT id, 'Benchschool ${s + 1}', 'PO', '${brin}', '${['noord', 'midden', 'zuid'][s % 3]}' FROM bench_bestuur;`);
  out.push('CREATE TEMP TABLE IF NOT EXISTS bench_school (id INTEGER); DELETE FROM bench_school; INSERT INTO bench_school VALUES (last_insert_rowid());');
  for (let t = 0; t < teams; t++) {
    out.push(`INSERT INTO teams (school_id, name) SELECT id, 'Team ${t + 1}' FROM bench_school;`);
    out.push('CREATE TEMP TABLE IF NOT EXISTS bench_team (id INTEGER); DELETE FROM bench_team; INSERT INTO bench_team VALUES (last_insert_rowid());');
    const people = [];
    for (let p = 0; p < 6; p++) {
      const email = `bench-${s}-${t}-${p}@bench.example`;
      out.push(`INSERT INTO users (email, name, created_at) VALUES ('${email}', 'Leraar ${p + 1}', ${thisMonday});`);
      out.push(`INSERT INTO memberships (user_id, role, team_id, scope_key) SELECT last_insert_rowid(), 'leraar', id, 'team:' || id FROM bench_team;`);
      people.push(`(SELECT id FROM users WHERE email = '${email}')`);
    }
    out.push(`CREATE TEMP TABLE IF NOT EXISTS bench_people (id INTEGER); DELETE FROM bench_people; INSERT INTO bench_people ${people.map((p) => `SELECT ${p}`).join(' UNION ALL ')};`);
    out.push("CREATE TEMP TABLE IF NOT EXISTS bench_attendance (ids TEXT); DELETE FROM bench_attendance; INSERT INTO bench_attendance SELECT group_concat(id, ',') FROM bench_people;");
    const start = Date.UTC(2025, 8, 1) / 1000;  // Monday 1 September 2025
    out.push(`INSERT INTO cycles (team_id, name, starts_on, ends_on) SELECT id, 'Benchcyclus', '${day(start)}', '${day(start + 41 * 86400)}' FROM bench_team;`);
    for (let g = 0; g < 2; g++) {
      out.push(`INSERT INTO goals (team_id, cycle_id, title, students, measure, unit, baseline, target, direction) SELECT id, (SELECT max(id) FROM cycles), 'Doel ${g + 1}', 'groep', 'iets', 'percentage', 30, 70, 'higher' FROM bench_team;`);
      out.push(`WITH RECURSIVE w(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM w WHERE n + 1 < ${weeks}) INSERT INTO measurements (goal_id, week, value, entered_by, entered_at) SELECT (SELECT max(id) FROM goals), date(${start} + n * 604800, 'unixepoch'), 30 + n, (SELECT min(id) FROM bench_people), ${start} + n * 604800 FROM w;`);
    }
    out.push(`WITH RECURSIVE w(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM w WHERE n + 1 < ${weeks}) INSERT INTO board_sessions (team_id, started_at, started_by, total_minutes, step, step_started_at, attendance, closed_at) SELECT (SELECT id FROM bench_team), ${start} + n * 604800 + 53400, (SELECT min(id) FROM bench_people), 20, 4, ${start} + n * 604800 + 53400, (SELECT ids FROM bench_attendance), ${start} + n * 604800 + 54600 FROM w WHERE (n + ${t}) % 7 != 3;`);
    out.push(`INSERT INTO board_items (team_id, kind, text, status, position, created_by, created_at, updated_at, status_changed_at) SELECT id, 'obstacle', 'Obstakel', 'leadership', 1, (SELECT min(id) FROM bench_people), ${thisMonday - 86400 * (t + 1)}, ${thisMonday}, ${thisMonday - 86400 * (t + 1)} FROM bench_team;`);
  }
}
out.push('COMMIT;');
console.log(out.join('\n'));
