// The candidate's sitting of an exam. The paper comes once from the server; every answer is kept on the device
// at once (localStorage) and saved to the server as it is given, the later of two by a rising sequence number;
// what the server has not acknowledged is sent again when the connection comes back, or after a reload on the
// same device. The countdown runs by the server's clock. Another device may take the attempt over: this one is
// then told so and may take it back. No inline script: the content security policy forbids them.
(function () {
  'use strict';

  var app = document.getElementById('exam-app');
  if (!app) {
    return;
  }
  var data = app.dataset;
  var examId = data.exam;
  var msg = function (name) { return data['msg' + name.charAt(0).toUpperCase() + name.slice(1)] || name; };
  var csrf = (function () {
    try {
      return JSON.parse(document.body.getAttribute('hx-headers') || '{}');
    } catch (e) {
      return {};
    }
  })();

  var store = {
    get: function (key) {
      try { return JSON.parse(window.localStorage.getItem(key)); } catch (e) { return null; }
    },
    set: function (key, value) {
      try { window.localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* private mode: memory only */ }
    }
  };
  var deviceKey = 'jx-exam-device-' + examId;
  // When the connection dropped, kept across a reload so that the invigilator's log shows the whole gap
  var offlineKey = 'jx-exam-offline-' + examId;

  var state = {
    paper: null,
    index: 0,
    device: store.get(deviceKey),
    seq: 0,
    pending: {},      // questionId -> {answer, seq}: given on this device, not yet acknowledged
    inFlight: {},     // questionId -> seq being sent
    offset: 0,        // server time minus device time, in ms
    deadline: 0,      // ms, server time
    held: true,
    done: false,
    offlineSince: store.get(offlineKey),
    retryDelay: 1000,
    retryTimer: null
  };

  function pendingKey() { return 'jx-exam-pending-' + state.paper.attemptId; }
  function seqKey() { return 'jx-exam-seq-' + state.paper.attemptId; }

  function api(method, url, body) {
    var headers = { 'Accept': 'application/json' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    Object.keys(csrf).forEach(function (name) { headers[name] = csrf[name]; });
    return fetch(url, {
      method: method, headers: headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      var parsed = type.indexOf('json') >= 0 ? response.json() : Promise.resolve(null);
      return parsed.then(function (json) { return { status: response.status, body: json }; });
    });
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function status(text, danger) {
    var node = document.getElementById('sit-status');
    node.textContent = text;
    node.classList.toggle('text-danger', !!danger);
    node.classList.toggle('text-body-secondary', !danger);
  }

  function notice(text) {
    var node = document.getElementById('sit-notice');
    node.textContent = text || '';
    node.hidden = !text;
  }

  function overlay(text, actionText, action) {
    var box = document.getElementById('sit-overlay');
    document.getElementById('overlay-text').textContent = text;
    var button = document.getElementById('overlay-action');
    button.textContent = actionText;
    button.hidden = !action;
    button.onclick = action;
    box.hidden = false;
  }

  function closeOverlay() {
    document.getElementById('sit-overlay').hidden = true;
  }

  // --- Starting or resuming ---------------------------------------------------------------------------------

  function start() {
    api('POST', data.startUrl, { device: state.device || null }).then(function (r) {
      if (r.status === 200 && r.body) {
        begin(r.body);
      } else if (r.status === 409 || r.status === 403 || r.status === 404) {
        overlay(problem(r), msg('close'), function () { window.location.href = data.backUrl; });
      } else if (r.status === 401) {
        window.location.reload();
      } else {
        overlay(problem(r) || msg('failed'), msg('takeBack'), function () { closeOverlay(); start(); });
      }
    }).catch(function () {
      status(msg('offline'), true);
      window.setTimeout(start, 3000);
    });
  }

  function problem(r) {
    return r.body && r.body.detail ? r.body.detail : '';
  }

  function begin(paper) {
    state.paper = paper;
    state.device = paper.device;
    store.set(deviceKey, paper.device);
    state.offset = Date.parse(paper.serverNow) - Date.now();
    state.deadline = Date.parse(paper.deadline);
    state.held = true;
    closeOverlay();
    // The sequence goes on from the highest the server or this device has seen, so a later answer always wins
    var seq = store.get(seqKey()) || 0;
    paper.items.forEach(function (item) { seq = Math.max(seq, item.seq); });
    state.seq = seq;
    // Answers given here but not acknowledged (a reload, a dropped connection) go over what the server has
    var kept = (paper.takenOver ? null : store.get(pendingKey())) || {};
    state.pending = {};
    paper.items.forEach(function (item) {
      var local = kept[item.questionId];
      if (local && local.seq > item.seq) {
        item.answer = local.answer;
        state.pending[item.questionId] = local;
      }
    });
    store.set(pendingKey(), state.pending);
    if (paper.takenOver) {
      notice(msg('tookOver'));
    } else if (paper.resumed) {
      notice(msg('resumed'));
    }
    var first = paper.items.findIndex(function (item) { return item.answer.length === 0; });
    state.index = first < 0 ? 0 : first;
    document.getElementById('sit-question').hidden = false;
    document.getElementById('sit-nav').hidden = false;
    render();
    renderMap();
    flush();
    tick();
  }

  // --- One question a screen ----------------------------------------------------------------------------------

  function typeName(type) {
    return msg('type' + type.toLowerCase().replace(/(^|_)([a-z])/g, function (m, s, c) { return c.toUpperCase(); }));
  }

  function render() {
    var item = state.paper.items[state.index];
    var card = document.getElementById('sit-question');
    card.innerHTML = '';
    var body = el('div', 'card-body');
    var head = el('div', 'd-flex justify-content-between small text-body-secondary mb-2');
    head.appendChild(el('span', null, item.position + ' / ' + state.paper.items.length + ' · ' + typeName(item.type)));
    head.appendChild(el('span', null, trim(item.points) + ' ' + msg('points')));
    body.appendChild(head);
    body.appendChild(el('div', 'jx-prose fs-5 mb-3', item.stem));
    if (item.stemImage) {
      var img = el('img', 'img-fluid rounded border mb-3 jx-question-img');
      img.src = '/exams/images/' + item.stemImage;
      img.alt = '';
      body.appendChild(img);
    }
    if (item.type === 'SINGLE' || item.type === 'MULTIPLE') {
      body.appendChild(choices(item, item.type === 'MULTIPLE'));
    } else if (item.type === 'TRUE_FALSE') {
      body.appendChild(choices({ questionId: item.questionId, answer: item.answer,
        options: [{ key: 'T', label: '√', text: msg('true') }, { key: 'F', label: '×', text: msg('false') }] }, false));
    } else if (item.type === 'FILL') {
      body.appendChild(blanks(item));
    } else {
      body.appendChild(shortAnswer(item));
    }
    card.appendChild(body);
    document.getElementById('prev-question').disabled = state.index === 0;
    document.getElementById('next-question').disabled = state.index === state.paper.items.length - 1;
    card.focus();
  }

  function trim(number) {
    return String(number).replace(/\.0+$/, '').replace(/(\.\d*?)0+$/, '$1');
  }

  function choices(item, multiple) {
    var list = el('div', 'vstack gap-2 jx-choices');
    item.options.forEach(function (option) {
      var chosen = item.answer.indexOf(option.key) >= 0;
      var button = el('button', 'btn btn-lg text-start jx-choice' + (chosen ? ' btn-danger' : ' btn-outline-secondary'));
      button.type = 'button';
      button.setAttribute('aria-pressed', chosen ? 'true' : 'false');
      button.dataset.key = option.key;
      button.appendChild(el('span', 'fw-semibold me-2', option.label + '.'));
      button.appendChild(el('span', null, option.text));
      if (option.image) {
        var img = el('img', 'img-fluid rounded border d-block mt-1 jx-option-img');
        img.src = '/exams/images/' + option.image;
        img.alt = '';
        button.appendChild(img);
      }
      button.addEventListener('click', function () {
        var answer = item.answer.slice();
        var at = answer.indexOf(option.key);
        if (multiple) {
          if (at >= 0) { answer.splice(at, 1); } else { answer.push(option.key); }
          answer.sort();
        } else {
          answer = at >= 0 ? [] : [option.key];
        }
        give(item.questionId, answer);
      });
      list.appendChild(button);
    });
    return list;
  }

  function blanks(item) {
    var box = el('div', 'vstack gap-2');
    var count = Math.max(1, item.blanks);
    for (var i = 0; i < count; i++) {
      var input = el('input', 'form-control form-control-lg');
      input.maxLength = 200;
      input.placeholder = msg('blank').replace('{0}', i + 1);
      input.setAttribute('aria-label', msg('blank').replace('{0}', i + 1));
      input.value = item.answer[i] || '';
      input.dataset.blank = String(i);
      input.addEventListener('input', debounce(function () {
        var values = Array.prototype.map.call(box.querySelectorAll('input'), function (x) { return x.value; });
        give(item.questionId, values.every(function (v) { return v.trim() === ''; }) ? [] : values);
      }, 600));
      box.appendChild(input);
    }
    return box;
  }

  function shortAnswer(item) {
    var area = el('textarea', 'form-control');
    area.rows = 8;
    area.maxLength = 5000;
    area.placeholder = msg('short');
    area.setAttribute('aria-label', msg('short'));
    area.value = item.answer[0] || '';
    area.addEventListener('input', debounce(function () {
      give(item.questionId, area.value.trim() === '' ? [] : [area.value]);
    }, 800));
    return area;
  }

  function debounce(fn, ms) {
    var timer = null;
    return function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fn, ms);
    };
  }

  // --- Giving and saving answers -----------------------------------------------------------------------------

  function give(questionId, answer) {
    if (state.done || !state.held) {
      return;
    }
    var item = state.paper.items.find(function (x) { return x.questionId === questionId; });
    item.answer = answer;
    state.seq += 1;
    store.set(seqKey(), state.seq);
    state.pending[questionId] = { answer: answer, seq: state.seq };
    store.set(pendingKey(), state.pending);
    if (item.type === 'SINGLE' || item.type === 'MULTIPLE' || item.type === 'TRUE_FALSE') {
      render();
    }
    renderMap();
    flush();
  }

  function flush() {
    var ids = Object.keys(state.pending);
    if (ids.length === 0) {
      status(msg('saved'));
      return Promise.resolve(true);
    }
    status(msg('saving'));
    return Promise.all(ids.map(send)).then(function (results) {
      return results.every(function (ok) { return ok; });
    });
  }

  function send(questionId) {
    var given = state.pending[questionId];
    if (!given || state.inFlight[questionId] === given.seq) {
      return Promise.resolve(false);
    }
    state.inFlight[questionId] = given.seq;
    return api('PUT', data.attemptsUrl + state.paper.attemptId + '/answers/' + questionId,
      { answer: given.answer, seq: given.seq, device: state.device }).then(function (r) {
      delete state.inFlight[questionId];
      if (r.status === 200) {
        var now = state.pending[questionId];
        if (now && now.seq <= r.body.seq) {
          delete state.pending[questionId];
          store.set(pendingKey(), state.pending);
          renderMap();
        }
        online();
        if (Object.keys(state.pending).length === 0) {
          status(msg('saved') + ' ' + clock(new Date(Date.now() + state.offset)));
        }
        return true;
      }
      return refused(r);
    }).catch(function () {
      delete state.inFlight[questionId];
      offline();
      return false;
    });
  }

  function refused(r) {
    var code = r.body && r.body.code;
    if (r.status === 409 && code === 'exam.attempt.takenOver') {
      takenOver();
    } else if (r.status === 409) {
      finished();
    } else if (r.status === 401) {
      window.location.reload();
    } else {
      status(problem(r) || msg('failed'), true);
    }
    return false;
  }

  function offline() {
    if (!state.offlineSince) {
      state.offlineSince = Date.now();
      store.set(offlineKey, state.offlineSince);
    }
    status(msg('offline') + ' · ' + msg('unsaved').replace('{0}', Object.keys(state.pending).length), true);
    window.clearTimeout(state.retryTimer);
    state.retryTimer = window.setTimeout(function () { flush(); }, state.retryDelay);
    state.retryDelay = Math.min(state.retryDelay * 2, 15000);
  }

  function online() {
    state.retryDelay = 1000;
    if (state.offlineSince) {
      var seconds = Math.round((Date.now() - state.offlineSince) / 1000);
      state.offlineSince = null;
      store.set(offlineKey, null);
      report('OFFLINE', seconds + ' s');
    }
  }

  window.addEventListener('online', function () { flush(); });
  window.addEventListener('offline', function () { offline(); });

  // --- The map of all questions, and handing in -----------------------------------------------------------

  function renderMap() {
    var grid = document.getElementById('map-grid');
    grid.innerHTML = '';
    var answered = 0;
    state.paper.items.forEach(function (item, i) {
      var done = item.answer.length > 0;
      answered += done ? 1 : 0;
      var button = el('button', 'btn jx-map-cell' + (done ? ' btn-danger' : ' btn-outline-secondary')
        + (i === state.index ? ' jx-map-current' : '') + (state.pending[item.questionId] ? ' jx-map-pending' : ''),
        String(item.position));
      button.type = 'button';
      button.setAttribute('aria-label', item.position + (done ? ' ' + msg('answered') : ''));
      button.addEventListener('click', function () {
        state.index = i;
        document.getElementById('sit-map').hidden = true;
        render();
        renderMap();
      });
      grid.appendChild(button);
    });
    document.getElementById('map-count').textContent = msg('answered') + ' ' + answered + ' / ' + state.paper.items.length;
  }

  document.getElementById('prev-question').addEventListener('click', function () { move(-1); });
  document.getElementById('next-question').addEventListener('click', function () { move(1); });
  document.getElementById('open-map').addEventListener('click', function () {
    var map = document.getElementById('sit-map');
    map.hidden = !map.hidden;
  });

  function move(step) {
    var next = state.index + step;
    if (next >= 0 && next < state.paper.items.length) {
      state.index = next;
      render();
      renderMap();
      window.scrollTo(0, 0);
    }
  }

  document.getElementById('submit-attempt').addEventListener('click', function () {
    var unanswered = state.paper.items.filter(function (item) { return item.answer.length === 0; }).length;
    var text = unanswered > 0 ? msg('confirmUnanswered').replace('{0}', unanswered) : msg('confirm');
    if (window.confirm(text)) {
      handIn();
    }
  });

  function handIn() {
    if (state.done) {
      return;
    }
    flush().then(function (saved) {
      if (!saved && Object.keys(state.pending).length > 0 && remaining() > 0) {
        status(msg('unsaved').replace('{0}', Object.keys(state.pending).length), true);
        return;
      }
      return api('POST', data.attemptsUrl + state.paper.attemptId + '/submit', { device: state.device }).then(function (r) {
        if (r.status === 200) {
          finished();
        } else {
          refused(r);
        }
      });
    }).catch(function () { offline(); });
  }

  function finished() {
    state.done = true;
    store.set(pendingKey(), {});
    window.location.href = data.resultUrl + state.paper.attemptId;
  }

  function takenOver() {
    state.held = false;
    overlay(msg('takenOver'), msg('takeBack'), function () { closeOverlay(); start(); });
  }

  // --- The clock, the heartbeat and what the page reports -----------------------------------------------

  function remaining() {
    return state.deadline - (Date.now() + state.offset);
  }

  function clock(date) {
    return ('0' + date.getHours()).slice(-2) + ':' + ('0' + date.getMinutes()).slice(-2) + ':' + ('0' + date.getSeconds()).slice(-2);
  }

  function tick() {
    var left = Math.max(0, remaining());
    var seconds = Math.floor(left / 1000);
    var text = Math.floor(seconds / 60) + ':' + ('0' + (seconds % 60)).slice(-2);
    var node = document.getElementById('countdown');
    node.textContent = text;
    node.classList.toggle('text-danger', seconds < 300);
    node.setAttribute('title', msg('left'));
    if (left <= 0 && !state.done) {
      state.done = true;
      overlay(msg('timeUp'), msg('close'), function () { window.location.href = data.resultUrl + state.paper.attemptId; });
      // The server hands the attempt in with what it has; saves still in flight would be refused now
      api('POST', data.attemptsUrl + state.paper.attemptId + '/submit', { device: state.device }).catch(function () {});
      return;
    }
    window.setTimeout(tick, 1000 - (Date.now() % 1000));
  }

  function report(kind, detail) {
    if (!state.paper || state.done) {
      return;
    }
    api('POST', data.attemptsUrl + state.paper.attemptId + '/events', { kind: kind, detail: detail || null, device: state.device })
      .then(function (r) {
        if (r.status === 200 && r.body) {
          state.offset = Date.parse(r.body.serverNow) - Date.now();
          state.deadline = Date.parse(r.body.deadline);
          if (!r.body.held) {
            takenOver();
          } else if (r.body.status !== 'IN_PROGRESS') {
            finished();
          }
        } else if (r.status === 401) {
          window.location.reload();
        }
      }).catch(function () { offline(); });
  }

  window.setInterval(function () { report(null); }, 30000);
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') {
      report('HIDDEN');
    } else {
      report(null);
      flush();
    }
  });
  var lastBlur = 0;
  window.addEventListener('blur', function () {
    if (Date.now() - lastBlur > 5000 && document.visibilityState === 'visible') {
      lastBlur = Date.now();
      report('FOCUS_LOST');
    }
  });

  start();
})();
