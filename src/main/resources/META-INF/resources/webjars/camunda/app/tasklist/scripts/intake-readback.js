// R-IN-2 "repeat back clearly" (复述清楚): right after a complaint is registered with the start form,
// the operator sees its number — large enough to read to the caller — with its severity, the group
// that handles it and by when the caller will be contacted. The number is the new process's business
// key, which Tasklist's start-form request answers with; the rest is read from the platform's API
// (GET /api/complaints/{no}, with the Tasklist sign-in). The navbar keeps the last number at hand.
const root = window.location.pathname.split('/camunda/')[0];
const START_FORM = /\/camunda\/api\/engine\/engine\/[^/]+\/process-definition\/.+\/submit-form$/;
const SEVERITY = {GENERAL: '一般', IMPORTANT: '重要', HOT: '热点', MAJOR: '重大'};
let lastNumber = null;
const listeners = [];

function element(tag, text, style) {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  if (style) node.style.cssText = style;
  return node;
}

function beijingTime(iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleString('zh-CN', {timeZone: 'Asia/Shanghai', hour12: false});
}

async function showReadback(complaintNo) {
  lastNumber = complaintNo;
  listeners.forEach((update) => update(complaintNo));
  document.getElementById('intake-readback')?.remove();
  const overlay = element('div', null, 'position:fixed;inset:0;background:rgba(0,0,0,.35);z-index:3000;'
    + 'display:flex;align-items:center;justify-content:center');
  overlay.id = 'intake-readback';
  const box = element('div', null, 'background:#fff;padding:28px 36px;border-radius:6px;min-width:460px;'
    + 'box-shadow:0 4px 24px rgba(0,0,0,.3);font-size:16px');
  const repair = complaintNo.startsWith('PG-');
  box.appendChild(element('div', repair ? '报修已登记 Repair request recorded' : '投诉已受理 Complaint registered', 'color:#666'));
  const number = element('div', complaintNo, 'font-size:40px;font-weight:bold;letter-spacing:2px;margin:8px 0');
  number.id = 'intake-readback-no';
  box.appendChild(number);
  box.appendChild(element('div', (repair ? '请向报修人复述此派工单号' : '请向投诉人复述此编号')
    + ' · Read this number back to the caller', 'margin-bottom:12px'));
  const facts = element('div', '正在读取… Loading…', 'color:#333;line-height:1.8');
  box.appendChild(facts);
  const ok = element('button', '知道了 OK', 'margin-top:16px');
  ok.type = 'button';
  ok.className = 'btn btn-primary';
  ok.addEventListener('click', () => overlay.remove());
  box.appendChild(ok);
  overlay.appendChild(box);
  document.body.appendChild(overlay);
  if (repair) {
    // R-REP-1 a repair's slip number: its kind and where, from GET /api/repairs/{no}
    try {
      const response = await fetch(`${root}/api/repairs/${encodeURIComponent(complaintNo)}`,
        {credentials: 'same-origin', headers: {Accept: 'application/json'}});
      const order = await response.json();
      facts.textContent = '';
      facts.appendChild(element('div', `派给 Issued to：工程部 engineering${order.emergency ? '（紧急 emergency）' : ''}`));
      facts.appendChild(element('div', `地点 Where：${order.building || ''} ${order.unit || ''} ${order.room || ''}`));
    } catch (unreadable) {
      facts.textContent = '';
    }
    return;
  }
  try {
    const response = await fetch(`${root}/api/complaints/${encodeURIComponent(complaintNo)}`,
      {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    const complaint = await response.json();
    facts.textContent = '';
    facts.appendChild(element('div', `等级 Severity：${SEVERITY[complaint.severity] || ''} ${complaint.severity}`));
    facts.appendChild(element('div', `处理组 Handled by：${complaint.handlerGroup}`));
    facts.appendChild(element('div', `回复时限 Caller contacted by：${beijingTime(complaint.responseDueAt)}`));
  } catch (unreadable) {
    facts.textContent = '';
  }
}

// Tasklist starts a process with an XMLHttpRequest; watch for the start form's answer
const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (String(method).toUpperCase() === 'POST' && START_FORM.test(String(url).split('?')[0])) {
    this.addEventListener('load', () => {
      if (this.status === 200) {
        try {
          const started = JSON.parse(this.responseText);
          if (started.businessKey) showReadback(started.businessKey);
        } catch (notJson) { /* not a start answer */ }
      }
    });
  }
  return open.call(this, method, url, ...rest);
};

export default {
  id: 'complaint-intake-readback',
  pluginPoint: 'tasklist.navbar.action',
  priority: 10,
  render: (node) => {
    const last = element('span', '', 'margin-right:12px;color:#555;cursor:pointer');
    last.id = 'intake-last-no';
    last.title = '再次显示 Show again';
    const update = (complaintNo) => { last.textContent = complaintNo ? `最近受理 Last intake：${complaintNo}` : ''; };
    update(lastNumber);
    listeners.push(update);
    last.addEventListener('click', () => lastNumber && showReadback(lastNumber));
    node.appendChild(last);
  }
};
