// The "投诉档案 Case file" tab of every task (GET /api/tasks/{id}/case-file): the complaint's story
// (R-LOOP: every step, who, when, notes), its severity changes with their reasons, the other
// complaints of the same issue 同一事件 and how many people raised it (R-SEV-HOT), and the earlier
// complaints of the same unit and of the same phone. R-CUST-5: every name and phone here is masked;
// the full contact is in the "联系方式 Contact" tab, logged, at the steps that call the complainant.
// Actions (R-SEV-UP, R-SEV-HOT): anyone with the task reports new facts; customer-service supervisors
// and above change the severity with a reason (lowering only the supervising group of the current
// class; the server decides, the tab only hides what the caller may not do); at verification the
// verifier confirms or rejects the same-issue match and the intake's proposal that the complaint
// repeats an earlier handled one of the unit and category (R-SEV-IMPORTANT, POST /api/tasks/{id}/repeat).
// R-ESC-1/4: the escalation level apart from the severity; R-RESP: the work-contact orders 工作联系单;
// R-REP-1: the repair orders 派工单 issued from the handling step, with their state and deadlines;
// R-SEV-MAJOR/HOT: the periods the complaint waited on the complainant or a third party, which do
// not count toward its age and handling deadline — at the handling step they are started and ended
// here (POST /api/tasks/{id}/waiting, /waiting/end; the handler group and the supervisor may).
import {csrfToken, root, taskTab, text, when} from './task-tab.js';

const STEP = {
  RECEIVED: '受理 Received', SEVERITY_CHANGED: '定级变更 Severity changed', ASSIGNED: '分派 Assigned',
  VERIFIED: '核实 Verified', HANDLED: '处理 Handled', FEEDBACK_GIVEN: '反馈 Feedback given',
  RETURN_VISITED: '回访 Return visit', REOPENED: '重开 Reopened', CLOSED: '结案 Closed', LINKED: '关联 Linked',
  FACTS_CHANGED: '情况更新 Facts changed', ESCALATION_REQUESTED: '申请升级 Escalation requested',
  RESPONSE_OVERDUE: '响应超时 Response overdue', CONTACTED: '已联系 Contacted',
  RETURN_VISIT_OVERDUE: '回访超时 Return visit overdue', RECTIFICATION_ISSUED: '整改通知 Rectification notice',
  RECTIFICATION_NOTICE_OVERDUE: '整改通知超时 Rectification notice overdue',
  RECTIFIED: '已整改 Rectified', ESCALATED: '升级 Escalated', WAITING_STARTED: '开始等待 Waiting started',
  WAITING_ENDED: '结束等待 Waiting ended', WORK_CONTACT_RAISED: '工作联系单 Work-contact order',
  WORK_CONTACT_DONE: '联系单完成 Work-contact done', SEVERITY_CONFIRMED: '等级确认 Severity confirmed',
  FACT_CORRECTED: '事实更正 Fact corrected', UNLINKED: '解除关联 Unlinked', LINK_CONFIRMED: '确认同一问题 Same issue confirmed',
  REPEAT_PROPOSED: '疑似二次投诉 Repeat proposed', REPEAT_CONFIRMED: '确认二次投诉 Repeat confirmed',
  REPEAT_REJECTED: '否定二次投诉 Repeat rejected', REPAIR_ORDER_ISSUED: '派维修单 Repair order issued'
};
const REPAIR_STATUS = {OPEN: '进行中 open', CLOSED: '已完成 closed'};
const LEVEL = {
  'property-officer': '物管员 Property officer', 'project-manager': '项目经理 Project manager',
  'gm-assistant': '总经理助理 GM\'s assistant', 'general-manager': '总经理 General manager'
};
const DEPARTMENT = {
  engineering: '工程部 Engineering', security: '秩序维护部 Security', cleaning: '保洁部 Cleaning', greening: '绿化部 Greening'
};
const MATCHED_BY = {UNIT: '同一房屋 same unit', HOUSEHOLD: '同一住户 same household'};
const PROPOSAL = {PROPOSED: '待核实确认 proposed', CONFIRMED: '二次投诉 repeat', REJECTED: '已否定 rejected'};
const WAITING_ON = {COMPLAINANT: '投诉人 Complainant', THIRD_PARTY: '第三方 Third party'};

const RANK = ['GENERAL', 'IMPORTANT', 'HOT', 'MAJOR'];
const FACTS = [['inLitigation', '已起诉 In litigation'], ['mediaExposed', '已被媒体曝光 Exposed by the media'],
  ['litigationOrMediaRisk', '可能起诉或曝光 Litigation or media risk'],
  ['needsOtherDepartments', '需其他部门配合 Needs other departments']];
const STATUS = {
  AWAITING_VERIFICATION: '待核实', IN_HANDLING: '处理中', AWAITING_FEEDBACK: '待反馈',
  AWAITING_RETURN_VISIT: '待回访', CLOSED: '已结案'
};
const SEVERITY = {MAJOR: '重大', HOT: '热点', IMPORTANT: '重要', GENERAL: '一般'};
const CATEGORY = {
  SECURITY: '安保', CLEANING: '保洁', GREENING: '绿化', REPAIR: '工程维修', FACILITIES: '公共设施', PARKING: '停车',
  FEES: '收费', NOISE: '噪音', NEIGHBOUR: '邻里', DECORATION: '装修', SERVICE_ATTITUDE: '服务态度', OTHER: '其他'
};

function label(names, code) {
  return code ? (names[code] ? `${names[code]} ${code}` : code) : '';
}

function heading(content) {
  return text('h4', content, 'margin: 18px 0 6px; font-weight: bold');
}

/** A simple table; dates and complaint numbers stay on one line. */
function table(headers, rows) {
  if (!rows.length) {
    return text('p', '无 None', 'color: #666');
  }
  const element = document.createElement('table');
  element.className = 'table table-condensed';
  element.style.cssText = 'margin-bottom: 6px';
  const head = element.createTHead().insertRow();
  headers.forEach((header) => head.appendChild(text('th', header)));
  const body = element.createTBody();
  rows.forEach((cells) => {
    const row = body.insertRow();
    cells.forEach((cell, i) => row.appendChild(text('td', cell,
      /^(时间|受理时间|投诉编号)/.test(headers[i]) ? 'white-space: nowrap' : 'white-space: pre-wrap')));
  });
  return element;
}

function complaints(list) {
  return table(['投诉编号 No.', '状态 Status', '等级 Severity', '类别 Category', '位置 Unit', '投诉人 Complainant',
    '受理时间 Received'], list.map((c) => [c.complaintNo, label(STATUS, c.status), label(SEVERITY, c.severity),
    label(CATEGORY, c.category), c.place, `${c.complainant.name} ${c.complainant.phone}`, when(c.receivedAt)]));
}

/** Start or end waiting; the platform says who may (handler group, supervisor) and at which step (handling). */
function waitingControls(taskId, file, reload) {
  const wrap = text('div', '', 'margin: 6px 0');
  const note = text('span', '', 'margin-left: 12px');
  const send = async (path, body) => {
    const response = await fetch(`${root}/api/tasks/${encodeURIComponent(taskId)}/${path}`, {
      method: 'POST', credentials: 'same-origin',
      headers: Object.assign({'X-XSRF-TOKEN': csrfToken(), Accept: 'application/json'},
        body ? {'Content-Type': 'application/json'} : {}),
      body: body ? JSON.stringify(body) : undefined});
    if (response.ok) {
      reload();
    } else {
      const problem = await response.json().catch(() => ({}));
      note.textContent = problem.detail || `${response.status}`;
      note.style.color = '#b00';
    }
  };
  const open = (file.waitingPeriods || []).some((period) => !period.endedAt);
  if (open) {
    const end = text('button', '结束等待（时限顺延） End waiting', '');
    end.type = 'button';
    end.className = 'btn btn-default';
    end.addEventListener('click', () => send('waiting/end'));
    wrap.appendChild(end);
  } else {
    const on = document.createElement('select');
    on.className = 'form-control';
    on.style.cssText = 'display: inline-block; width: auto; margin-right: 6px';
    Object.entries(WAITING_ON).forEach(([value, name]) => on.appendChild(Object.assign(text('option', name), {value})));
    const reason = document.createElement('input');
    reason.className = 'form-control';
    reason.maxLength = 500;
    reason.placeholder = '等待原因 Reason';
    reason.style.cssText = 'display: inline-block; width: 280px; margin-right: 6px';
    const start = text('button', '开始等待 Start waiting', '');
    start.type = 'button';
    start.className = 'btn btn-default';
    start.addEventListener('click', () => send('waiting', {on: on.value, reason: reason.value}));
    [on, reason, start].forEach((element) => wrap.appendChild(element));
  }
  wrap.appendChild(note);
  return wrap;
}

function show(node, file, taskId, reload) {
  const place = [file.community, file.building, file.unit, file.room].filter((part) => part).join('-');
  const summary = text('div', '', 'font-size: 15px; margin-bottom: 4px');
  summary.appendChild(text('strong', `投诉 Complaint ${file.complaintNo}`, 'font-size: 18px; margin-right: 12px'));
  summary.appendChild(text('span', `${label(SEVERITY, file.severity)} · ${label(STATUS, file.status)} · `
    + `${label(CATEGORY, file.category)} · ${place}`));
  node.appendChild(summary);
  node.appendChild(text('div', `投诉人 Complainant: ${file.complainant.name} ${file.complainant.phone}　`
    + `受理 Received: ${when(file.receivedAt)}`));
  if (file.escalationLevel) {
    node.appendChild(text('div', `已升级至 Escalated to: ${LEVEL[file.escalationLevel] || file.escalationLevel}`
      + '（等级不变 the severity class stays）', 'margin-top: 4px'));
  }
  node.appendChild(text('div', `内容 Description: ${file.description}`, 'margin-top: 4px; white-space: pre-wrap'));
  node.appendChild(text('p', '姓名和电话已隐去部分；完整联系方式见“联系方式 Contact”标签（查看会被记录）。 '
    + 'Names and phones are masked; the full contact is in the Contact tab (logged).', 'color: #666; margin-top: 6px'));

  node.appendChild(heading('处理经过 Timeline'));
  node.appendChild(table(['时间 When', '步骤 Step', '经办人 Who', '备注 Notes'],
    file.timeline.map((step) => [when(step.at), STEP[step.type] || step.type, step.actor || '系统 system', step.detail || ''])));

  node.appendChild(heading('等级变更 Severity changes'));
  node.appendChild(table(['时间 When', '从 From', '到 To', '原因 Reason', '操作人 By'],
    file.severityHistory.map((change) => [when(change.changedAt), label(SEVERITY, change.from) || '—',
      label(SEVERITY, change.to), change.reason || '', change.changedBy || '系统 system'])));

  node.appendChild(heading('等待投诉人/第三方（不计入时限） Waiting on the complainant or a third party (not counted)'));
  node.appendChild(table(['开始时间 From', '结束时间 Until', '等待 On', '原因 Reason', '记录人 By'],
    (file.waitingPeriods || []).map((period) => [when(period.startedAt), period.endedAt ? when(period.endedAt) : '等待中 waiting',
      WAITING_ON[period.on] || period.on, period.reason, [period.startedBy, period.endedBy].filter((by) => by).join(' / ')])));
  if (file.status === 'IN_HANDLING') {
    node.appendChild(waitingControls(taskId, file, reload));
  }

  node.appendChild(heading('工作联系单 Work-contact orders'));
  node.appendChild(table(['时间 Raised', '部门 Department', '事项 Request', '截止 Due', '结果 Result', '经办人 By'],
    (file.workContactOrders || []).map((order) => [when(order.raisedAt), DEPARTMENT[order.department] || order.department,
      order.request, when(order.dueAt), order.result || '进行中 open', [order.raisedBy, order.doneBy].filter((by) => by).join(' / ')])));

  node.appendChild(heading('维修单 Repair orders'));
  node.appendChild(table(['派出时间 Issued', '派工单号 Slip no.', '状态 Status', '到场时限 Arrive by', '维修时限 Fix by',
    '回访时限 Visit by', '派单人 By'],
  (file.repairOrders || []).map((order) => [when(order.issuedAt), order.orderNo + (order.emergency ? ' 紧急' : ''),
    REPAIR_STATUS[order.status] || order.status, when(order.arrivalDue), when(order.fixDue), when(order.returnVisitDue),
    order.issuedBy])));

  node.appendChild(heading(`同一事件 Same issue：共 ${file.sameIssue.complainants} 位投诉人 `
    + `${file.sameIssue.complainants} complainant(s)`));
  node.appendChild(complaints(file.sameIssue.complaints));

  if (file.repeatProposal || file.repeatOf) {
    const proposal = file.repeatProposal;
    node.appendChild(heading('二次投诉 Repeat complaint (R-SEV-IMPORTANT)'));
    node.appendChild(table(['原投诉 Repeats', '匹配 Matched by', '状态 Status', '核实人 By', '理由 Reason'],
      [[proposal ? proposal.proposedOf : file.repeatOf, proposal ? (MATCHED_BY[proposal.matchedBy] || proposal.matchedBy)
        : '受理时填写 typed at intake', proposal ? (PROPOSAL[proposal.status] || proposal.status) : PROPOSAL.CONFIRMED,
      proposal ? proposal.decidedBy || '' : '', proposal ? proposal.reason || '' : '']]));
  }

  node.appendChild(heading('同一房屋的历史投诉 Earlier complaints of this unit'));
  node.appendChild(complaints(file.earlierOfUnit));

  node.appendChild(heading('同一电话的历史投诉 Earlier complaints from this phone'));
  node.appendChild(complaints(file.earlierOfPhone));
}

async function post(path, body) {
  const response = await fetch(`${root}${path}`, {method: 'POST', credentials: 'same-origin',
    headers: {'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken()},
    body: JSON.stringify(body)});
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) {
    const fields = (answer.errors || []).map((e) => `${e.message} ${e.messageEn}`).join('; ');
    throw new Error([answer.detail, fields].filter((part) => part).join(' ') || `${response.status}`);
  }
  return answer;
}

function field(labelText, input) {
  const wrap = text('label', labelText, 'display: block; margin: 4px 0; font-weight: normal');
  input.style.cssText = 'display: block; margin-top: 2px; max-width: 480px';
  input.className = 'form-control';
  wrap.appendChild(input);
  return wrap;
}

/** A small form: its fields, a button, and the server's answer under it. */
function actionForm(title, fields, buttonText, submit, reload) {
  const form = document.createElement('form');
  form.style.cssText = 'margin: 6px 0 12px; padding: 8px; border: 1px solid #ddd';
  form.appendChild(text('strong', title));
  fields.forEach((f) => form.appendChild(f));
  const button = text('button', buttonText);
  button.type = 'submit';
  button.className = 'btn btn-default btn-sm';
  const message = text('span', '', 'margin-left: 10px');
  form.appendChild(button);
  form.appendChild(message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    try {
      const answer = await submit();
      message.style.color = '#070';
      message.textContent = answer.note || '已保存 Saved';
      setTimeout(reload, 1500);
    } catch (e) {
      message.style.color = '#b00';
      message.textContent = e.message;
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

function actions(node, file, rights, taskId, reload) {
  const base = `/api/tasks/${encodeURIComponent(taskId)}`;
  node.appendChild(heading('操作 Actions'));

  const checks = FACTS.map(([key, name]) => {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = key;
    const wrap = text('label', '', 'margin-right: 14px; font-weight: normal');
    wrap.appendChild(box);
    wrap.appendChild(document.createTextNode(` ${name}`));
    return wrap;
  });
  const people = document.createElement('input');
  people.type = 'number';
  people.min = '1';
  people.name = 'collectiveSize';
  const note = document.createElement('input');
  note.name = 'note';
  note.maxLength = 500;
  const checkRow = document.createElement('div');
  checks.forEach((c) => checkRow.appendChild(c));
  node.appendChild(actionForm('报告新情况 Report new facts (R-SEV-UP：等级只升不降 severity only goes up)',
    [checkRow, field('投诉人数 People (如增加 if more)', people), field('说明 Note', note)], '报告 Report', () => {
      const body = {};
      checks.forEach((c) => {
        const box = c.querySelector('input');
        if (box.checked) {
          body[box.name] = true;
        }
      });
      if (people.value) {
        body.collectiveSize = Number(people.value);
      }
      if (note.value.trim()) {
        body.note = note.value.trim();
      }
      return post(`${base}/facts`, body);
    }, reload));

  if (rights.mayRaise) {
    const select = document.createElement('select');
    select.name = 'severity';
    RANK.forEach((code) => {
      const option = text('option', label(SEVERITY, code));
      option.value = code;
      option.disabled = code === file.severity
        || (RANK.indexOf(code) < RANK.indexOf(file.severity) && !rights.mayLower);
      select.appendChild(option);
    });
    select.value = RANK.find((code) => !select.querySelector(`option[value="${code}"]`).disabled) || file.severity;
    const reason = reasonBox('reason');
    const who = rights.mayLower ? '可升可降 you may raise or lower'
      : `只可升级；降级须由 ${rights.supervisorGroup} 决定 raise only; lowering is for ${rights.supervisorGroup}`;
    node.appendChild(actionForm(`调整等级 Change severity (${who})`,
      [field('等级 Severity', select), field('原因（必填） Reason (required)', reason)], '调整 Change',
      () => post(`${base}/severity`, {severity: select.value, reason: reason.value}), reload));
  }

  if (rights.decidesSameIssue && file.sameIssue.complaints.length > 1) {
    node.appendChild(decisionForm('同一问题核实 Same issue (R-SEV-HOT)：以上同一事件的投诉是否确为同一问题？ Are the complaints '
      + 'above really the same issue?', 'sameIssueReason', `${base}/same-issue`,
    (answer) => `已解除关联 unlinked; 请确认等级 asked to confirm: ${answer.askedToConfirmSeverity.join(', ') || '—'}`, reload));
  }

  if (rights.decidesSameIssue && file.repeatProposal && file.repeatProposal.status === 'PROPOSED') {
    node.appendChild(decisionForm(`二次投诉核实 Repeat complaint (R-SEV-IMPORTANT)：本投诉是否为 ${file.repeatProposal.proposedOf} `
      + `处理后的二次投诉？ Is this a repeat of ${file.repeatProposal.proposedOf}, handled earlier?`,
    'repeatReason', `${base}/repeat`, () => '已否定 rejected', reload));
  }
}

/** A reason to give, required, of at most 400 characters. */
function reasonBox(name) {
  const reason = document.createElement('textarea');
  reason.name = name;
  reason.maxLength = 400;
  reason.required = true;
  return reason;
}

/**
 * The verifier's decision about a match the intake proposed (same issue, repeat): confirm or reject, with a reason,
 * posted to path; rejected(answer) says what a rejection did.
 */
function decisionForm(title, reasonName, path, rejected, reload) {
  const reason = reasonBox(reasonName);
  const form = actionForm(title, [field('原因（必填） Reason (required)', reason)], '确认 Confirm',
    () => post(path, {decision: 'CONFIRMED', reason: reason.value}), reload);
  const reject = text('button', '否定 Reject', 'margin-left: 8px');
  reject.type = 'button';
  reject.className = 'btn btn-default btn-sm';
  reject.addEventListener('click', async () => {
    const message = form.querySelector('span:last-of-type');
    try {
      const answer = await post(path, {decision: 'REJECTED', reason: reason.value});
      message.style.color = '#070';
      message.textContent = rejected(answer);
      setTimeout(reload, 1500);
    } catch (e) {
      message.style.color = '#b00';
      message.textContent = e.message;
    }
  });
  form.insertBefore(reject, form.querySelector('span:last-of-type'));
  return form;
}

function load(box, taskId) {
  box.innerHTML = '';
  box.appendChild(text('p', '正在读取… Loading…'));
  const get = (path) => fetch(`${root}/api/tasks/${encodeURIComponent(taskId)}/${path}`,
    {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  Promise.all([get('case-file'), get('severity')])
    .then(async ([response, rightsResponse]) => {
      const body = await response.json().catch(() => ({}));
      const rights = rightsResponse.ok ? await rightsResponse.json().catch(() => ({})) : {};
      box.innerHTML = '';
      if (response.ok) {
        show(box, body, taskId, () => load(box, taskId));
        actions(box, body, rights, taskId, () => load(box, taskId));
      } else {
        box.appendChild(text('p', body.detail || `${response.status}`, 'color: #b00'));
      }
    })
    .catch(() => {
      box.innerHTML = '';
      box.appendChild(text('p', '暂时无法读取，请稍后再试 / could not load; try again', 'color: #b00'));
    });
}

export default taskTab('complaint-case-file', 4, '投诉档案 Case file', 'complaint-case-file', load);
