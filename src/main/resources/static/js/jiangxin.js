// Small behaviours for Jiangxin pages. No inline scripts: the content security policy forbids them.
(function () {
  'use strict';

  // The union tree: the first click loads a node's children, later clicks fold and unfold them.
  document.addEventListener('click', function (event) {
    var toggle = event.target.closest('.jx-toggle');
    if (!toggle) {
      return;
    }
    var target = document.getElementById(toggle.dataset.target);
    var expanded = toggle.getAttribute('aria-expanded') === 'true';
    if (!expanded && !target.dataset.loaded) {
      htmx.ajax('GET', toggle.dataset.childrenUrl, { target: target, swap: 'innerHTML' }).then(function () {
        target.dataset.loaded = 'true';
      });
    }
    target.hidden = expanded;
    toggle.setAttribute('aria-expanded', expanded ? 'false' : 'true');
  });

  // The org picker: a choice fills the hidden input and shows the chosen name.
  document.addEventListener('click', function (event) {
    var choice = event.target.closest('[data-pick-id]');
    var clear = event.target.closest('[data-picker-clear]');
    var button = choice || clear;
    if (!button) {
      return;
    }
    var picker = button.closest('.jx-picker');
    if (picker.hasAttribute('data-picker-multi')) {
      if (choice) {
        addChip(picker, choice.dataset.pickId, choice.dataset.pickName);
      }
      picker.querySelector('.jx-picker-choices').innerHTML = '';
      picker.querySelector('input[type=search]').value = '';
      return;
    }
    var hidden = picker.querySelector('input[type=hidden]');
    var row = picker.querySelector('[data-picker-chosen-row]');
    hidden.value = choice ? choice.dataset.pickId : '';
    picker.querySelector('[data-picker-chosen]').textContent = choice ? choice.dataset.pickName : '';
    row.classList.toggle('d-none', !choice);
    picker.querySelector('.jx-picker-choices').innerHTML = '';
    picker.querySelector('input[type=search]').value = '';
  });

  // A multiple org picker: one chip per chosen org, carrying a hidden input; × takes it away.
  function addChip(picker, id, name) {
    var chips = picker.querySelector('[data-picker-chips]');
    var exists = Array.prototype.some.call(chips.querySelectorAll('input[type=hidden]'), function (input) {
      return input.value === id;
    });
    if (exists) {
      return;
    }
    var chip = document.createElement('span');
    chip.className = 'badge text-bg-primary d-inline-flex align-items-center gap-1 jx-chip';
    var label = document.createElement('span');
    label.textContent = name;
    var input = document.createElement('input');
    input.type = 'hidden';
    input.name = picker.dataset.field;
    input.value = id;
    var remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'btn-close btn-close-white jx-chip-remove';
    remove.setAttribute('data-chip-remove', '');
    remove.setAttribute('aria-label', '×');
    chip.append(label, input, remove);
    chips.appendChild(chip);
  }

  document.addEventListener('click', function (event) {
    var remove = event.target.closest('[data-chip-remove]');
    if (remove) {
      remove.closest('.jx-chip').remove();
    }
  });

  // A text with a word limit counts as one types: every Chinese character is one, a run of letters or digits one more.
  function countWords(text) {
    var count = 0;
    var inWord = false;
    for (var i = 0; i < text.length; i++) {
      var ch = text.charAt(i);
      if (/[\u3400-\u9fff\uf900-\ufaff]/.test(ch)) {
        count++;
        inWord = false;
      } else if (/[A-Za-z0-9\u00c0-\u024f]/.test(ch)) {
        if (!inWord) {
          count++;
          inWord = true;
        }
      } else if (ch !== "'" && ch !== '-') {
        inWord = false;
      }
    }
    return count;
  }

  function updateCounter(area) {
    var counter = document.getElementById(area.dataset.wordCounter);
    if (!counter) {
      return;
    }
    var limit = parseInt(area.dataset.wordLimit, 10);
    var count = countWords(area.value);
    counter.textContent = count + (limit ? ' / ' + limit : '');
    counter.classList.toggle('text-danger', limit > 0 && count > limit);
  }

  document.addEventListener('input', function (event) {
    if (event.target.matches('textarea[data-word-counter]')) {
      updateCounter(event.target);
    }
  });
  document.querySelectorAll('textarea[data-word-counter]').forEach(updateCounter);

  // Track setup: team size fields matter only for team tracks; file and text requirement rows show their own limits.
  function syncTrackForm() {
    var team = document.querySelector('input[name=entryKind][value=TEAM]');
    var teamFields = document.getElementById('team-fields');
    if (team && teamFields) {
      teamFields.hidden = !team.checked;
    }
    document.querySelectorAll('[data-requirement-row]').forEach(function (row) {
      var kind = row.querySelector('select[name$=".kind"]');
      var file = kind && kind.value !== 'TEXT';
      row.querySelectorAll('[data-for-file]').forEach(function (el) { el.hidden = !file; });
      row.querySelectorAll('[data-for-text]').forEach(function (el) { el.hidden = file; });
    });
  }
  document.addEventListener('change', function (event) {
    if (event.target.matches('input[name=entryKind], select[name$=".kind"]')) {
      syncTrackForm();
    }
  });
  syncTrackForm();

  // A round's tie-break picker: a row per step, in order; + adds a row from the template, × takes one away.
  document.addEventListener('click', function (event) {
    var add = event.target.closest('[data-chain-add]');
    var remove = event.target.closest('[data-chain-remove]');
    if (add) {
      var chain = add.closest('[data-chain]');
      var row = chain.querySelector('template[data-chain-template]').content.firstElementChild.cloneNode(true);
      chain.insertBefore(row, chain.querySelector('template[data-chain-template]'));
    } else if (remove) {
      remove.closest('[data-chain-row]').remove();
    }
  });

  // The rubric editor: rows added from a template with the next index; a removed row is emptied and hidden, so
  // that it counts as blank and the indexes of the others stay as they are.
  document.addEventListener('click', function (event) {
    var add = event.target.closest('[data-row-add]');
    var remove = event.target.closest('[data-row-remove]');
    if (add) {
      var name = add.dataset.rowAdd;
      var body = document.querySelector('[data-rows="' + name + '"]');
      var index = parseInt(body.dataset.nextIndex, 10);
      var html = document.querySelector('template[data-row-template="' + name + '"]').innerHTML.replace(/__INDEX__/g, index);
      body.insertAdjacentHTML('beforeend', html);
      body.dataset.nextIndex = String(index + 1);
      syncPartSelects();
    } else if (remove) {
      var row = remove.closest('[data-row]');
      row.querySelectorAll('input[type=text], input:not([type]), textarea').forEach(function (input) { input.value = ''; });
      row.hidden = true;
      syncPartSelects();
    }
  });

  // A criterion's part is chosen from the parts above it, as they are typed.
  function syncPartSelects() {
    var parts = [];
    document.querySelectorAll('[data-rows="parts"] [data-row]:not([hidden])').forEach(function (row) {
      var code = row.querySelector('[data-part-code]').value.trim();
      if (code) {
        parts.push({ code: code, label: row.querySelector('[data-part-label]').value.trim() || code });
      }
    });
    document.querySelectorAll('select[data-part-select]').forEach(function (select) {
      var chosen = select.value;
      select.innerHTML = '';
      parts.forEach(function (part) {
        var option = document.createElement('option');
        option.value = part.code;
        option.textContent = part.label;
        option.selected = part.code === chosen;
        select.appendChild(option);
      });
    });
  }
  document.addEventListener('input', function (event) {
    if (event.target.matches('[data-part-code], [data-part-label]')) {
      syncPartSelects();
    }
  });

  // Parts of a form shown only for some choices: data-show-for="name:VALUE1,VALUE2" shows the element while the
  // form's field `name` (a select or a checked radio) holds one of the values.
  function syncShownFor() {
    document.querySelectorAll('[data-show-for]').forEach(function (element) {
      var rule = element.dataset.showFor.split(':');
      var form = element.closest('form') || document;
      var field = form.querySelector('select[name="' + rule[0] + '"], input[name="' + rule[0] + '"]:checked');
      element.hidden = !field || rule[1].split(',').indexOf(field.value) < 0;
    });
  }
  document.addEventListener('change', function (event) {
    if (event.target.matches('select, input[type=radio]')) {
      syncShownFor();
    }
  });
  syncShownFor();

  // Forms that change something hard to undo ask first.
  document.addEventListener('submit', function (event) {
    var message = event.target.dataset.confirm;
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });
})();
