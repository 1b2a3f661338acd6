// Attack drill against the running demo app: every demo login tries what issue #12 found a staff
// login could do — run code through an expression in a query, start the process part-way or send
// it messages, rewrite its own task's variables, read personal data from engine history, and (row 5,
// issue 16) reach another community's complaint, task, repair or customer as one-community staff — through
// engine REST, the webapps' engine API (a real session with its CSRF token) and the platform's API.
// Each try is "held" when it is refused and left no trace. Prints "N held / N tried"; exits 1 if
// any try got through.
//
//   BASE_URL=http://localhost:8089 node tools/attack-drill.mjs     (the app must be running, demo profile)
import { existsSync, rmSync } from 'node:fs';
import { demoDataComplete } from './demo-data.mjs';

const BASE = process.env.BASE_URL || 'http://localhost:8089';
const ROLES = ['officer', 'supervisor', 'pm', 'gmassistant', 'gm', 'affairs', 'depthead', 'engineer', 'guard', 'cleaner',
  'gardener', 'monitor', 'visitor', 'intake-client', 'jinhu-officer', 'jinhu-supervisor', 'jinhu-pm'];
// issue 16: staff of 锦湖花园 (jinhu) only; the drill's complaint, repair and customer are 华苑小区's (huayuan)
const ONE_COMMUNITY = ['jinhu-officer', 'jinhu-supervisor', 'jinhu-pm'];
const PHONE = '139' + String(Date.now()).slice(-8); // a complainant only this drill knows
const results = [];

function basic(user, password = user) {
  return 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');
}

async function rest(user, method, path, body, password) {
  const response = await fetch(BASE + path, {
    method,
    headers: { Authorization: basic(user, password), 'Content-Type': 'application/json', Accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}

/** A Tasklist session: the login page's cookies, the login itself, then every call with the CSRF token. */
async function webapp(user) {
  const cookies = new Map();
  const keep = (response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const cookieHeader = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  keep(await fetch(`${BASE}/camunda/app/tasklist/default/`));
  const login = await fetch(`${BASE}/camunda/api/admin/auth/user/default/login/tasklist`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookieHeader(),
      'X-XSRF-TOKEN': cookies.get('XSRF-TOKEN') },
    body: `username=${encodeURIComponent(user)}&password=${encodeURIComponent(user)}`,
  });
  keep(login);
  // signing in starts a new session; its CSRF token comes with the next read, as in the browser
  keep(await fetch(`${BASE}/camunda/api/admin/auth/user/default`, { headers: { Cookie: cookieHeader() } }));
  const call = async (method, path, body) => {
    const response = await fetch(`${BASE}/camunda/api/engine/engine/default${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', Cookie: cookieHeader(),
        'X-XSRF-TOKEN': cookies.get('XSRF-TOKEN') },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    keep(response);
    return { status: response.status, text: await response.text() };
  };
  if (login.status === 401 || login.status === 403) {
    // this login may not use the webapps at all: nothing to try through them
    return async () => ({ status: login.status, text: 'no webapp session' });
  }
  // a try counts only if the session itself works: a plain query must succeed
  const control = await call('POST', '/task/count', {});
  if (login.status !== 200 || control.status !== 200) {
    throw new Error(`webapp session of ${user} does not work: login ${login.status}, query ${control.status}`);
  }
  return call;
}

function record(row, role, what, held, detail) {
  results.push({ row, role, what, held, detail });
  if (!held) console.log(`  NOT HELD  row ${row} ${role}: ${what} — ${detail}`);
}

const refused = (status) => status >= 400 && status < 500;

async function main() {
  await demoDataComplete(BASE); // row 5 reads a person of the demo register
  // the complaint whose contact no engine table may show, and whose process an attacker aims at
  const intake = await rest('intake-client', 'POST', '/api/complaints', {
    channel: 'PHONE', complainant: { name: '攻防演练', phone: PHONE },
    location: { community: 'huayuan', building: '9', unit: '1', room: '101' },
    category: 'CLEANING', description: '安全演练：楼道未清扫',
  });
  if (intake.status !== 201) throw new Error(`intake for the drill failed: ${intake.status} ${intake.text}`);
  const target = JSON.parse(intake.text).complaintNo;
  const adminTasks = JSON.parse((await rest('admin', 'GET', '/engine-rest/task?maxResults=200', undefined, 'admin')).text);
  const someonesTask = adminTasks[0].id;
  const filters = JSON.parse((await rest('admin', 'GET', '/engine-rest/filter', undefined, 'admin')).text);

  for (const role of ROLES) {
    const marker = `/tmp/attack-drill-${process.pid}-${role}`;
    rmSync(marker, { force: true });
    const evil = "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch " + marker + "')}";
    const session = await webapp(role);
    const ownTasks = JSON.parse((await rest(role, 'GET', '/engine-rest/task?maxResults=1')).text || '[]');
    const task = Array.isArray(ownTasks) && ownTasks.length ? ownTasks[0].id : someonesTask;

    // row 1: no expression from outside is ever evaluated
    const tries1 = [
      ['engine REST orQueries', () => rest(role, 'POST', '/engine-rest/task', { orQueries: [{ candidateGroupExpression: evil }] })],
      ['engine REST query parameter', () => rest(role, 'GET', `/engine-rest/task?candidateGroupExpression=${encodeURIComponent(evil)}`)],
      ['stored filter with an ad-hoc body', () => rest(role, 'POST', `/engine-rest/filter/${filters[0].id}/list`,
        { orQueries: [{ assigneeExpression: evil }] })],
      ['webapp engine API orQueries', () => session('POST', '/task', { orQueries: [{ candidateGroupExpression: evil }] })],
      ['webapp nested sorting/or query', () => session('POST', '/task',
        { orQueries: [{ orQueries: [{ dueDateExpression: evil }] }], sorting: [{ sortBy: 'dueDate', sortOrder: 'asc' }] })],
    ];
    for (const [what, attempt] of tries1) {
      const answer = await attempt();
      record(1, role, what, refused(answer.status) && !existsSync(marker), `${answer.status} ${answer.text.slice(0, 120)}`);
    }

    // row 2: a complaint starts only through intake; no part-way starts, messages or modification
    const before = await rest('admin', 'GET', `/api/complaints/${target}`, undefined, 'admin');
    const tries2 = [
      ['start before Close complaint', () => rest(role, 'POST', '/engine-rest/process-definition/key/complaint-handling/start', {
        startInstructions: [{ type: 'startBeforeActivity', activityId: 'ServiceTask_CloseComplaint' }],
        variables: { complaintId: { value: 1, type: 'Long' } } })],
      ['start with skipped listeners', () => rest(role, 'POST', '/engine-rest/process-definition/key/complaint-handling/start', {
        skipCustomListeners: true, skipIoMappings: true, variables: {} })],
      ['webapp start form with steering variables', () => session('POST',
        '/process-definition/key/complaint-handling/submit-form', { variables: {
          handlerGroup: { value: 'customer-relations', type: 'String' }, complaintId: { value: 1, type: 'Long' } } })],
      ['message correlation', () => rest(role, 'POST', '/engine-rest/message', { messageName: 'ComplaintFactsChanged',
        businessKey: target, processVariables: { inLitigation: { value: true, type: 'Boolean' } } })],
      ['process-instance modification', () => rest(role, 'POST', `/engine-rest/process-instance/x/modification`,
        { instructions: [{ type: 'startBeforeActivity', activityId: 'ServiceTask_CloseComplaint' }] })],
    ];
    for (const [what, attempt] of tries2) {
      const answer = await attempt();
      const after = await rest('admin', 'GET', `/api/complaints/${target}`, undefined, 'admin');
      const unchanged = JSON.parse(after.text).status === JSON.parse(before.text).status;
      record(2, role, what, refused(answer.status) && unchanged, `${answer.status} ${answer.text.slice(0, 120)}`);
    }

    // row 3: a task changes only what its form asks
    const tries3 = [
      ['PUT a steering variable on the task', () => rest(role, 'PUT', `/engine-rest/task/${task}/variables/complaintId`,
        { value: 1, type: 'Long' })],
      ['task-local variable', () => rest(role, 'POST', `/engine-rest/task/${task}/localVariables`,
        { modifications: { complaintId: { value: 1, type: 'Long' } } })],
      ['complete with a variable the form lacks', () => rest(role, 'POST', `/engine-rest/task/${task}/complete`,
        { variables: { complaintId: { value: 1, type: 'Long' } } })],
      ['platform API complete with a variable the form lacks', () => rest(role, 'POST', `/api/tasks/${task}/complete`,
        { variables: { handlerGroup: 'general-manager' } })],
      ['webapp submit with a serialized object', () => session('POST', `/task/${task}/submit-form`, { variables: {
        handlingResult: { value: 'rO0ABXQAA2Zvbw==', type: 'Object',
          valueInfo: { objectTypeName: 'java.lang.String', serializationDataFormat: 'application/x-java-serialized-object' } } } })],
    ];
    for (const [what, attempt] of tries3) {
      const answer = await attempt();
      const still = await rest('admin', 'GET', `/engine-rest/task/${task}`, undefined, 'admin');
      record(3, role, what, refused(answer.status) && still.status === 200, `${answer.status} ${answer.text.slice(0, 120)}`);
    }

    // row 4: personal data lives in the domain tables only
    const tries4 = [
      ['history detail', () => rest(role, 'GET', '/engine-rest/history/detail?maxResults=5000')],
      ['historic variables', () => rest(role, 'GET', '/engine-rest/history/variable-instance?maxResults=5000')],
      ['runtime variables', () => rest(role, 'GET', '/engine-rest/variable-instance?maxResults=5000')],
      ['webapp history detail', () => session('GET', '/history/detail?maxResults=5000')],
    ];
    for (const [what, attempt] of tries4) {
      const answer = await attempt();
      record(4, role, what, !answer.text.includes(PHONE), `${answer.status}, full phone ${answer.text.includes(PHONE) ? 'shown' : 'absent'}`);
    }
  }
  // row 5 (issue 16): one-community staff of jinhu reach nothing of huayuan's, through any surface
  const targetTask = JSON.parse((await rest('admin', 'GET', `/engine-rest/task?processInstanceBusinessKey=${target}`,
    undefined, 'admin')).text)[0].id;
  const repair = await rest('intake-client', 'POST', '/api/repairs', {
    channel: 'PHONE', requester: { name: '攻防演练', phone: PHONE }, kind: 'HOUSEHOLD', facility: 'LEAK',
    location: { community: 'huayuan', building: '9', unit: '1', room: '101' }, description: '安全演练：漏水' });
  if (repair.status !== 201) throw new Error(`repair for the drill failed: ${repair.status} ${repair.text}`);
  const order = JSON.parse(repair.text).orderNo;
  const huayuanPeople = JSON.parse((await rest('admin', 'GET', '/api/customers?community=huayuan&building=1', undefined,
    'admin')).text);
  if (!huayuanPeople.length) throw new Error('the demo register has no one in huayuan building 1');
  const person = huayuanPeople[0].id;
  // the control: a two-community supervisor does see the drill's task, so an empty answer below means something
  const control = JSON.parse((await rest('supervisor', 'GET', `/engine-rest/task?processInstanceBusinessKey=${target}`)).text);
  if (!control.some((t) => t.id === targetTask)) throw new Error('the two-community supervisor does not see the drill task');
  const nothing = (answer) => refused(answer.status) || (answer.status === 200 && answer.text.trim() === '[]');
  for (const role of ONE_COMMUNITY) {
    const session = await webapp(role);
    const tries5 = [
      ['engine REST task list', () => rest(role, 'GET', `/engine-rest/task?processInstanceBusinessKey=${target}`)],
      ['engine REST task', () => rest(role, 'GET', `/engine-rest/task/${targetTask}`)],
      ['engine REST claim', () => rest(role, 'POST', `/engine-rest/task/${targetTask}/claim`, { userId: role })],
      ['engine REST process instances', () => rest(role, 'GET', `/engine-rest/process-instance?businessKey=${target}`)],
      ['engine REST history', () => rest(role, 'GET', `/engine-rest/history/task?processInstanceBusinessKey=${target}`)],
      ['webapp task list', () => session('POST', '/task', { processInstanceBusinessKey: target })],
      ['webapp task', () => session('GET', `/task/${targetTask}`)],
      ['webapp claim', () => session('POST', `/task/${targetTask}/claim`, { userId: role })],
      ['API complaint', () => rest(role, 'GET', `/api/complaints/${target}`)],
      ['API complaint list', () => rest(role, 'GET', '/api/complaints?community=huayuan')],
      ['API claim', () => rest(role, 'POST', `/api/tasks/${targetTask}/claim`)],
      ['API contact', () => rest(role, 'GET', `/api/tasks/${targetTask}/contact`)],
      ['API case file', () => rest(role, 'GET', `/api/tasks/${targetTask}/case-file`)],
      ['API severity', () => rest(role, 'POST', `/api/complaints/${target}/severity`, { severity: 'MAJOR', reason: '演练' })],
      ['API repair', () => rest(role, 'GET', `/api/repairs/${order}`)],
      ['API customer', () => rest(role, 'GET', `/api/customers/${person}`)],
      ['API customer search', () => rest(role, 'GET', '/api/customers?community=huayuan&building=1')],
    ];
    for (const [what, attempt] of tries5) {
      const answer = await attempt();
      const list = what === 'API complaint list' && answer.status === 200 ? JSON.parse(answer.text).items : null;
      const still = JSON.parse((await rest('admin', 'GET', `/engine-rest/task/${targetTask}`, undefined, 'admin')).text);
      const held = (list ? list.length === 0 : nothing(answer)) && !still.assignee;
      record(5, role, what, held, `${answer.status} ${answer.text.slice(0, 120)}`);
    }
  }

  // and not even the administrator finds it in engine history
  for (const path of ['/engine-rest/history/detail?maxResults=50000', '/engine-rest/history/variable-instance?maxResults=50000']) {
    const answer = await rest('admin', 'GET', path, undefined, 'admin');
    record(4, 'admin', path, answer.status === 200 && !answer.text.includes(PHONE), `${answer.status}`);
  }

  const held = results.filter((r) => r.held).length;
  for (const row of [1, 2, 3, 4, 5]) {
    const rows = results.filter((r) => r.row === row);
    console.log(`row ${row}: ${rows.filter((r) => r.held).length} held / ${rows.length} tried`);
  }
  console.log(`attack drill: ${held} held / ${results.length} tried`);
  process.exit(held === results.length ? 0 : 1);
}

main().catch((error) => {
  console.error('attack drill failed to run:', error);
  process.exit(1);
});
