// R-CUST-5: the "联系方式 Contact" tab of a task. The form shows the complainant masked; a person
// whose step calls the complainant (verify, handle, feedback, return visit) opens the full name and
// phone here, on purpose, and the platform writes down each opening (GET /api/tasks/{id}/contact).
// R-ESC-3: having reached the complainant, they say so here (POST /api/tasks/{id}/contacted); that
// first contact is the response the 24-hour deadline asks for.
import {csrfToken, root, text} from './task-tab.js';

function contactedButton(taskId) {
  const wrap = document.createElement('div');
  wrap.style.cssText = 'margin-top: 12px';
  const button = text('button', '已联系上投诉人 Complainant reached', '');
  button.type = 'button';
  button.className = 'btn btn-primary';
  const note = text('span', '', 'margin-left: 12px');
  button.addEventListener('click', async () => {
    button.disabled = true;
    const response = await fetch(`${root}/api/tasks/${encodeURIComponent(taskId)}/contacted`, {
      method: 'POST', credentials: 'same-origin', headers: {'X-XSRF-TOKEN': csrfToken()}});
    if (response.ok) {
      note.textContent = '已记录联系时间 Contact recorded';
    } else {
      const body = await response.json().catch(() => ({}));
      note.textContent = body.detail || `${response.status}`;
      note.style.color = '#b00';
      button.disabled = false;
    }
  });
  wrap.appendChild(button);
  wrap.appendChild(note);
  return wrap;
}

export default {
  id: 'complaint-contact',
  pluginPoint: 'tasklist.task.detail',
  priority: 5,
  properties: {label: '联系方式 Contact'},
  render: (node, {taskId}) => {
    node.innerHTML = '';
    const box = document.createElement('div');
    box.style.cssText = 'padding: 12px 0';
    box.appendChild(text('p', '表单中的姓名和电话已隐去部分。需要致电投诉人时，点击下面的按钮查看完整联系方式；每次查看都会被记录。',
      'margin-bottom: 4px'));
    box.appendChild(text('p', 'The form shows the name and phone masked. To call the complainant, show them in full below; '
      + 'every viewing is logged.', 'color: #666'));
    const button = text('button', '显示完整联系方式 Show full contact', '');
    button.type = 'button';
    button.className = 'btn btn-default';
    const result = document.createElement('div');
    result.style.cssText = 'margin-top: 12px; font-size: 16px';
    button.addEventListener('click', async () => {
      button.disabled = true;
      result.textContent = '正在读取… Loading…';
      try {
        const response = await fetch(`${root}/api/tasks/${encodeURIComponent(taskId)}/contact`,
          {credentials: 'same-origin', headers: {Accept: 'application/json'}});
        const body = await response.json().catch(() => ({}));
        result.innerHTML = '';
        if (response.ok) {
          result.appendChild(text('div', `投诉 Complaint: ${body.complaintNo}`));
          result.appendChild(text('div', `投诉人 Complainant: ${body.name}`, 'font-weight: bold'));
          const phone = document.createElement('a');
          phone.href = `tel:${body.phone}`;
          phone.textContent = body.phone;
          const line = text('div', '电话 Phone: ');
          line.appendChild(phone);
          result.appendChild(line);
          result.appendChild(contactedButton(taskId));
        } else {
          result.appendChild(text('div', body.detail || `${response.status}`, 'color: #b00'));
          button.disabled = false;
        }
      } catch (failure) {
        result.textContent = '暂时无法读取，请稍后再试 / could not load; try again';
        button.disabled = false;
      }
    });
    box.appendChild(button);
    box.appendChild(result);
    node.appendChild(box);
  }
};
