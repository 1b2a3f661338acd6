// The "照片 Photos" tab of every complaint and repair task (issue 17): the before and after photos of
// the task's complaint or repair order as thumbnails (GET /api/tasks/{id}/photos, each image from
// GET /api/photos/{pid}), and — for the staff working this step — an upload with its stage
// (维修前 before, 维修后 after, 其他 other), a progress bar and the server's refusal in plain words.
// The server decides everything (type by the file's bytes, size, count, who may); the checks here only
// spare a person a long wait. Changes carry the session's CSRF token (X-XSRF-TOKEN), like the Contact tab.
import {csrfToken, root, taskTab, text, when} from './task-tab.js';

const STAGE = {before: '维修前 Before', after: '维修后 After', other: '其他 Other'};
const TYPES = ['image/jpeg', 'image/png', 'image/webp'];

function size(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function problemText(status, body) {
  if (body && body.errors && body.errors.length) {
    return body.errors.map((e) => `${e.message} / ${e.messageEn}`).join('; ');
  }
  return (body && (body.detail || body.title)) || `上传失败 Upload failed (${status})`;
}

function thumbnail(photo, reload) {
  const card = text('div', '', 'display: inline-block; width: 180px; margin: 0 12px 12px 0; vertical-align: top; '
    + 'border: 1px solid #ddd; border-radius: 4px; padding: 6px; background: #fff');
  card.className = 'photo-card';
  const link = document.createElement('a');
  link.href = `${root}${photo.url}`;
  link.target = '_blank';
  link.rel = 'noopener';
  const image = document.createElement('img');
  image.src = `${root}${photo.url}`;
  image.alt = `${STAGE[photo.stage] || photo.stage} ${photo.id}`;
  image.style.cssText = 'width: 100%; height: 120px; object-fit: cover; background: #f4f4f4';
  link.appendChild(image);
  card.appendChild(link);
  card.appendChild(text('div', STAGE[photo.stage] || photo.stage, 'font-weight: bold; margin-top: 4px'));
  card.appendChild(text('div', `${photo.uploadedBy} · ${when(photo.uploadedAt)}`, 'color: #666; font-size: 12px'));
  card.appendChild(text('div', `${photo.contentType.replace('image/', '').toUpperCase()} · ${size(photo.size)}`,
    'color: #666; font-size: 12px'));
  if (photo.mayDelete) {
    const remove = text('button', '删除 Delete', 'margin-top: 4px');
    remove.type = 'button';
    remove.className = 'btn btn-xs btn-default';
    remove.addEventListener('click', async () => {
      if (!window.confirm('删除这张照片？ Delete this photo?')) {
        return;
      }
      remove.disabled = true;
      const response = await fetch(`${root}${photo.url}`, {method: 'DELETE', credentials: 'same-origin',
        headers: {'X-XSRF-TOKEN': csrfToken()}});
      if (response.ok) {
        reload();
      } else {
        const body = await response.json().catch(() => ({}));
        card.appendChild(text('div', problemText(response.status, body), 'color: #b00; font-size: 12px'));
        remove.disabled = false;
      }
    });
    card.appendChild(remove);
  }
  return card;
}

function uploader(data, reload) {
  const form = text('div', '', 'margin: 8px 0 16px; padding: 10px; background: #f7f7f7; border-radius: 4px');
  form.className = 'photo-upload';
  const stage = document.createElement('select');
  stage.className = 'form-control';
  stage.name = 'stage';
  stage.style.cssText = 'display: inline-block; width: auto; margin-right: 8px';
  Object.entries(STAGE).forEach(([value, label]) => {
    const option = text('option', label);
    option.value = value;
    stage.appendChild(option);
  });
  // the browser's own file button speaks the browser's language: a Chinese one opens it instead
  const file = document.createElement('input');
  file.type = 'file';
  file.name = 'file';
  file.accept = TYPES.join(',');
  file.style.cssText = 'display: none';
  const choose = text('button', '选择照片 Choose photo', 'margin-right: 8px');
  choose.type = 'button';
  choose.className = 'btn btn-default';
  choose.addEventListener('click', () => file.click());
  const chosenName = text('span', '未选择文件 No file chosen', 'margin-right: 8px; color: #666');
  file.addEventListener('change', () => {
    chosenName.textContent = file.files && file.files[0] ? file.files[0].name : '未选择文件 No file chosen';
  });
  const button = text('button', '上传照片 Upload photo');
  button.type = 'button';
  button.className = 'btn btn-primary';
  const progress = document.createElement('progress');
  progress.max = 100;
  progress.value = 0;
  progress.style.cssText = 'display: none; width: 200px; margin-left: 8px; vertical-align: middle';
  const note = text('div', `JPEG、PNG 或 WebP，每张不超过 ${size(data.maxSize)}，每单最多 ${data.maxPerRecord} 张；`
    + `照片的 GPS 位置会被去除 / JPEG, PNG or WebP, at most ${size(data.maxSize)} each and ${data.maxPerRecord} per record; `
    + 'the GPS position is removed', 'color: #666; font-size: 12px; margin-top: 6px');
  const message = text('div', '', 'margin-top: 6px');
  message.className = 'photo-message';

  button.addEventListener('click', () => {
    message.textContent = '';
    message.style.color = '#b00';
    const chosen = file.files && file.files[0];
    if (!chosen) {
      message.textContent = '请先选择照片 / choose a photo first';
      return;
    }
    if (chosen.size > data.maxSize) {
      message.textContent = `照片过大（${size(chosen.size)}），每张不超过 ${size(data.maxSize)} / the photo is too large`;
      return;
    }
    if (chosen.type && !TYPES.includes(chosen.type)) {
      message.textContent = '只接受 JPEG、PNG 或 WebP 图片 / only JPEG, PNG or WebP images';
      return;
    }
    const body = new FormData();
    body.append('stage', stage.value);
    body.append('file', chosen);
    const request = new XMLHttpRequest();
    request.open('POST', `${root}${data.uploadUrl}`);
    request.withCredentials = true;
    request.setRequestHeader('X-XSRF-TOKEN', csrfToken());
    request.setRequestHeader('Accept', 'application/json');
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) {
        progress.value = Math.round((event.loaded / event.total) * 100);
      }
    });
    request.addEventListener('load', () => {
      button.disabled = false;
      progress.style.display = 'none';
      let answer = {};
      try {
        answer = JSON.parse(request.responseText);
      } catch (notJson) {
        answer = {};
      }
      if (request.status === 201) {
        message.style.color = '#2a7d2a';
        message.textContent = `已上传 Uploaded (${STAGE[answer.stage] || answer.stage}, ${size(answer.size)})`;
        file.value = '';
        chosenName.textContent = '未选择文件 No file chosen';
        reload(message.textContent);
      } else {
        message.textContent = problemText(request.status, answer);
      }
    });
    request.addEventListener('error', () => {
      button.disabled = false;
      progress.style.display = 'none';
      message.textContent = '网络中断，照片未上传，请重试 / the connection failed; the photo was not uploaded';
    });
    button.disabled = true;
    progress.value = 0;
    progress.style.display = 'inline-block';
    message.style.color = '#333';
    message.textContent = '正在上传… Uploading…';
    request.send(body);
  });

  form.appendChild(stage);
  form.appendChild(file);
  form.appendChild(choose);
  form.appendChild(chosenName);
  form.appendChild(button);
  form.appendChild(progress);
  form.appendChild(note);
  form.appendChild(message);
  return form;
}

async function load(box, taskId, done) {
  box.innerHTML = '';
  box.appendChild(text('div', '正在读取… Loading…'));
  let response;
  let data;
  try {
    response = await fetch(`${root}/api/tasks/${encodeURIComponent(taskId)}/photos`,
      {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    data = await response.json().catch(() => ({}));
  } catch (failure) {
    box.innerHTML = '';
    box.appendChild(text('div', '暂时无法读取，请稍后再试 / could not load; try again', 'color: #b00'));
    return;
  }
  box.innerHTML = '';
  if (!response.ok) {
    box.appendChild(text('div', data.detail || `${response.status}`, 'color: #b00'));
    return;
  }
  const reload = (said) => load(box, taskId, said);
  const what = data.recordType === 'REPAIR' ? '派工单 Repair order' : '投诉 Complaint';
  box.appendChild(text('h4', `${what} ${data.recordNo} · 照片 ${data.photos.length} / ${data.maxPerRecord}`,
    'margin: 0 0 8px; font-weight: bold'));
  if (data.mayUpload) {
    const form = uploader(data, reload);
    box.appendChild(form);
    if (done) {
      const message = form.querySelector('.photo-message');
      message.style.color = '#2a7d2a';
      message.textContent = done;
    }
  } else {
    box.appendChild(text('p', '只有正在处理此步骤的人员可以上传照片 / only the staff working an open step add photos',
      'color: #666'));
  }
  if (!data.photos.length) {
    box.appendChild(text('p', '还没有照片 / no photos yet', 'color: #666'));
    return;
  }
  const grid = text('div', '');
  grid.className = 'photo-grid';
  data.photos.forEach((photo) => grid.appendChild(thumbnail(photo, reload)));
  box.appendChild(grid);
}

export default taskTab('record-photos', 3, '照片 Photos', 'record-photos', load);
