// A server refusal of a form or a claim (the start form, a task form, 认领 Claim: a rule such as
// R-VISIT-1, a field the server will not take) is said where the operator is looking: right next to
// the button they pressed (发起 Start, 完成 Complete, 认领 Claim), in the refusal's own Chinese and
// English words — not only as a toast at the top of the page. The toast stays; this repeats it by
// the button until the next press.
const SUBMIT = /\/camunda\/api\/engine\/engine\/[^/]+\/(process-definition\/.+\/submit-form|task\/[^/]+\/(submit-form|claim))$/;
let pressed = null;

document.addEventListener('click', (event) => {
  const button = event.target.closest && event.target.closest('button');
  if (!button) return;
  pressed = button;
  // a new press starts afresh: the earlier refusal by this button goes
  const shown = button.parentNode && button.parentNode.querySelector(':scope > .form-refusal');
  if (shown) shown.remove();
}, true);

function say(problem) {
  const lines = [];
  if (Array.isArray(problem.errors) && problem.errors.length) {
    problem.errors.forEach((error) => lines.push(error.messageEn ? `${error.message} / ${error.messageEn}` : error.message));
  } else {
    lines.push(problem.detail || problem.message || '提交被拒绝 Refused');
  }
  return lines;
}

function show(button, problem) {
  if (!button || !button.isConnected || !button.parentNode) return;
  const holder = button.parentNode;
  holder.querySelector(':scope > .form-refusal')?.remove();
  if (getComputedStyle(holder).position === 'static') holder.style.position = 'relative';
  // beside the button: under it when it is high on the screen (认领), above it when low (发起, 完成)
  const high = button.getBoundingClientRect().top < window.innerHeight / 2;
  const box = document.createElement('div');
  box.className = 'form-refusal alert alert-danger';
  box.setAttribute('role', 'alert');
  box.style.cssText = `position:absolute;right:0;${high ? 'top' : 'bottom'}:calc(100% + 6px);z-index:1050;`
    + 'width:min(520px,90vw);margin:0;padding:8px 12px;text-align:left;white-space:normal;'
    + 'box-shadow:0 2px 10px rgba(0,0,0,.2)';
  const title = document.createElement('strong');
  title.textContent = '未能提交 Not submitted：';
  box.appendChild(title);
  say(problem).forEach((line) => {
    const item = document.createElement('div');
    item.textContent = line;
    box.appendChild(item);
  });
  holder.appendChild(box);
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (String(method).toUpperCase() === 'POST' && SUBMIT.test(String(url).split('?')[0])) {
    const button = pressed;
    this.addEventListener('load', () => {
      if (this.status < 400 || this.status >= 500) return;
      let problem;
      try {
        problem = JSON.parse(this.responseText);
      } catch (notJson) {
        return;
      }
      show(button, problem || {});
    });
  }
  return open.call(this, method, url, ...rest);
};

export default [];
