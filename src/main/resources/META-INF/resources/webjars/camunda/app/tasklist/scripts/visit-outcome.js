// R-VISIT-2: after the return visit is completed, the clerk is told on screen what became of the
// complaint — "已结案 closed" or "已重开为重复投诉 reopened as repeat complaint TS-…". Customer relations
// may not read a reopened complaint (R-CUST-5 scope), so the answer comes from
// GET /api/tasks/{taskId}/outcome, which tells only the person who completed the task.
const root = window.location.pathname.split('/camunda/')[0];
const COMPLETE = /\/camunda\/api\/engine\/engine\/[^/]+\/task\/([^/]+)\/submit-form$/;
const VISIT = 'UserTask_MakeReturnVisit';

function banner(text, colour) {
  document.getElementById('visit-outcome')?.remove();
  const box = document.createElement('div');
  box.id = 'visit-outcome';
  box.setAttribute('role', 'status');
  box.style.cssText = 'position:fixed;top:70px;left:50%;transform:translateX(-50%);z-index:3000;'
    + `background:${colour};color:#fff;padding:16px 28px;border-radius:6px;font-size:20px;`
    + 'box-shadow:0 4px 24px rgba(0,0,0,.3);display:flex;align-items:center;gap:20px';
  const words = document.createElement('span');
  words.textContent = text;
  box.appendChild(words);
  const ok = document.createElement('button');
  ok.type = 'button';
  ok.className = 'btn btn-default';
  ok.textContent = '知道了 OK';
  ok.addEventListener('click', () => box.remove());
  box.appendChild(ok);
  document.body.appendChild(box);
}

async function json(path) {
  const response = await fetch(root + path, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

async function tell(taskId) {
  try {
    const outcome = await json(`/api/tasks/${encodeURIComponent(taskId)}/outcome`);
    if (outcome.taskDefinitionKey !== VISIT) return;
    if (outcome.outcome === 'CLOSED') {
      banner(`${outcome.complaintNo} 已结案 closed`, '#2e7d32');
    } else if (outcome.outcome === 'REOPENED') {
      banner(`已重开为重复投诉 reopened as repeat complaint ${outcome.complaintNo}`, '#c62828');
    }
  } catch (unreadable) {
    // not known to be a return visit: say nothing rather than something untrue
  }
}

// Tasklist completes a task with an XMLHttpRequest; the platform's answer names the step completed,
// and only a return visit is followed up on screen
const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  const match = String(method).toUpperCase() === 'POST' && COMPLETE.exec(String(url).split('?')[0]);
  if (match) {
    const taskId = decodeURIComponent(match[1]);
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) tell(taskId);
    });
  }
  return open.call(this, method, url, ...rest);
};

export default [];
