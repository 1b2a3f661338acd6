// R-KPI-1 投诉看板 Complaint dashboard: a Cockpit plugin (backend plugin complaint-dashboard, served at
// /camunda/api/cockpit/plugin/complaint-dashboard/static/app/plugin.js). On Cockpit's start page and as its
// own page (#/complaint-dashboard). Every number comes from /api/reports/* with the Cockpit sign-in
// (the API decides who reads what) and opens the list of the complaints behind it. The trend chart is
// plain SVG drawn here; nothing is fetched from outside the platform. Panels whose API is not there yet
// (monthly reports, preventive actions, case library: answer 404) are left out.
const root = window.location.pathname.split('/camunda/')[0];
const PATH = '/complaint-dashboard';

const SEVERITIES = [['MAJOR', '重大'], ['HOT', '热点'], ['IMPORTANT', '重要'], ['GENERAL', '一般']];
const SEVERITY_NAME = Object.fromEntries(SEVERITIES);
const SEVERITY_COLOUR = {MAJOR: '#b71c1c', HOT: '#e65100', IMPORTANT: '#f9a825', GENERAL: '#607d8b'};
const GROUPS = {
  'property-officer': '物管员', 'customer-supervisor': '客户主管', 'project-manager': '项目经理',
  'gm-assistant': '总经理助理', 'general-manager': '总经理', 'general-affairs-manager': '综合部经理',
  'department-heads': '专业部门主管', 'customer-relations': '客户关系', 'monitoring-room': '监控室',
  engineering: '工程部', security: '秩序维护部', cleaning: '保洁部', greening: '绿化部'
};
const STATUS = {
  AWAITING_VERIFICATION: '待核实', AWAITING_CLOSING_CONFIRMATION: '待确认结案', IN_HANDLING: '处理中',
  AWAITING_FEEDBACK: '待反馈', AWAITING_RETURN_VISIT: '待回访', CLOSED: '已结案'
};
const BREACHES = [['response', '响应超时 Response'], ['handling', '处理超时 Handling'],
  ['returnVisit', '回访超时 Return visit'], ['rectificationNotice', '整改通知超时 Rectification notice']];
const FILTER_TITLE = {
  open: '未结案投诉 Open complaints', breached: '已超时环节 Missed deadlines', overdue: '逾期未办 Overdue steps',
  escalated: '本周升级 Escalated this week', returnVisitBacklog: '待回访 Awaiting return visit',
  received: '受理的投诉 Complaints received', closed: '结案的投诉 Complaints closed',
  closedLate: '未及时处理的结案投诉 Closed, not on time', closedUnvisited: '未回访的结案投诉 Closed without a visit',
  unsatisfied: '不满意的回访 Unsatisfied visits', repeat: '重复投诉 Repeat complaints',
  responseLate: '响应超时 Responded late', handlingLate: '处理超时 Handled late',
  returnVisitLate: '回访超时 Visited late'
};
// tile: figure, label, how to show it, which list opens behind it
const TILES = [
  ['satisfactionRate', '满意率 Satisfaction', 'percent', 'unsatisfied'],
  ['handledOnTimeRate', '处理及时率 Handled on time', 'percent', 'closedLate'],
  ['returnVisitRate', '回访率 Return visits', 'percent', 'closedUnvisited'],
  ['complaintRate', '投诉率 Complaint rate', 'percent2', 'received'],
  ['averageFirstResponseHours', '平均首次响应 First response', 'hours', 'responseLate'],
  ['repeatRate', '重复投诉率 Repeat rate', 'percent', 'repeat']
];

// R-KPI-1 repair tiles (figures.repairs, docs/reports.md "Repairs"): figure, label, how to show it
const REPAIR_TILES = [
  ['received', '报修数 Repairs requested', 'count'],
  ['closed', '结单数 Repairs closed', 'count'],
  ['returnVisits', '维修回访次数 Repair visits', 'count'],
  ['satisfactionRate', '维修满意率 Repair satisfaction', 'percent'],
  ['returnVisitRate', '维修回访率 Repairs visited', 'percent'],
  ['onTimeRate', '维修及时率 Repairs on time', 'percent']
];
// R-REP-6 who samples closed repairs
const SAMPLERS = {
  'service-center-manager': '服务中心经理 Service-centre manager',
  'customer-supervisor': '客服主管 Customer-service supervisor',
  'engineering-supervisor': '工程主管 Repair lead'
};

function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes).forEach(([key, value]) => {
    if (key === 'style') {
      element.style.cssText = value;
    } else if (key.startsWith('on')) {
      element.addEventListener(key.slice(2), value);
    } else if (key in element) {
      element[key] = value;
    } else {
      element.setAttribute(key, value);
    }
  });
  children.filter((child) => child !== null && child !== undefined).forEach((child) => element.append(child));
  return element;
}

function svg(tag, attributes = {}, text) {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  Object.entries(attributes).forEach(([key, value]) => element.setAttribute(key, value));
  if (text !== undefined) {
    element.textContent = text;
  }
  return element;
}

async function get(path) {
  const response = await fetch(`${root}${path}`, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  const json = await response.json().catch(() => null);
  return {ok: response.ok, status: response.status, json};
}

function day(date) {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** A day YYYY-MM-DD as a local date (its year, month and day, whatever the browser's zone). */
function dateOf(text) {
  const [y, m, d] = text.split('-').map(Number);
  return new Date(y, m - 1, d);
}

/**
 * The last twelve months, this one included: from the first day of the month eleven months ago to
 * today — today in the company's time zone, as the server says (not the browser's).
 */
function period(today) {
  const from = new Date(today.getFullYear(), today.getMonth() - 11, 1);
  return {from: day(from), to: day(today)};
}

function show(value, how) {
  if (value === null || value === undefined) {
    return '—';
  }
  if (how === 'percent') {
    return `${(value * 100).toFixed(1)}%`;
  }
  if (how === 'percent2') {
    return `${(value * 100).toFixed(2)}%`;
  }
  if (how === 'hours') {
    return `${value.toFixed(1)} 小时`;
  }
  return String(value);
}

function targetText(target, how) {
  if (!target) {
    return '目标 target: —';
  }
  return `目标 target ${target.comparison} ${show(target.target, how)}`;
}

function problemText(reply) {
  if (reply.status === 403) {
    return '您无权查看看板（仅限总经理、总经理助理、综合部经理，以及主管和项目经理查看本组投诉） / '
      + 'the dashboard is for managers only';
  }
  const json = reply.json || {};
  const fields = (json.errors || []).map((e) => `${e.field}: ${e.message}`);
  return [json.title, json.detail, ...fields].filter(Boolean).join(' ') || `HTTP ${reply.status}`;
}

/** A number that opens the complaints behind it. */
function number(value, query, open, style = '') {
  return el('a', {
    href: `#${PATH}?${new URLSearchParams(query)}`, className: 'cd-number', style,
    title: '查看明细 Show the complaints',
    onclick: (event) => {
      if (open) {
        event.preventDefault();
        open(query);
      }
    }
  }, String(value));
}

function panel(title, ...content) {
  return el('div', {className: 'cd-panel'}, el('h4', {}, title), ...content);
}

function tiles(figures, span, open) {
  return el('div', {className: 'cd-tiles'}, ...TILES.map(([key, label, how, filter]) => {
    const target = figures.targets ? figures.targets[key] : null;
    const missed = target && target.met === false;
    return el('div', {className: `cd-tile${missed ? ' cd-missed' : ''}`, 'data-kpi': key},
      el('div', {className: 'cd-tile-label'}, label),
      number(show(figures[key], how), {filter, ...span}, open, 'font-size: 26px; font-weight: bold'),
      el('div', {className: 'cd-tile-target'}, targetText(target, how),
        missed ? el('span', {className: 'cd-flag'}, ' 未达标 missed') : null));
  }));
}

/** R-KPI-1 the repair figures as tiles (no list behind them: the lists are of complaints). */
function repairTiles(repairs) {
  if (!repairs) {
    return null;
  }
  const targets = repairs.targets || {};
  const sampling = Object.entries(repairs.sampling || {});
  return panel('报修 Repairs（派工单 dispatch slips）',
    el('div', {className: 'cd-tiles', 'data-kpi-group': 'repairs'}, ...REPAIR_TILES.map(([key, label, how]) => {
      const target = how === 'count' ? null : targets[key];
      const missed = target && target.met === false;
      return el('div', {className: `cd-tile${missed ? ' cd-missed' : ''}`, 'data-kpi': `repairs.${key}`},
        el('div', {className: 'cd-tile-label'}, label),
        el('span', {className: 'cd-number', style: 'font-size: 26px; font-weight: bold; cursor: default'},
          show(repairs[key], how)),
        how === 'count' ? null : el('div', {className: 'cd-tile-target'}, targetText(target, how),
          missed ? el('span', {className: 'cd-flag'}, ' 未达标 missed') : null));
    })),
    sampling.length === 0 ? null : el('table', {className: 'table table-condensed cd-sampling'},
      el('thead', {}, el('tr', {}, el('th', {}, '抽查回访 Sampled visits (R-REP-6)'), el('th', {}, '抽中 chosen'),
        el('th', {}, '已回访 visited'), el('th', {}, '满意率 satisfaction'))),
      el('tbody', {}, ...sampling.map(([group, row]) => el('tr', {},
        el('td', {}, SAMPLERS[group] || group), el('td', {}, String(row.chosen)), el('td', {}, String(row.visited)),
        el('td', {}, show(row.satisfactionRate, 'percent')))))));
}

function trend(groups, open, today) {
  const months = [];
  for (let i = 11; i >= 0; i -= 1) {
    const d = new Date(today.getFullYear(), today.getMonth() - i, 1);
    months.push(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`);
  }
  const byMonth = Object.fromEntries(groups.map((g) => [g.key, g.figures]));
  const width = 760;
  const height = 240;
  const left = 40;
  const bottom = 200;
  const top = 20;
  const step = (width - left - 50) / months.length;
  const max = Math.max(1, ...months.map((m) => Math.max(byMonth[m] ? byMonth[m].received : 0, byMonth[m] ? byMonth[m].closed : 0)));
  const scale = (bottom - top) / max;
  const chart = svg('svg', {viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img', class: 'cd-trend',
    'aria-label': '近12个月趋势 12-month trend'});
  chart.append(svg('line', {x1: left, y1: bottom, x2: width - 50, y2: bottom, stroke: '#999'}));
  [0, 0.5, 1].forEach((fraction) => {
    const y = bottom - fraction * (bottom - top);
    chart.append(svg('text', {x: left - 6, y: y + 4, 'text-anchor': 'end', 'font-size': 10, fill: '#666'}, String(Math.round(fraction * max))));
    chart.append(svg('text', {x: width - 44, y: y + 4, 'font-size': 10, fill: '#2e7d32'}, `${Math.round(fraction * 100)}%`));
  });
  const points = [];
  months.forEach((month, i) => {
    const f = byMonth[month] || {received: 0, closed: 0, satisfactionRate: null};
    const x = left + i * step + 6;
    const barWidth = (step - 12) / 2;
    const [year, mon] = month.split('-').map(Number);
    const span = {from: `${month}-01`, to: day(new Date(year, mon, 0))};
    const received = svg('rect', {x, y: bottom - f.received * scale, width: barWidth, height: f.received * scale,
      fill: '#1976d2', class: 'cd-bar', 'data-month': month});
    received.append(svg('title', {}, `${month} 受理 received ${f.received}`));
    received.style.cursor = 'pointer';
    received.addEventListener('click', () => open({filter: 'received', ...span}));
    const closed = svg('rect', {x: x + barWidth, y: bottom - f.closed * scale, width: barWidth, height: f.closed * scale,
      fill: '#90caf9'});
    closed.append(svg('title', {}, `${month} 结案 closed ${f.closed}`));
    closed.style.cursor = 'pointer';
    closed.addEventListener('click', () => open({filter: 'closed', ...span}));
    chart.append(received, closed);
    chart.append(svg('text', {x: x + barWidth, y: bottom + 14, 'text-anchor': 'middle', 'font-size': 10, fill: '#333'},
      `${mon}月`));
    if (f.received > 0) {
      chart.append(svg('text', {x: x + barWidth / 2, y: bottom - f.received * scale - 3, 'text-anchor': 'middle',
        'font-size': 9, fill: '#1976d2'}, String(f.received)));
    }
    if (f.satisfactionRate !== null && f.satisfactionRate !== undefined) {
      points.push([x + barWidth, bottom - f.satisfactionRate * (bottom - top)]);
    }
  });
  if (points.length > 0) {
    chart.append(svg('polyline', {points: points.map((p) => p.join(',')).join(' '), fill: 'none', stroke: '#2e7d32',
      'stroke-width': 2}));
    points.forEach(([x, y]) => chart.append(svg('circle', {cx: x, cy: y, r: 3, fill: '#2e7d32'})));
  }
  const legend = [['#1976d2', '受理 received'], ['#90caf9', '结案 closed'], ['#2e7d32', '满意率 satisfaction (右轴 right)']];
  legend.forEach(([colour, text], i) => {
    chart.append(svg('rect', {x: left + i * 200, y: height - 18, width: 10, height: 10, fill: colour}));
    chart.append(svg('text', {x: left + i * 200 + 14, y: height - 9, 'font-size': 11, fill: '#333'}, text));
  });
  return chart;
}

function openTable(summary, open) {
  const communities = {};
  summary.openBySeverityAndCommunity.forEach((row) => {
    const c = communities[row.community] || (communities[row.community] = {name: row.communityName || row.community, counts: {}});
    c.counts[row.severity] = (c.counts[row.severity] || 0) + row.count;
  });
  const rows = Object.entries(communities).map(([code, c]) => el('tr', {},
    el('td', {}, c.name),
    ...SEVERITIES.map(([s]) => el('td', {style: 'text-align: right'},
      c.counts[s] ? number(c.counts[s], {filter: 'open', community: code, severity: s}, open) : '0')),
    el('td', {style: 'text-align: right; font-weight: bold'},
      number(Object.values(c.counts).reduce((a, b) => a + b, 0), {filter: 'open', community: code}, open))));
  const totals = SEVERITIES.map(([s]) => Object.values(communities).reduce((sum, c) => sum + (c.counts[s] || 0), 0));
  return el('table', {className: 'table table-condensed cd-open'},
    el('thead', {}, el('tr', {}, el('th', {}, '小区 Community'),
      ...SEVERITIES.map(([s, name]) => el('th', {style: `text-align: right; color: ${SEVERITY_COLOUR[s]}`}, `${name} ${s}`)),
      el('th', {style: 'text-align: right'}, '合计 Total'))),
    el('tbody', {}, ...rows,
      el('tr', {style: 'font-weight: bold'}, el('td', {}, '全部 All'),
        ...SEVERITIES.map(([s], i) => el('td', {style: 'text-align: right'}, number(totals[i], {filter: 'open', severity: s}, open))),
        el('td', {style: 'text-align: right'}, number(totals.reduce((a, b) => a + b, 0), {filter: 'open'}, open)))));
}

function latePanel(summary, open) {
  const breached = BREACHES.map(([key, label]) => el('li', {}, `${label}：`,
    number(summary.breachedOpen[key] || 0, {filter: 'breached', step: key}, open)));
  const overdue = summary.overdueOpenByStep.length === 0
    ? [el('li', {style: 'color: #2e7d32'}, '没有逾期的环节 nothing overdue')]
    : summary.overdueOpenByStep.map((s) => el('li', {}, `${s.stepName}：`, number(s.count, {filter: 'overdue', step: s.step}, open)));
  return panel('超时与逾期 Late work by step',
    el('div', {className: 'cd-columns'},
      el('div', {}, el('strong', {}, '已记录的超时（未结案） Missed deadlines, open complaints'), el('ul', {}, ...breached)),
      el('div', {}, el('strong', {}, '当前逾期未办 Steps past their due date now'), el('ul', {}, ...overdue))));
}

function listView(reply, query, close) {
  const title = FILTER_TITLE[query.filter] || query.filter;
  const parts = [query.community, query.severity ? `${SEVERITY_NAME[query.severity]} ${query.severity}` : null, query.step,
    query.from ? `${query.from} ~ ${query.to}` : null].filter(Boolean).join(' · ');
  if (!reply.ok) {
    return panel(title, el('p', {className: 'cd-error'}, problemText(reply)));
  }
  const rows = reply.json.complaints.map((c) => el('tr', {},
    el('td', {}, c.processInstanceId && c.status !== 'CLOSED'
      ? el('a', {href: `#/process-instance/${c.processInstanceId}/runtime`, title: '在运行监控中查看流程 Open the process instance'}, c.complaintNo)
      : c.complaintNo),
    el('td', {}, `${c.communityName || c.community} ${c.building}栋${c.unit ? `${c.unit}单元` : ''}${c.room ? c.room : ''}`),
    el('td', {style: `color: ${SEVERITY_COLOUR[c.severity] || '#333'}`}, c.severity ? `${SEVERITY_NAME[c.severity]} ${c.severity}` : '—'),
    el('td', {}, c.handlerGroup ? `${GROUPS[c.handlerGroup] || ''} ${c.handlerGroup}` : '—'),
    el('td', {style: 'text-align: right'}, `${c.ageDays} 天`),
    el('td', {}, STATUS[c.status] || c.status),
    el('td', {}, c.complainant || '')));
  return panel(`${title}${parts ? ` (${parts})` : ''}：${reply.json.total} 件`,
    el('button', {type: 'button', className: 'btn btn-default btn-xs', style: 'float: right; margin-top: -34px', onclick: close},
      '关闭 Close'),
    reply.json.total > reply.json.complaints.length
      ? el('p', {style: 'color: #666'}, `只列出最近的 ${reply.json.complaints.length} 件 / the latest ${reply.json.complaints.length} shown`) : null,
    el('table', {className: 'table table-striped table-condensed cd-list'},
      el('thead', {}, el('tr', {}, el('th', {}, '投诉编号 No.'), el('th', {}, '小区/单元 Community/unit'),
        el('th', {}, '等级 Severity'), el('th', {}, '处理组 Handler'), el('th', {style: 'text-align: right'}, '时长 Age'),
        el('th', {}, '状态 Status'), el('th', {}, '投诉人 Complainant'))),
      el('tbody', {}, ...rows)),
    reply.json.total === 0 ? el('p', {}, '没有投诉 none') : null);
}

async function optionalPanels(container, today) {
  const last = new Date(today.getFullYear(), today.getMonth() - 1, 1);
  const month = `${last.getFullYear()}-${String(last.getMonth() + 1).padStart(2, '0')}`;
  const [monthly, actions, cases] = await Promise.all([
    get(`/api/reports/monthly?month=${month}`), get('/api/preventive-actions?open=true'), get('/api/cases')]);
  if (monthly.ok && Array.isArray(monthly.json)) {
    container.append(panel(`月度分析 Monthly analysis ${month}`, monthly.json.length === 0 ? el('p', {}, '尚未生成 not written yet')
      : el('ul', {}, ...monthly.json.map((r) => el('li', {}, `${r.scope === 'company' ? '全公司 company' : r.scope}：`,
        el('a', {href: `${root}${r.xlsxUrl}`}, 'XLSX'), ' · ', el('a', {href: `${root}${r.csvUrl}`}, 'CSV'))))));
  }
  if (actions.ok && Array.isArray(actions.json)) {
    container.append(panel(`预防措施（未完成） Open preventive actions：${actions.json.length}`,
      el('table', {className: 'table table-condensed'},
        el('thead', {}, el('tr', {}, el('th', {}, '月份 Month'), el('th', {}, '小区 Community'), el('th', {}, '原因 Cause'),
          el('th', {}, '措施 Action'), el('th', {}, '负责 Owner'), el('th', {}, '期限 Due'))),
        el('tbody', {}, ...actions.json.map((a) => el('tr', {className: a.overdue ? 'cd-missed-row' : ''},
          el('td', {}, a.month), el('td', {}, a.community || '全公司'), el('td', {}, a.cause), el('td', {}, a.action),
          el('td', {}, GROUPS[a.ownerGroup] || a.ownerGroup), el('td', {}, `${a.dueDate}${a.overdue ? ' 已逾期 overdue' : ''}`)))))));
  }
  if (cases.ok && Array.isArray(cases.json)) {
    container.append(panel(`案例库 Case library：${cases.json.length}`,
      el('ul', {}, ...cases.json.slice(0, 10).map((c) => el('li', {}, `${c.complaintNo} ${c.title}：${c.lessons || ''}`)))));
  }
}

async function render(node, compact) {
  node.innerHTML = '';
  const listArea = el('div', {className: 'cd-list-area'});
  const page = el('div', {className: 'complaint-dashboard'});
  node.append(page);

  async function open(query) {
    if (compact) {
      window.location.hash = `#${PATH}?${new URLSearchParams(query)}`;
      return;
    }
    listArea.innerHTML = '';
    listArea.append(el('p', {}, '加载中… loading'));
    const reply = await get(`/api/reports/complaints?${new URLSearchParams(query)}`);
    listArea.innerHTML = '';
    listArea.append(listView(reply, query, () => {
      listArea.innerHTML = '';
    }));
    listArea.scrollIntoView({behavior: 'smooth', block: 'start'});
  }

  const summary = await get('/api/reports/dashboard');
  const today = summary.ok && summary.json.summary ? dateOf(summary.json.summary.today) : new Date();
  const span = period(today);
  const [kpis, byMonth] = await Promise.all([
    get(`/api/reports/kpis?from=${span.from}&to=${span.to}`),
    get(`/api/reports/kpis/breakdown?by=month&from=${span.from}&to=${span.to}`)]);
  if (!summary.ok || !kpis.ok) {
    page.append(el('h3', {}, '投诉看板 Complaint dashboard'), el('p', {className: 'cd-error'}, problemText(summary.ok ? kpis : summary)));
    return;
  }
  const s = summary.json.summary;
  const f = kpis.json.figures;
  page.append(
    el('div', {className: 'cd-head'},
      el('h3', {}, '投诉看板 Complaint dashboard'),
      el('span', {className: 'cd-scope'}, `范围 scope: ${kpis.json.scope === 'company' ? '全公司 company' : kpis.json.scope}`
        + ` · 指标期间 period ${span.from} ~ ${span.to}`),
      compact ? el('a', {href: `#${PATH}`, style: 'margin-left: 16px'}, '打开完整看板 Open the full dashboard »') : null),
    tiles(f, span, open),
    repairTiles(f.repairs),
    el('div', {className: 'cd-columns'},
      panel('未结案投诉 Open complaints by severity and community', openTable(s, open)),
      el('div', {},
        panel('本周 This week',
          el('p', {}, '本周升级 Escalations this week：', number(s.escalationsThisWeek, {filter: 'escalated'}, open, 'font-size: 20px')),
          el('p', {}, '待回访 Return-visit backlog：', number(s.returnVisitBacklog, {filter: 'returnVisitBacklog'}, open, 'font-size: 20px'),
            `（其中已超时 overdue ${s.returnVisitBacklogOverdue}）`)),
        panel('本期超时 Missed in the period',
          el('p', {}, '响应超时 response ', number(f.overdue.response, {filter: 'responseLate', ...span}, open),
            ' · 处理超时 handling ', number(f.overdue.handling ?? 0, {filter: 'handlingLate', ...span}, open),
            ' · 回访超时 return visit ', number(f.overdue.returnVisit, {filter: 'returnVisitLate', ...span}, open))))),
    latePanel(s, open));
  if (!compact) {
    page.append(panel('近12个月趋势 12-month trend（点击柱形查看投诉 click a bar for its complaints）',
      byMonth.ok ? trend(byMonth.json.groups, open, today) : el('p', {className: 'cd-error'}, problemText(byMonth))));
    page.append(listArea);
    const more = el('div', {});
    page.append(more);
    optionalPanels(more, today);
    const query = window.location.hash.split('?')[1];
    if (query) {
      open(Object.fromEntries(new URLSearchParams(query)));
    }
  }
}

export default [
  {
    id: 'complaint-dashboard-start',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: (node) => {
      render(node, true);
    }
  },
  {
    id: 'complaint-dashboard-route',
    pluginPoint: 'cockpit.route',
    priority: 5,
    properties: {path: PATH},
    render: (node) => {
      render(node, false);
    }
  },
  {
    id: 'complaint-dashboard-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 10,
    properties: {path: PATH},
    render: (node) => {
      node.innerHTML = `<a href="#${PATH}">看板 Dashboard</a>`;
    }
  }
];
